using Containerize.Sdk.Tests.Building;

namespace Containerize.Sdk.TargetsTests;

/// <summary>
/// When the targets start the docker client, seen by a recording client: a stand-in docker (ContainerizeDockerPath) that
/// writes each call's arguments as one line of calls.txt beside itself and answers as a BuildKit client whose builds
/// succeed, so the assertions rest on the processes started, never on the package's own log lines.
/// </summary>
[TestClass]
public sealed class BuilderStartTests
{
    private const string ImageId = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void APlainBuildWithContainerizeTrueStartsNoProcess()
    {
        using FakeClientScript client = RecordingClient();
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", UsingClient(client));
        ProjectBuilder builder = Builder(project);

        GenerateDockerfileTargetTests.AssertSucceeded(builder.RestoreAndBuild("Build"));

        Assert.IsTrue(File.Exists(Path.Combine(project.ProjectDirectory, "bin", "Debug", "net10.0", "Worker.dll")), "the build itself ran");
        Assert.IsEmpty(Calls(client), "a plain build started the client: " + string.Join("\n", Calls(client)));

        // The explicit target of the same project does start it, so the assertion above can fail.
        GenerateDockerfileTargetTests.AssertSucceeded(builder.Build("Containerize"));
        Assert.HasCount(1, Builds(client), string.Join("\n", Calls(client)));
    }

    [TestMethod]
    public void ContainerizeRun_StartsNothingOnAPlainBuild_AndOnDotnetRunsComputeRunArguments_BuildsTheImageAndHandsDotnetRunTheLauncher()
    {
        using FakeClientScript client = RecordingClient();
        Dictionary<string, string> properties = UsingClient(client);
        properties.Remove("Containerize");
        properties["ContainerizeRun"] = "true";
        properties["ContainerizeRunLauncher"] = "/opt/launcher/Containerize.Sdk.Run.dll";
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", properties);
        ProjectBuilder builder = Builder(project);

        GenerateDockerfileTargetTests.AssertSucceeded(builder.RestoreAndBuild("Build"));
        Assert.IsEmpty(Calls(client), "a plain build with ContainerizeRun=true started the client: " + string.Join("\n", Calls(client)));

        // What dotnet run does after its build.
        BuildOutcome outcome = builder.Build("ComputeRunArguments");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.HasCount(1, Builds(client), string.Join("\n", Calls(client)));
        CollectionAssert.Contains(Calls(client), "rm --force worker-run", "a second run replaces the first: " + string.Join("\n", Calls(client)));
        Assert.IsTrue(File.Exists(Path.Combine(project.ProjectDirectory, "bin", "Debug", "net10.0", "publish", "Worker.dll")), "the image is fed by the publish");
        Assert.EndsWith("dotnet", outcome.Property("RunCommand"));
        string arguments = outcome.Property("RunArguments");
        StringAssert.StartsWith(arguments, "exec /opt/launcher/Containerize.Sdk.Run.dll " + client.Path + " worker-run \"Containerize: running worker:latest as container worker-run: it publishes no port. Ctrl+C stops and removes it.\" -- run --rm --name worker-run worker:latest");
    }

    [TestMethod]
    public void WithoutContainerizeRun_DotnetRunsCommandIsTheApp()
    {
        using FakeClientScript client = RecordingClient();
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", UsingClient(client));
        ProjectBuilder builder = Builder(project);
        GenerateDockerfileTargetTests.AssertSucceeded(builder.RestoreAndBuild("Build"));

        BuildOutcome outcome = builder.Build("ComputeRunArguments");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.IsEmpty(Calls(client));
        StringAssert.Contains(outcome.Property("RunArguments") + outcome.Property("RunCommand"), "Worker");
    }

    [TestMethod]
    public void ContainerizeRunWithoutAnEngine_IsCTZ3034()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", new Dictionary<string, string> { ["ContainerizeRun"] = "true", ["ContainerizeBuilder"] = "none" });
        ProjectBuilder builder = Builder(project);
        GenerateDockerfileTargetTests.AssertSucceeded(builder.RestoreAndBuild("Build"));

        BuildOutcome outcome = builder.Build("ComputeRunArguments");

