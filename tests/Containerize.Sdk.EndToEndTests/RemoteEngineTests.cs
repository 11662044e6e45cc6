using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// Beyond one machine, on a second, empty engine on tcp://127.0.0.1:PORT (../shared/ci/second-engine.sh), standing in
/// for a remote machine and for a fresh CI runner.
/// Remote engines (docs/builders.md#docker): a console app published against the second engine, first through
/// DOCKER_HOST, then through ContainerizeDockerContext while DOCKER_HOST names the first engine, then on the first engine
/// again. Each publish is checked on the engines themselves: where the image is, and where it is not.
/// A fleet's shared build cache (docs/builders.md#shared-build-cache): samples/MultiProject (a NuGet package, two project
/// references) published hermetically on the first engine with ContainerizeCacheTo=type=inline and pushed; then a fresh
/// copy with a one-line change published on the second engine with ContainerizeCacheFrom naming that image.
/// </summary>
[TestClass]
public sealed class RemoteEngineTests
{
    private const int SecondEnginePort = 23752;
    private const string Line = "Hello from a remote engine";
    private const string UpToDate = "is up to date; the builder was not started";
    private const string FirstEngine = "unix:///var/run/docker.sock";

    private static readonly string SecondEngine = "tcp://127.0.0.1:" + SecondEnginePort;
    private static readonly string Context = "ctz-e2e-" + Guid.NewGuid().ToString("N")[..8];
    private static readonly string UnreachableContext = Context + "-down";
    private static readonly ImageName ThroughDockerHost = ImageName.Unique("remote-host");
    private static readonly ImageName ThroughContext = new(LocalRegistry.Address + "/" + ImageName.Unique("remote-context").Repository, "v1");
    private static string? _dockerConfig;
    private static TestProject? _project;
    private static bool _secondEngineStarted;
    private static ProcessResult? _dockerHostPublish;
    private static ProcessResult? _contextPublish;
    private static ProcessResult? _contextRepublish;
    private static ProcessResult? _firstEnginePublish;
    private static ProcessResult? _unreachablePublish;
    private static bool _firstEngineHadContextImage;
    private static readonly string FleetRepository = ImageName.Unique("fleet").Repository;
    private static MultiProjectSample? _fleetSeed;
    private static MultiProjectSample? _fleetRunner;
    private static ProcessResult? _fleetSeedPublish;
    private static ProcessResult? _fleetRunnerPublish;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void PublishOnBothEngines(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        using LocalRegistry registry = LocalRegistry.Require();
        ProcessResult start = ProcessRunner.Run("bash", new[] { SecondEngineScript, "start", SecondEnginePort.ToString() }, TimeSpan.FromMinutes(3));
        Assert.IsTrue(start.Succeeded, start.Describe());
        _secondEngineStarted = true;
        ProcessResult load = ProcessRunner.Run("bash", new[] { "-c", $"\"$0\" save mcr.microsoft.com/dotnet/sdk:10.0 mcr.microsoft.com/dotnet/runtime:10.0 | DOCKER_HOST={SecondEngine} \"$0\" load -q", Docker.Path }, TimeSpan.FromMinutes(5));
        Assert.IsTrue(load.Succeeded, load.Describe());

        // The contexts live in a docker config folder of the test's own, as a user's live in ~/.docker.
        _dockerConfig = Directory.CreateTempSubdirectory("ctz-docker-config").FullName;
        CreateContext(Context, SecondEngine);
        CreateContext(UnreachableContext, "tcp://127.0.0.1:" + FreePort.OnLoopback());

        _project = TestProject.Create(AppKind.Console, $"Console.WriteLine(\"{Line}\");\n");
        _dockerHostPublish = Publish(ThroughDockerHost, SecondEngine);

        // DOCKER_HOST names the first engine: the context must win over it.
        string[] pushed = { "ContainerizeDockerContext=" + Context, "ContainerRegistry=" + LocalRegistry.Address, "ContainerRepository=" + ThroughContext.Repository[(LocalRegistry.Address.Length + 1)..], "ContainerImageTag=" + ThroughContext.Tag };
        _contextPublish = Publish(null, FirstEngine, pushed);
        _firstEngineHadContextImage = Docker.ImageExists(ThroughContext.Reference);
        _contextRepublish = Publish(null, FirstEngine, pushed);
        _firstEnginePublish = Publish(null, null, pushed.Skip(1).Append("ContainerizePush=false").ToArray());
        _unreachablePublish = Publish(ImageName.Unique("remote-down"), null, "ContainerizeDockerContext=" + UnreachableContext);

        // The fleet: the first runner (the first engine) pushes; a fresh runner (the second engine) reads its cache.
        _fleetSeed = MultiProjectSample.Create();
        _fleetSeedPublish = _fleetSeed.Publish(MultiProjectSample.AppProject, new ImageName(FleetRepository, "seed"), FleetProperties());
        _fleetRunner = MultiProjectSample.Create();
        _fleetRunner.Replace("src/App/Program.cs", "libraries: 2", "libraries: 2 + 0");
        _fleetRunner.Environment["DOCKER_HOST"] = SecondEngine;
        _fleetRunnerPublish = _fleetRunner.Publish(MultiProjectSample.AppProject, new ImageName(FleetRepository, "v2"), FleetProperties().Append("ContainerizeCacheFrom=" + Fleet("seed")).ToArray());
    }

