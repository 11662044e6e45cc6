using Containerize.Sdk.Images;
using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Planning;

/// <summary>ContainerizePinBaseImages: each stage's image named by the digest the lock file records for its reference.</summary>
[TestClass]
public sealed class BaseImagePinningTests
{
    private const string Aspnet = "mcr.microsoft.com/dotnet/aspnet:10.0";
    private const string Sdk = "mcr.microsoft.com/dotnet/sdk:10.0";
    private const string DigestA = "sha256:0c949afa82333dba99fe88f97a81e5555a8395f8d5b6ce00f2f18a2eeaa6fb64";
    private const string DigestB = "sha256:b44e557df7628edf523b864a43189a776890ec5f4c2dfe458d98752e6e0724a2";

    private string _lockFile = "";

    [TestInitialize]
    public void CreateFolder() => _lockFile = Path.Combine(Directory.CreateTempSubdirectory("ctz-lock-").FullName, BaseImageLock.FileName);

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(Path.GetDirectoryName(_lockFile)!, recursive: true);

    [TestMethod]
    public void EachStageStartsFromItsLockedDigest_AndTheLabelsNameTheTagAndTheDigest()
    {
        File.WriteAllText(_lockFile, BaseImageLock.Text(new Dictionary<string, string?> { [Aspnet] = DigestA, [Sdk] = DigestB }));

        ContainerSpecResult result = Pinned();

        Assert.IsNotNull(result.Spec, string.Join("\n", result.Diagnostics));
        Assert.AreEqual(Aspnet + "@" + DigestA, result.Spec.BaseImage);
        Assert.AreEqual(Sdk + "@" + DigestB, result.Spec.SdkImage);
        StringAssert.Contains(result.Dockerfile, "FROM " + Sdk + "@" + DigestB + " AS build\n");
        StringAssert.Contains(result.Dockerfile, "FROM " + Aspnet + "@" + DigestA + " AS final\n");
        StringAssert.Contains(result.Dockerfile, "\"org.opencontainers.image.base.name\"=\"" + Aspnet + "\"");
        StringAssert.Contains(result.Dockerfile, "\"org.opencontainers.image.base.digest\"=\"" + DigestA + "\"");
        Assert.IsTrue(result.Decisions.Any(decision => decision.Contains(Aspnet + " is pinned to " + DigestA)), string.Join("\n", result.Decisions));
    }

    [TestMethod]
    public void WithoutPinning_TheLockIsNotRead_AndNoDigestIsWritten()
    {
        ContainerSettings settings = FactorySettings.WebApp();

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsNotNull(result.Spec);
        StringAssert.Contains(result.Dockerfile, "FROM " + Aspnet + " AS final\n");
        Assert.DoesNotContain("base.digest", result.Dockerfile);
    }

    [TestMethod]
    public void AnImageThatNamesItsOwnDigest_NeedsNoLockEntry()
    {
        File.WriteAllText(_lockFile, BaseImageLock.Text(new Dictionary<string, string?> { [Sdk] = DigestB }));
        ContainerSettings settings = Settings();
        settings.BaseImage = "contoso.azurecr.io/base:1@" + DigestA;

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsNotNull(result.Spec, string.Join("\n", result.Diagnostics));
        StringAssert.Contains(result.Dockerfile, "FROM contoso.azurecr.io/base:1@" + DigestA + " AS final\n");
        StringAssert.Contains(result.Dockerfile, "\"org.opencontainers.image.base.digest\"=\"" + DigestA + "\"");
    }

    [TestMethod]
    public void CTZ1007_NoLockFile()
    {
        AssertSingleError(Pinned(), "CTZ1007", _lockFile);
    }

    [TestMethod]
    public void CTZ1008_ABaseImageTheLockDoesNotRecord_NeverChangesTheBaseSilently()
    {
        File.WriteAllText(_lockFile, BaseImageLock.Text(new Dictionary<string, string?> { ["mcr.microsoft.com/dotnet/aspnet:9.0"] = DigestA, [Sdk] = DigestB }));

        ContainerSpecResult result = Pinned();

        AssertSingleError(result, "CTZ1008", Aspnet);
        Assert.Contains("mcr.microsoft.com/dotnet/aspnet:9.0", result.Diagnostics[0].Message, "it says what the lock pins");
    }

    [TestMethod]
    public void CTZ1008_ARecordWithoutADigest()
    {
        File.WriteAllText(_lockFile, BaseImageLock.Text(new Dictionary<string, string?> { [Aspnet] = null, [Sdk] = DigestB }));

        AssertSingleError(Pinned(), "CTZ1008", Aspnet);
    }

    [TestMethod]
    public void CTZ1009_ALockThatCannotBeRead()
    {
        File.WriteAllText(_lockFile, "{ \"version\": 1, \"baseImages\": { \"" + Aspnet + "\": \"latest\" } }");

        AssertSingleError(Pinned(), "CTZ1009", _lockFile);
    }

    private ContainerSettings Settings()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.SdkVersion = "10.0.100";
        settings.BaseImageLockFile = _lockFile;
        return settings;
    }

    private ContainerSpecResult Pinned() => ContainerSpecFactory.Create(Settings());

    private static void AssertSingleError(ContainerSpecResult result, string code, string mentioned)
    {
        string all = string.Join("\n", result.Diagnostics);
        Assert.IsNull(result.Spec, "no Dockerfile from a base that is not pinned");
        Assert.HasCount(1, result.Diagnostics, all);
        Assert.AreEqual(code, result.Diagnostics[0].Code, all);
        Assert.Contains(mentioned, result.Diagnostics[0].Message);
    }
}
