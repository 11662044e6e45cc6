using System.Text.Json;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// Base images by digest (docs/supply-chain.md), against the local registry: the stand-in runtime and SDK images are
/// pushed there under a repository of this class, so they have registry digests, and the runtime image is then removed
/// from the engine, so the publish must pull it. A console app is published with them as its base images; then its
/// base images are locked (ContainerizeLockBaseImages) and it is published pinned, with the build stage compiling from
/// the pinned SDK image; then with a base image the lock does not record.
/// </summary>
[TestClass]
public sealed class BaseImageDigestTests
{
    private const string Line = "Hello from a pinned base image";

    private static readonly string Repository = "ctz-base-" + Guid.NewGuid().ToString("N")[..8];
    private static readonly string RuntimeImage = LocalRegistry.Address + "/" + Repository + "/runtime:10.0";
    private static readonly string SdkImage = LocalRegistry.Address + "/" + Repository + "/sdk:10.0";
    private static readonly ImageName Unpinned = ImageName.Unique("base-digest");
    private static readonly ImageName Pinned = ImageName.Unique("base-pinned");
    private static readonly ImageName Changed = ImageName.Unique("base-changed");
    private static TestProject? _project;
    private static string? _runtimeDigest;
    private static string? _sdkDigest;
    private static bool _runtimeWasMissing;
    private static ProcessResult? _unpinned;
    private static string? _unpinnedRecord;
    private static ProcessResult? _lock;
    private static ProcessResult? _pinned;
    private static ProcessResult? _changed;

    private static DockerClient Docker => DockerClient.Instance;

    private static string LockFile => Path.Combine(_project!.Directory, "base-images.lock.json");

    private static string[] Bases => new[] { "ContainerBaseImage=" + RuntimeImage, "ContainerSdkImage=" + SdkImage };

    [ClassInitialize]
    public static void PublishUnpinnedLockThenPinned(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        using LocalRegistry registry = LocalRegistry.Require();
        foreach ((string standIn, string pushed) in new[] { ("mcr.microsoft.com/dotnet/runtime:10.0", RuntimeImage), ("mcr.microsoft.com/dotnet/sdk:10.0", SdkImage) })
        {
            Docker.RunChecked("tag", standIn, pushed);
            Docker.RunChecked("push", pushed);
        }

        _runtimeDigest = registry.Digest(Repository + "/runtime", "10.0");
        _sdkDigest = registry.Digest(Repository + "/sdk", "10.0");
        Docker.RunChecked("rmi", RuntimeImage);
        _runtimeWasMissing = !Docker.ImageExists(RuntimeImage);

        _project = TestProject.Create(AppKind.Console, $"Console.WriteLine(\"{Line}\");\n");
        _unpinned = _project.Publish(Unpinned, Bases);
        string record = Path.Combine(Path.GetDirectoryName(_project.GeneratedDockerfilePath())!, "base-images.json");
        _unpinnedRecord = File.Exists(record) ? File.ReadAllText(record) : null;

        string[] pinned = Bases.Append("ContainerizePinBaseImages=true").ToArray();
        _lock = ContainerizePublish.RunTarget(_project.ProjectPath, "ContainerizeLockBaseImages", pinned);
        _pinned = _project.Publish(Pinned, pinned.Append("ContainerizeMode=Hermetic").ToArray());
        _changed = _project.Publish(Changed, pinned.Append("ContainerBaseImage=" + LocalRegistry.Address + "/" + Repository + "/runtime:9.0").ToArray());
    }

    [ClassCleanup]
    public static void RemoveImagesAndRepository()
    {
        foreach (string image in new[] { Unpinned.Reference, Pinned.Reference, Changed.Reference, RuntimeImage, SdkImage })
        {
            Docker.RemoveImage(image);
        }

        using (var registry = new LocalRegistry())
        {
            registry.Delete(Repository + "/runtime", _runtimeDigest ?? "");
            registry.Delete(Repository + "/sdk", _sdkDigest ?? "");
        }

        Docker.RemoveProject(_project);
    }

