using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Builders;

[TestClass]
public sealed class ContainerBuilderProbeTests
{
    private static readonly ProbeOutput DockerAnswers20 = new(0, "20.10.24+dfsg1|20.10.24+dfsg1\n", "");
    private static readonly ProbeOutput DockerAnswers28 = new(0, "28.2.2|20.10.24+dfsg1\n", "");
    private static readonly ProbeOutput DaemonDown = new(1, "20.10.24+dfsg1|\n", "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n");
    private static readonly ProbeOutput NoBuildx = new(1, "", "docker: 'buildx' is not a docker command.\n");
    private static readonly ProbeOutput Buildx = new(0, "github.com/docker/buildx v0.17.1 257815a\n", "");
    private static readonly ProbeOutput PodmanAnswers = new(0, "4.3.1\n", "");

    /// <summary>A probe over a fake machine: the files that exist and what each command answers.</summary>
    private sealed class FakeMachine
    {
        public Dictionary<string, ProbeOutput> Answers { get; } = new();

        public List<string> Files { get; } = new();

        public List<string> Asked { get; } = new();

        public string? DockerHost { get; set; }

        public string? DockerContext { get; set; }

        public BuilderProbeResult Probe(RequestedBuilder requested, string? dockerPath = null, string? podmanPath = null)
        {
            var resolver = new ClientPathResolver(name => name == "PATH" ? "/usr/bin" : null, Files.Contains, isWindows: false);
            var probe = new ContainerBuilderProbe(resolver, Run, DockerHost, DockerContext, TimeSpan.FromSeconds(4));
            return probe.Probe(requested, dockerPath, podmanPath);
        }

        private ProbeOutput Run(ClientCommand command, TimeSpan timeout)
        {
            string line = command.Executable + " " + string.Join(" ", command.Arguments);
            Asked.Add(line);
            return Answers.TryGetValue(line, out ProbeOutput? output) ? output : new ProbeOutput(-1, "", "", startError: "not faked: " + line);
        }
    }

    private static FakeMachine Machine(ProbeOutput? docker, ProbeOutput? buildx = null, ProbeOutput? podman = null)
    {
        var machine = new FakeMachine();
        if (docker != null)
        {
            machine.Files.Add("/usr/bin/docker");
            machine.Answers["/usr/bin/docker version --format {{.Client.Version}}|{{.Server.Version}}"] = docker;
            machine.Answers["/usr/bin/docker buildx version"] = buildx ?? NoBuildx;
        }

        if (podman != null)
        {
            machine.Files.Add("/usr/bin/podman");
            machine.Answers["/usr/bin/podman version --format {{.Client.Version}}"] = podman;
        }

        return machine;
    }

    private static ContainerizeDiagnostic Single(BuilderProbeResult result, string code)
    {
        Assert.HasCount(1, result.Diagnostics);
        Assert.AreEqual(code, result.Diagnostics[0].Code);
        return result.Diagnostics[0];
    }

    [TestMethod]
    public void OldDockerWithoutBuildxUsesItsBuiltInBuildKit()
    {
        BuilderProbeResult result = Machine(DockerAnswers20).Probe(RequestedBuilder.Docker);

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(BuilderKind.Docker, result.Kind);
        Assert.AreEqual("/usr/bin/docker", result.ClientPath);
        Assert.AreEqual(BuildMode.BuildKit, result.Mode);
        Assert.IsTrue(result.UsesBuildKit);
        Assert.IsEmpty(result.Diagnostics);
        Assert.Contains("using /usr/bin/docker: client 20.10.24+dfsg1, engine 20.10.24+dfsg1, no buildx plugin, BuildKit built in", result.Decisions);
    }

    [TestMethod]
    public void NewDockerWithBuildxUsesBuildx()
    {
        BuilderProbeResult result = Machine(DockerAnswers28, Buildx).Probe(RequestedBuilder.Auto);

        Assert.AreEqual(BuildMode.Buildx, result.Mode);
        Assert.IsTrue(result.UsesBuildKit);
    }

