using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// Multi-platform images without buildx (docs/builders.md#multi-platform-images), for real under qemu: a self-contained
/// console app published for linux-x64 and linux-arm64 with docker's built-in BuildKit and pushed to the local registry
/// as one tag, and published for linux-arm64 alone without a registry. The base image is the local registry's
/// dotnet/runtime-deps:X.Y, one tag for both platforms (.ci/arm64-standins.sh makes it). Each image is run on both
/// platforms and asked its architecture.
/// </summary>
[TestClass]
public sealed class MultiPlatformTests
{
    private const string Line = "Hello from";

    private static readonly string Repository = ImageName.Unique("multiarch").Repository;
    private static readonly ImageName ArmOnly = ImageName.Unique("arm64-only");
    private static readonly System.Collections.Concurrent.ConcurrentBag<string> PulledByDocker = new();
    private static TestProject? _project;
    private static string _base = "";
    private static ProcessResult? _multiPlatformPublish;
    private static ProcessResult? _armOnlyPublish;

    private static DockerClient Docker => DockerClient.Instance;

    private static string Pushed => LocalRegistry.Address + "/" + Repository + ":v1";

    [ClassInitialize]
    public static void PublishForTwoPlatforms(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        using LocalRegistry registry = LocalRegistry.Require();
        _base = LocalRegistry.Address + "/dotnet/runtime-deps:10.0";
        ProcessResult manifest = Manifest("inspect", "--insecure", _base);
        Assert.IsTrue(manifest.Succeeded && manifest.StandardOutput.Contains("arm64", StringComparison.Ordinal), "No multi-platform base image " + _base + ": run .ci/arm64-standins.sh.\n" + manifest.Describe());

        _project = TestProject.Create(AppKind.Console, "Console.WriteLine(\"" + Line + " \" + System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture);\n");
        string[] selfContained = { "RuntimeIdentifier=linux-x64", "SelfContained=true", "ContainerBaseImage=" + _base };
        _multiPlatformPublish = ContainerizePublish.Run(
            _project.ProjectPath,
            selfContained.Concat(new[] { "ContainerRuntimeIdentifiers=\"linux-x64;linux-arm64\"", "ContainerRegistry=" + LocalRegistry.Address, "ContainerRepository=" + Repository, "ContainerImageTag=v1" }));
        _armOnlyPublish = ContainerizePublish.Run(_project.ProjectPath, selfContained.Concat(ArmOnly.Properties()).Append("ContainerRuntimeIdentifier=linux-arm64"));
    }

    [ClassCleanup]
    public static void RemoveImages()
    {
        // The base too: the arm64 publish pulled one platform of it under the shared tag, which the next run must not find.
        foreach (string image in new[] { ArmOnly.Reference, Pushed, Pushed + "-linux-amd64", Pushed + "-linux-arm64", _base }.Concat(PulledByDocker))
        {
            if (image.Length > 0)
            {
                Docker.RemoveImage(image);
            }
        }

        LocalRegistry.DeleteTags(Repository, "v1", "v1-linux-amd64", "v1-linux-arm64");

        Docker.RemoveProject(_project);
    }

    [TestMethod]
    public void OneTagHoldsBothPlatforms_AndTheSummaryGivesTheListsDigest()
    {
        Assert.IsNotNull(_multiPlatformPublish);
        Assert.IsTrue(_multiPlatformPublish.Succeeded, _multiPlatformPublish.Describe());
        ProcessResult inspect = Manifest("inspect", "--insecure", Pushed);
        Assert.IsTrue(inspect.Succeeded, inspect.Describe());
        CollectionAssert.AreEqual(new[] { "linux/amd64", "linux/arm64" }, PlatformImage.ListPlatforms(inspect.StandardOutput));
        using var registry = new LocalRegistry();
        string? digest = registry.Digest(Repository, "v1");
        Assert.IsNotNull(digest);
        StringAssert.Contains(_multiPlatformPublish.StandardOutput, "digest " + digest);
    }

    [TestMethod]
    [DataRow("linux/amd64", "X64", "x86_64")]
    [DataRow("linux/arm64", "Arm64", "aarch64")]
    public void EachPlatformsImageRunsTheAppOnItsArchitecture(string platform, string processArchitecture, string machine)
    {
        Assert.IsNotNull(_multiPlatformPublish);
        Assert.IsTrue(_multiPlatformPublish.Succeeded, _multiPlatformPublish.Describe());

        PulledByDocker.Add(PlatformImage.AssertRunsOn(Docker, Pushed, platform, Line, processArchitecture, machine));
    }

    /// <summary>docker manifest, experimental in the 20.10 client.</summary>
    private static ProcessResult Manifest(params string[] arguments) =>
        ProcessRunner.Run(Docker.Path, arguments.Prepend("manifest"), TimeSpan.FromMinutes(1), null, new Dictionary<string, string?> { ["DOCKER_CLI_EXPERIMENTAL"] = "enabled" });

    [TestMethod]
    public void ASinglePlatformOtherThanTheHostsIsALocalImage_CompiledOnTheBuildPlatform()
    {
        Assert.IsNotNull(_armOnlyPublish);
        Assert.IsTrue(_armOnlyPublish.Succeeded, _armOnlyPublish.Describe());
        Assert.AreEqual("arm64", Docker.RunChecked("image", "inspect", "--format", "{{.Architecture}}", ArmOnly.Reference).Trim());
        StringAssert.Contains(File.ReadAllText(_project!.GeneratedDockerfilePath()), "FROM --platform=$BUILDPLATFORM");
        ProcessResult app = Docker.Run(TimeSpan.FromMinutes(3), "run", "--rm", "--platform", "linux/arm64", ArmOnly.Reference);
        Assert.IsTrue(app.Succeeded, app.Describe());
        Assert.AreEqual(Line + " Arm64", app.StandardOutput.Trim());
    }
}
