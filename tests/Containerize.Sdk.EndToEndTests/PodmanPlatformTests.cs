using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// Podman images for platforms other than this machine's (docs/builders.md#multi-platform-images), for real under qemu:
/// a self-contained console app published with podman for linux-x64 and linux-arm64 into one pushed tag, and for
/// linux-arm64 alone into podman's store. Podman 4.3.1 would start every platform's final stage from the amd64 image its
/// local tag names; each platform's build names the base's own image for it by digest instead. The base is the local
/// registry's two-platform dotnet/runtime-deps:X.Y (.ci/arm64-standins.sh, which also tells podman that registry speaks
/// plain HTTP); the local-only stand-in has no arm64 image, and asking for one is an error, not an amd64 image.
/// </summary>
[TestClass]
public sealed class PodmanPlatformTests
{
    private const string Line = "Hello from";

    private static readonly string Repository = ImageName.Unique("podman-multiarch").Repository;
    private static readonly ImageName ArmOnly = ImageName.Unique("podman-arm64");
    private static readonly ImageName LocalBase = ImageName.Unique("podman-arm64-localbase");
    private static readonly System.Collections.Concurrent.ConcurrentBag<string> PulledByDocker = new();
    private static TestProject? _project;
    private static IReadOnlySet<string>? _imagesBefore;
    private static ProcessResult? _multiPlatformPublish;
    private static ProcessResult? _armOnlyPublish;
    private static ProcessResult? _localBasePublish;

    private static DockerClient Docker => DockerClient.Instance;

    private static DockerClient Podman => DockerClient.Podman;

    private static string Pushed => LocalRegistry.Address + "/" + Repository + ":v1";

    [ClassInitialize]
    public static void PublishWithPodman(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        ProcessResult version = Podman.Run("version", "--format", "{{.Client.Version}}");
        Assert.IsTrue(version.Succeeded, "podman is needed (../shared/ci/podman-setup.sh):\n" + version.Describe());
        using LocalRegistry registry = LocalRegistry.Require();
        string multiPlatformBase = LocalRegistry.Address + "/dotnet/runtime-deps:10.0";
        _imagesBefore = Podman.ImageIds();

        _project = TestProject.Create(AppKind.Console, "Console.WriteLine(\"" + Line + " \" + System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture);\n");
        string[] podmanSelfContained = { "ContainerizeBuilder=podman", "RuntimeIdentifier=linux-x64", "SelfContained=true" };
        _multiPlatformPublish = ContainerizePublish.Run(
            _project.ProjectPath,
            podmanSelfContained.Concat(new[] { "ContainerBaseImage=" + multiPlatformBase, "ContainerRuntimeIdentifiers=\"linux-x64;linux-arm64\"", "ContainerRegistry=" + LocalRegistry.Address, "ContainerRepository=" + Repository, "ContainerImageTag=v1" }));
        _armOnlyPublish = ContainerizePublish.Run(
            _project.ProjectPath,
            podmanSelfContained.Concat(ArmOnly.Properties()).Concat(new[] { "ContainerBaseImage=" + multiPlatformBase, "ContainerRuntimeIdentifier=linux-arm64" }));
        _localBasePublish = ContainerizePublish.Run(
            _project.ProjectPath,
            podmanSelfContained.Concat(LocalBase.Properties()).Concat(new[] { "ContainerBaseImage=mcr.microsoft.com/dotnet/runtime-deps:10.0", "ContainerRuntimeIdentifier=linux-arm64" }));
    }

    [ClassCleanup]
    public static void RemoveImages()
    {
        foreach (string image in new[] { Pushed + "-linux-amd64", Pushed + "-linux-arm64", ArmOnly.Reference, LocalBase.Reference })
        {
            Podman.RemoveImage(image);
        }

        Docker.RemoveImage(Pushed);
        foreach (string image in PulledByDocker)
        {
            Docker.RemoveImage(image);
        }
        LocalRegistry.DeleteTags(Repository, "v1", "v1-linux-amd64", "v1-linux-arm64");

        if (_imagesBefore != null)
        {
            Podman.RemoveImagesExcept(_imagesBefore);
        }

        Docker.RemoveProject(_project);
    }

    [TestMethod]
    public void OneTagHoldsBothPlatforms_AndTheSummaryGivesTheListsDigest()
    {
        Assert.IsNotNull(_multiPlatformPublish);
        Assert.IsTrue(_multiPlatformPublish.Succeeded, _multiPlatformPublish.Describe());
        using var registry = new LocalRegistry();
        CollectionAssert.AreEqual(new[] { "linux/amd64", "linux/arm64" }, PlatformImage.ListPlatforms(registry.Manifest(Repository, "v1")));
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

    [TestMethod]
    public void ASinglePlatformOtherThanTheHostsStartsFromTheBasesImageForIt()
    {
        Assert.IsNotNull(_armOnlyPublish);
        Assert.IsTrue(_armOnlyPublish.Succeeded, _armOnlyPublish.Describe());
        Assert.AreEqual("arm64", Podman.RunChecked("image", "inspect", "--format", "{{.Architecture}}", ArmOnly.Reference).Trim());
        string platformDockerfile = File.ReadAllText(_project!.GeneratedDockerfilePath() + ".linux-arm64");
        StringAssert.Matches(platformDockerfile, new System.Text.RegularExpressions.Regex(@"\nFROM 127\.0\.0\.1:5000/dotnet/runtime-deps:10\.0@sha256:[0-9a-f]{64} AS final\n"));

        ProcessResult uname = Podman.Run(TimeSpan.FromMinutes(3), "run", "--rm", "--entrypoint", "uname", ArmOnly.Reference, "-m");
        ProcessResult app = Podman.Run(TimeSpan.FromMinutes(3), "run", "--rm", ArmOnly.Reference);

        Assert.AreEqual("aarch64", uname.StandardOutput.Trim(), "the base's arm64 files, not the amd64 ones of its local tag:\n" + uname.Describe());
        Assert.IsTrue(app.Succeeded, app.Describe());
        Assert.AreEqual(Line + " Arm64", app.StandardOutput.Trim());
    }

    [TestMethod]
    public void ABaseImageWithoutAnImageForThePlatformIsAnError_NotAnImageOfTheWrongArchitecture()
    {
        Assert.IsNotNull(_localBasePublish);
        Assert.IsFalse(_localBasePublish.Succeeded, _localBasePublish.Describe());
        StringAssert.Contains(_localBasePublish.StandardOutput, "error CTZ4012");
        StringAssert.Contains(_localBasePublish.StandardOutput, "mcr.microsoft.com/dotnet/runtime-deps:10.0");
        Assert.IsFalse(Podman.ImageExists(LocalBase.Reference), "no image was built");
    }
}