    [TestMethod]
    public void NewDockerWithoutBuildxIsLegacyWithAWarning()
    {
        BuilderProbeResult result = Machine(DockerAnswers28).Probe(RequestedBuilder.Docker);

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(BuildMode.Legacy, result.Mode);
        Assert.IsFalse(result.UsesBuildKit);
        ContainerizeDiagnostic warning = Single(result, "CTZ3100");
        Assert.IsTrue(warning.IsWarning);
        Assert.Contains("buildx", warning.Message);
    }

    [TestMethod]
    public void DockerWithItsDaemonDownIsCtz3002WithDockerHost()
    {
        FakeMachine machine = Machine(DaemonDown);
        machine.DockerHost = "tcp://build-host:2375";

        BuilderProbeResult result = machine.Probe(RequestedBuilder.Docker);

        Assert.IsFalse(result.Succeeded);
        string message = Single(result, "CTZ3002").Message;
        Assert.Contains("DOCKER_HOST=tcp://build-host:2375", message);
        Assert.Contains("Cannot connect to the Docker daemon", message);
        Assert.Contains("ContainerizeBuilder=none", message);
        Assert.DoesNotContain("/usr/bin/docker buildx version", machine.Asked);
    }

    [TestMethod]
    public void ADockerContextGoesBeforeEveryProbeCommand_AndWinsOverDockerHost()
    {
        var machine = new FakeMachine { DockerContext = "remote", DockerHost = "tcp://elsewhere:2375" };
        machine.Files.Add("/usr/bin/docker");
        machine.Answers["/usr/bin/docker --context remote version --format {{.Client.Version}}|{{.Server.Version}}"] = DockerAnswers20;
        machine.Answers["/usr/bin/docker --context remote buildx version"] = NoBuildx;

        BuilderProbeResult result = machine.Probe(RequestedBuilder.Auto);

        Assert.IsTrue(result.Succeeded, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        Assert.AreEqual("/usr/bin/docker", result.ClientPath);
        Assert.AreEqual(BuildMode.BuildKit, result.Mode);
        CollectionAssert.AreEqual(
            new[] { "/usr/bin/docker --context remote version --format {{.Client.Version}}|{{.Server.Version}}", "/usr/bin/docker --context remote buildx version" },
            machine.Asked);
        Assert.Contains("using /usr/bin/docker --context remote: client 20.10.24+dfsg1, engine 20.10.24+dfsg1, no buildx plugin, BuildKit built in", result.Decisions);
    }

    [TestMethod]
    public void AnUnreachableDockerContextIsCtz3002NamingIt_AndAutoDoesNotFallBackToPodman()
    {
        FakeMachine machine = Machine(docker: null, podman: PodmanAnswers);
        machine.DockerContext = "remote";
        machine.DockerHost = "tcp://elsewhere:2375";
        machine.Files.Add("/usr/bin/docker");
        machine.Answers["/usr/bin/docker --context remote version --format {{.Client.Version}}|{{.Server.Version}}"] = DaemonDown;

        BuilderProbeResult result = machine.Probe(RequestedBuilder.Auto);

        Assert.IsFalse(result.Succeeded);
        string message = Single(result, "CTZ3002").Message;
        Assert.Contains("docker context 'remote'", message);
        Assert.Contains("docker context inspect remote", message);
        Assert.DoesNotContain("DOCKER_HOST", message, "the context wins over DOCKER_HOST, so DOCKER_HOST is not the engine that was asked");
        Assert.IsFalse(machine.Asked.Any(line => line.StartsWith("/usr/bin/podman", StringComparison.Ordinal)), "podman has no docker contexts: it would build on another engine");
    }

    [TestMethod]
    public void AnUnansweredProbeSaysItTimedOut()
    {
        FakeMachine machine = Machine(new ProbeOutput(-1, "", "", timedOut: true));

        BuilderProbeResult result = machine.Probe(RequestedBuilder.Docker);

        Assert.Contains("no answer within 4 s", Single(result, "CTZ3002").Message);
    }

    [TestMethod]
    public void NoDockerIsCtz3001NamingTheWaysToPointAtOne()
    {
        BuilderProbeResult result = Machine(docker: null).Probe(RequestedBuilder.Docker, dockerPath: "/opt/docker");

        string message = Single(result, "CTZ3001").Message;
        Assert.Contains("/opt/docker", message);
        Assert.Contains("ContainerizeDockerPath", message);
        Assert.Contains("CONTAINERIZE_DOCKER", message);
        Assert.Contains("ContainerizeBuilder=none", message);
    }

    [TestMethod]
    public void AutoFallsBackToPodmanWhenDockerDoesNotAnswer()
    {
        BuilderProbeResult result = Machine(DaemonDown, podman: PodmanAnswers).Probe(RequestedBuilder.Auto);

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(BuilderKind.Podman, result.Kind);
        Assert.AreEqual(BuildMode.Podman, result.Mode);
        Assert.AreEqual("/usr/bin/podman", result.ClientPath);
        Assert.IsTrue(result.UsesBuildKit);
        Assert.IsTrue(result.Decisions.Any(d => d.Contains("docker cannot build") && d.Contains("Cannot connect")));
    }

    [TestMethod]
    public void AutoPrefersDockerWhenBothAnswer()
    {
        FakeMachine machine = Machine(DockerAnswers20, podman: PodmanAnswers);

        BuilderProbeResult result = machine.Probe(RequestedBuilder.Auto);

        Assert.AreEqual(BuilderKind.Docker, result.Kind);
        Assert.IsFalse(machine.Asked.Any(line => line.StartsWith("/usr/bin/podman", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void AutoWithNeitherIsCtz3005NamingBoth()
    {
        BuilderProbeResult result = Machine(DaemonDown).Probe(RequestedBuilder.Auto);

        Assert.IsFalse(result.Succeeded);
        string message = Single(result, "CTZ3005").Message;
        Assert.Contains("docker: /usr/bin/docker: Cannot connect to the Docker daemon", message);
        Assert.Contains("podman: podman is not on PATH", message);
        Assert.Contains("ContainerizeBuilder=none", message);
    }

    [TestMethod]
    public void AutoNamesDockerHostWhenDockerDoesNotAnswerThere()
    {
        FakeMachine machine = Machine(new ProbeOutput(-1, "", "", timedOut: true));
        machine.DockerHost = "tcp://10.0.0.5:2376";

        BuilderProbeResult result = machine.Probe(RequestedBuilder.Auto);

        Assert.Contains("docker: /usr/bin/docker (DOCKER_HOST=tcp://10.0.0.5:2376): no answer within 4 s", Single(result, "CTZ3005").Message);
    }

    [TestMethod]
    public void PodmanRequestedButMissingIsCtz3006()
    {
        BuilderProbeResult result = Machine(DockerAnswers20).Probe(RequestedBuilder.Podman);

        string message = Single(result, "CTZ3006").Message;
        Assert.Contains("ContainerizePodmanPath", message);
    }

    [TestMethod]
    public void PodmanRequestedAndPresent()
    {
        BuilderProbeResult result = Machine(docker: null, podman: PodmanAnswers).Probe(RequestedBuilder.Podman);

        Assert.AreEqual(BuildMode.Podman, result.Mode);
        Assert.IsTrue(result.Decisions.Any(d => d.Contains("podman 4.3.1")));
    }

    [TestMethod]
    public void NoneAsksNothingAndWritesForBuildKit()
    {
        FakeMachine machine = Machine(DockerAnswers20);

        BuilderProbeResult result = machine.Probe(RequestedBuilder.None);

        Assert.AreEqual(BuilderKind.None, result.Kind);
        Assert.IsNull(result.Mode);
        Assert.IsTrue(result.UsesBuildKit);
        Assert.IsEmpty(machine.Asked);
    }
}