    [ClassCleanup]
    public static void RemoveImagesEngineAndProject()
    {
        if (_secondEngineStarted)
        {
            ProcessRunner.Run("bash", new[] { SecondEngineScript, "stop", SecondEnginePort.ToString() }, TimeSpan.FromMinutes(2));
        }

        Docker.RemoveImage(ThroughDockerHost.Reference);
        Docker.RemoveImage(ThroughContext.Reference);
        LocalRegistry.DeleteTags(ThroughContext.Repository[(LocalRegistry.Address.Length + 1)..], ThroughContext.Tag);

        foreach (string tag in new[] { "seed", "seed-buildcache" })
        {
            Docker.RemoveImage(Fleet(tag));
        }

        LocalRegistry.DeleteTags(FleetRepository, "seed", "seed-buildcache", "v2", "v2-buildcache");

        Docker.RemoveProject(_fleetSeed);
        Docker.RemoveProject(_fleetRunner);
        Docker.RemoveProject(_project);
        if (_dockerConfig != null)
        {
            Directory.Delete(_dockerConfig, recursive: true);
        }
    }

    [TestMethod]
    public void ThroughDockerHost_TheImageIsBuiltOnTheRemoteEngine_AndRunsThere()
    {
        Assert.IsNotNull(_dockerHostPublish);
        Assert.IsTrue(_dockerHostPublish.Succeeded, _dockerHostPublish.Describe());
        Assert.IsTrue(ImageExists(SecondEngine, ThroughDockerHost.Reference), "not on the second engine:\n" + _dockerHostPublish.Describe());
        Assert.IsFalse(Docker.ImageExists(ThroughDockerHost.Reference), "the first engine has the image too");
        ProcessResult run = OnEngine(SecondEngine, "run", "--rm", ThroughDockerHost.Reference);
        Assert.IsTrue(run.Succeeded, run.Describe());
        Assert.AreEqual(Line, run.StandardOutput.Trim());
    }

    [TestMethod]
    public void ThroughAContext_TheImageIsBuiltAndPushedFromTheContextsEngine_EvenWithDockerHostSet()
    {
        Assert.IsNotNull(_contextPublish);
        Assert.IsTrue(_contextPublish.Succeeded, _contextPublish.Describe());
        Assert.IsTrue(ImageExists(SecondEngine, ThroughContext.Reference), "not on the context's engine:\n" + _contextPublish.Describe());
        Assert.IsFalse(_firstEngineHadContextImage, "DOCKER_HOST's engine got the image, not the context's");
        StringAssert.Contains(_contextPublish.StandardOutput, "with " + Docker.Path + " --context " + Context + " (the engine's own login is used)");
        using var registry = new LocalRegistry();
        Assert.IsNotNull(registry.Digest(ThroughContext.Repository[(LocalRegistry.Address.Length + 1)..], ThroughContext.Tag), "the registry has no pushed image:\n" + _contextPublish.Describe());
    }