        Assert.IsFalse(outcome.Succeeded);
        CollectionAssert.AreEqual(new[] { "CTZ3034" }, outcome.ErrorCodes.ToArray(), outcome.Log.Describe());
    }

    [TestMethod]
    [DataRow("DesignTimeBuild")]
    [DataRow("BuildingForLiveUnitTesting")]
    public void ADesignTimeBuildStartsNoProcess(string designTimeProperty)
    {
        using FakeClientScript client = RecordingClient();
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", UsingClient(client));
        ProjectBuilder builder = Builder(project);
        GenerateDockerfileTargetTests.AssertSucceeded(builder.Restore());
        builder.GlobalProperties[designTimeProperty] = "true";

        builder.GlobalProperties["ContainerizeRun"] = "true";
        BuildOutcome outcome = builder.Build("Build", "Publish", "Containerize", "GenerateDockerfile", "ContainerizeBuild", "ContainerizePush", "ContainerizeArchive", "ComputeRunArguments", "ContainerizeRun", "ContainerizeLockBaseImages");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.IsEmpty(Calls(client), "a design-time build started the client: " + string.Join("\n", Calls(client)));
        Assert.IsFalse(Directory.Exists(project.ContainerizeFolder()), project.ContainerizeFolder());

        // The same build without the design-time property starts it, so the assertion above can fail.
        builder.GlobalProperties.Remove(designTimeProperty);
        builder.GlobalProperties.Remove("ContainerizeRun");
        GenerateDockerfileTargetTests.AssertSucceeded(builder.Build("Containerize"));
        Assert.HasCount(1, Builds(client), string.Join("\n", Calls(client)));
    }

    [TestMethod]
    public void NothingChangedStartsNoBuilder_ForceBuildAndPullStartIt()
    {
        using FakeClientScript client = RecordingClient();
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", UsingClient(client));
        ProjectBuilder builder = Builder(project);

        GenerateDockerfileTargetTests.AssertSucceeded(builder.RestoreAndBuild("Containerize"));
        Assert.HasCount(1, TakeBuilds(client), "the first Containerize builds");

        GenerateDockerfileTargetTests.AssertSucceeded(builder.Build("Containerize"));
        Assert.IsEmpty(TakeBuilds(client), "nothing changed, yet the builder was started");

        builder.GlobalProperties["ContainerizeForceBuild"] = "true";
        GenerateDockerfileTargetTests.AssertSucceeded(builder.Build("Containerize"));
        Assert.HasCount(1, TakeBuilds(client), "ContainerizeForceBuild=true starts the builder when nothing changed");

        builder.GlobalProperties.Remove("ContainerizeForceBuild");
        builder.GlobalProperties["ContainerizePull"] = "true";
        GenerateDockerfileTargetTests.AssertSucceeded(builder.Build("Containerize"));
        string[] pulled = TakeBuilds(client);
        Assert.HasCount(1, pulled, "ContainerizePull=true starts the builder when nothing changed");
        Assert.Contains(" --pull ", pulled[0]);

        builder.GlobalProperties.Remove("ContainerizePull");
        GenerateDockerfileTargetTests.AssertSucceeded(builder.Build("Containerize"));
        Assert.IsEmpty(TakeBuilds(client), "without either property an unchanged project is up to date again");
    }

    [TestMethod]
    public void APublishAsksTheEngineItsQuestionsBeforeTheBuild_AndOnce()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", new Dictionary<string, string> { ["Containerize"] = "true", ["ContainerizeBuilder"] = "docker" });
        string publishedApp = Path.Combine(project.ProjectDirectory, "bin", "Debug", "net10.0", "publish", "Worker.dll");

        // Each call says whether the publish folder held the app yet: the questions are asked before the publish copies it.
        using FakeClientScript client = RecordingClient(publishedApp);
        ProjectBuilder builder = Builder(project);
        builder.GlobalProperties["ContainerizeDockerPath"] = client.Path;
        builder.GlobalProperties["_IsPublishing"] = "true";
        GenerateDockerfileTargetTests.AssertSucceeded(builder.RestoreAndBuild("Publish"));
        Assert.HasCount(1, Builds(client), "the first publish builds: " + string.Join("\n", Calls(client)));
        Directory.Delete(Path.GetDirectoryName(publishedApp)!, recursive: true);
        File.Delete(CallsFile(client));

        GenerateDockerfileTargetTests.AssertSucceeded(builder.Build("Publish"));

        string[] calls = Calls(client);
        string all = string.Join("\n", calls);
        Assert.IsTrue(File.Exists(publishedApp), "the publish ran");
        Assert.IsEmpty(Builds(client), "nothing changed, yet the builder ran: " + all);
        CollectionAssert.AreEquivalent(
            new[] { "version --format {{.Client.Version}}|{{.Server.Version}} publish=no", "buildx version publish=no", "image inspect --format {{.Id}}|{{.Size}} worker:latest publish=no", "image inspect --format {{.Id}}|{{.Size}} worker:1.0.0 publish=no" },
            calls.Where(call => !call.StartsWith("image inspect --format {{json .RepoDigests}}", StringComparison.Ordinal)).ToArray(),
            "each question once, asked before the publish: " + all);

        // Without _IsPublishing (a Publish target an IDE or msbuild runs) nothing is started early, so the assertion above can fail.
        builder.GlobalProperties.Remove("_IsPublishing");
        Directory.Delete(Path.GetDirectoryName(publishedApp)!, recursive: true);
        File.Delete(CallsFile(client));
        GenerateDockerfileTargetTests.AssertSucceeded(builder.Build("Publish"));
        Assert.Contains("version --format {{.Client.Version}}|{{.Server.Version}} publish=yes", Calls(client));
    }

    [TestMethod]
    public void ADockerContextNamesTheEngineInEveryCommandAPublishStarts_TheUpToDateCheckIncluded()
    {
        using FakeClientScript client = RecordingClient();
        Dictionary<string, string> properties = UsingClient(client);
        properties["ContainerRegistry"] = "localhost:5999";
        properties["ContainerizeDockerContext"] = "ci-remote";
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", properties);
        ProjectBuilder builder = Builder(project);

        GenerateDockerfileTargetTests.AssertSucceeded(builder.RestoreAndBuild("Containerize"));
        GenerateDockerfileTargetTests.AssertSucceeded(builder.Build("Containerize"));

        string[] calls = Calls(client);
        string all = string.Join("\n", calls);
        Assert.HasCount(1, calls.Where(call => call.StartsWith("--context ci-remote build ", StringComparison.Ordinal)).ToArray(), "the second Containerize is up to date: " + all);
        foreach (string verb in new[] { "version", "buildx version", "build", "image inspect", "push" })
        {
            Assert.IsTrue(calls.Any(call => (call + " ").StartsWith("--context ci-remote " + verb + " ", StringComparison.Ordinal)), verb + " was not sent to the context: " + all);
        }

        Assert.IsTrue(calls.All(call => call.StartsWith("--context ci-remote ", StringComparison.Ordinal)), "a command went to another engine: " + all);
    }

    [TestMethod]
    [DataRow("-H tcp://evil:2375", "docker", "CTZ3014")]
    [DataRow("remote", "podman", "CTZ3015")]
    public void AContextDockerCannotTakeStopsTheBuildBeforeAnyCommand(string context, string builderName, string code)
    {
        using FakeClientScript client = RecordingClient();
        Dictionary<string, string> properties = UsingClient(client);
        properties["ContainerizeDockerContext"] = context;
        properties["ContainerizeBuilder"] = builderName;
        properties["ContainerizePodmanPath"] = client.Path;
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", properties);

        BuildOutcome outcome = Builder(project).RestoreAndBuild("Containerize");

        Assert.IsFalse(outcome.Succeeded);
        CollectionAssert.AreEqual(new[] { code }, outcome.ErrorCodes.ToArray(), outcome.Log.Describe());
        Assert.IsEmpty(Calls(client), string.Join("\n", Calls(client)));
    }

    private ProjectBuilder Builder(TestProject project) => new(project, BinlogName.For(TestContext));

    /// <summary>
    /// A docker 20.10 client without buildx (BuildKit built in, DOCKER_BUILDKIT=1), whose builds succeed and whose
    /// image inspect names one fixed image. With a file, each recorded call ends with " publish=yes" when that file
    /// existed at the time of the call, else " publish=no".
    /// </summary>
    private static FakeClientScript RecordingClient(string? publishedFile = null) => FakeClientScript.Create(
        (publishedFile == null ? "printf '%s\\n' \"$*\"" : "printf '%s publish=%s\\n' \"$*\" \"$([ -e '" + publishedFile + "' ] && echo yes || echo no)\"")
        + " >> \"$(dirname \"$0\")/calls.txt\"\n"
        + "if [ \"$1\" = --context ]; then shift 2; fi\n"
        + "case \"$1\" in\n"
        + "  version) echo '20.10.24|20.10.24' ;;\n"
        + "  buildx) exit 1 ;;\n"
        + "  image) echo '" + ImageId + "|1000' ;;\n"
        + "esac\n"
        + "exit 0");

    private static Dictionary<string, string> UsingClient(FakeClientScript client) => new()
    {
        ["Containerize"] = "true",
        ["ContainerizeBuilder"] = "docker",
        ["ContainerizeDockerPath"] = client.Path,
    };

    private static string CallsFile(FakeClientScript client) => Path.Combine(client.Folder, "calls.txt");

    private static string[] Calls(FakeClientScript client) =>
        File.Exists(CallsFile(client)) ? File.ReadAllLines(CallsFile(client)) : Array.Empty<string>();

    private static string[] Builds(FakeClientScript client) =>
        Calls(client).Where(call => call.StartsWith("build ", StringComparison.Ordinal)).ToArray();

    /// <summary>The builds recorded since the last call, and a fresh record for the next.</summary>
    private static string[] TakeBuilds(FakeClientScript client)
    {
        string[] builds = Builds(client);
        File.Delete(CallsFile(client));
        return builds;
    }
}