    [TestMethod]
    public void AnUnpinnedBuild_LabelsTheImageWithTheDigestTheRegistryServes_AfterPullingTheBaseTheEngineLacked()
    {
        Assert.IsTrue(_runtimeWasMissing, "the setup removes the base image from the engine");
        Assert.IsNotNull(_runtimeDigest);
        Assert.IsTrue(_unpinned!.Succeeded, _unpinned.Describe());

        Assert.AreEqual(_runtimeDigest, Label(Unpinned.Reference, "org.opencontainers.image.base.digest"));
        Assert.AreEqual(RuntimeImage, Label(Unpinned.Reference, "org.opencontainers.image.base.name"));
    }

    [TestMethod]
    public void AnUnpinnedBuild_RecordsEveryBaseImagesDigest_BesideTheDockerfileAndOnTheSummaryLine()
    {
        Assert.IsTrue(_unpinned!.Succeeded, _unpinned.Describe());
        Assert.IsNotNull(_unpinnedRecord, "base-images.json beside the Dockerfile");

        using JsonDocument record = JsonDocument.Parse(_unpinnedRecord);
        JsonElement images = record.RootElement.GetProperty("baseImages");
        Assert.AreEqual(_runtimeDigest, images.GetProperty(RuntimeImage).GetString(), _unpinnedRecord);
        Assert.AreEqual(_sdkDigest, images.GetProperty(SdkImage).GetString(), _unpinnedRecord);
        string summary = _unpinned.StandardOutput.Split('\n').Single(line => line.Contains("Containerize: built "));
        Assert.Contains(RuntimeImage + "@sha256:" + _runtimeDigest![7..19], summary);
        Assert.Contains(SdkImage + "@sha256:" + _sdkDigest![7..19], summary);
    }

    [TestMethod]
    public void TheLockTarget_WritesTheDigestsTheRegistryServes()
    {
        Assert.IsTrue(_lock!.Succeeded, _lock.Describe());

        using JsonDocument lockFile = JsonDocument.Parse(File.ReadAllText(LockFile));
        Assert.AreEqual(1, lockFile.RootElement.GetProperty("version").GetInt32());
        JsonElement images = lockFile.RootElement.GetProperty("baseImages");
        Assert.AreEqual(_runtimeDigest, images.GetProperty(RuntimeImage).GetString());
        Assert.AreEqual(_sdkDigest, images.GetProperty(SdkImage).GetString());
        Assert.AreEqual(2, images.EnumerateObject().Count());
    }

    [TestMethod]
    public void APinnedHermeticBuild_StartsEachStageFromItsDigest_AndTheAppRuns()
    {
        Assert.IsTrue(_pinned!.Succeeded, _pinned.Describe());

        string[] from = File.ReadAllLines(_project!.GeneratedDockerfilePath()).Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToArray();
        CollectionAssert.Contains(from, "FROM " + SdkImage + "@" + _sdkDigest + " AS build", string.Join("\n", from));
        CollectionAssert.Contains(from, "FROM " + RuntimeImage + "@" + _runtimeDigest + " AS final", string.Join("\n", from));
        Assert.AreEqual(_runtimeDigest, Label(Pinned.Reference, "org.opencontainers.image.base.digest"));
        ProcessResult run = Docker.RunToEnd(Pinned.Reference);
        Assert.IsTrue(run.Succeeded, run.Describe());
        Assert.AreEqual(Line, run.StandardOutput.Trim());
    }

    [TestMethod]
    public void ABaseImageTheLockDoesNotRecord_StopsWithCTZ1008_AndBuildsNothing()
    {
        Assert.IsFalse(_changed!.Succeeded, _changed.Describe());

        Assert.Contains("error CTZ1008", _changed.StandardOutput);
        Assert.Contains(Repository + "/runtime:9.0", _changed.StandardOutput);
        Assert.IsFalse(Docker.ImageExists(Changed.Reference));
    }

    private static string? Label(string image, string name)
    {
        JsonElement labels = Docker.Inspect(image).GetProperty("Config").GetProperty("Labels");
        return labels.TryGetProperty(name, out JsonElement value) ? value.GetString() : null;
    }
}