    [TestMethod]
    public void TheUpToDateCheckIsPerEngine()
    {
        Assert.IsNotNull(_contextRepublish);
        Assert.IsNotNull(_firstEnginePublish);
        Assert.IsTrue(_contextRepublish.Succeeded, _contextRepublish.Describe());
        StringAssert.Contains(_contextRepublish.StandardOutput, UpToDate, "a second publish to the same engine builds again");

        // The same project and properties, on the other engine: its last build went elsewhere, so it builds here.
        Assert.IsTrue(_firstEnginePublish.Succeeded, _firstEnginePublish.Describe());
        Assert.DoesNotContain(UpToDate, _firstEnginePublish.StandardOutput, "an image on the second engine was taken for one on the first");
        Assert.IsTrue(Docker.ImageExists(ThroughContext.Reference), "the first engine has no image after publishing to it:\n" + _firstEnginePublish.Describe());
    }

    [TestMethod]
    public void AnUnreachableContext_IsCtz3002NamingIt()
    {
        Assert.IsNotNull(_unreachablePublish);
        Assert.IsFalse(_unreachablePublish.Succeeded, _unreachablePublish.Describe());
        StringAssert.Contains(_unreachablePublish.StandardOutput, "error CTZ3002");
        StringAssert.Contains(_unreachablePublish.StandardOutput, "docker context '" + UnreachableContext + "'");
    }

    [TestMethod]
    public void AFleetsFirstRunnerPushesTheImageAndItsBuildStageCacheImage()
    {
        Assert.IsNotNull(_fleetSeedPublish);
        Assert.IsTrue(_fleetSeedPublish.Succeeded, _fleetSeedPublish.Describe());
        using var registry = new LocalRegistry();
        CollectionAssert.IsSubsetOf(new[] { "seed", "seed-buildcache" }, registry.Tags(FleetRepository).ToArray(), _fleetSeedPublish.Describe());
        string dockerfile = File.ReadAllText(_fleetSeed!.GeneratedDockerfilePath());
        Assert.DoesNotContain("--mount=type=cache", dockerfile, "another engine would find no packages in its own, empty cache mount");
    }

    [TestMethod]
    public void AFreshRunnerTakesTheRestoreLayerFromThePushedCache_AndItsImageRunsTheChangedApp()
    {
        Assert.IsNotNull(_fleetRunnerPublish);
        Assert.IsTrue(_fleetRunnerPublish.Succeeded, _fleetRunnerPublish.Describe());
        string log = File.ReadAllText(Path.Combine(Path.GetDirectoryName(_fleetRunner!.GeneratedDockerfilePath())!, "build.log"));
        StringAssert.Contains(log, "importing cache manifest from " + Fleet("seed-buildcache"));
        Assert.IsTrue(RestoreStepReport.WasCached(log), "the restore step ran on the fresh runner:\n" + log);
        ProcessResult run = OnEngine(SecondEngine, "run", "--rm", Fleet("v2"));
        Assert.IsTrue(run.Succeeded, run.Describe());
        Assert.AreEqual(MultiProjectSample.AppOutput, run.StandardOutput.Trim());
    }

    private static string Fleet(string tag) => LocalRegistry.Address + "/" + FleetRepository + ":" + tag;

    private static string[] FleetProperties() => new[] { "ContainerizeMode=Hermetic", "ContainerRegistry=" + LocalRegistry.Address, "ContainerizeCacheTo=type=inline" };

    private static string SecondEngineScript => Path.Combine(RepositoryLayout.Root, "..", "shared", "ci", "second-engine.sh");

    private static void CreateContext(string name, string host)
    {
        ProcessResult created = ProcessRunner.Run(Docker.Path, new[] { "context", "create", name, "--docker", "host=" + host }, TimeSpan.FromMinutes(1), null, Config(null));
        Assert.IsTrue(created.Succeeded, created.Describe());
    }

    private static ProcessResult Publish(ImageName? image, string? dockerHost, params string[] properties) =>
        ContainerizePublish.Run(_project!.ProjectPath, (image?.Properties() ?? Array.Empty<string>()).Concat(properties), Config(dockerHost));

    private static Dictionary<string, string?> Config(string? dockerHost) =>
        new() { ["DOCKER_CONFIG"] = _dockerConfig, ["DOCKER_HOST"] = dockerHost, ["DOCKER_CONTEXT"] = null };

    private static ProcessResult OnEngine(string engine, params string[] arguments) =>
        ProcessRunner.Run(Docker.Path, arguments, TimeSpan.FromMinutes(2), null, new Dictionary<string, string?> { ["DOCKER_HOST"] = engine });

    private static bool ImageExists(string engine, string reference) => OnEngine(engine, "image", "inspect", "--format", "{{.Id}}", reference).Succeeded;
}
