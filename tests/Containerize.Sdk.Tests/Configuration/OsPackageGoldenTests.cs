using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Configuration;

[TestClass]
public sealed class OsPackageGoldenTests
{
    [TestMethod]
    public void AptInstallsSortedUniquePackagesFirst()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.OsPackages = new[] { "curl", "ca-certificates", "libgdiplus=6.1+dfsg-1", "curl", "g++" };
        Planning.GoldenFile.AssertMatches("OsPackages.Apt.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void AlpineFamilyUsesApk()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.Family = "alpine";
        settings.FinalStage.OsPackages = new[] { "icu-libs", "curl=8.5.0-r0" };
        Planning.GoldenFile.AssertMatches("OsPackages.Apk.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void MuslRuntimeIdentifierUsesApk()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.SelfContained = true;
        settings.RuntimeIdentifier = "linux-musl-x64";
        settings.FinalStage.OsPackages = new[] { "tzdata" };
        string run = DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "RUN").Single();
        Assert.AreEqual("apk add --no-cache tzdata", run);
    }

    [TestMethod]
    [DataRow("noble-chiseled")]
    [DataRow("noble-chiseled-extra")]
    [DataRow("azurelinux3.0-distroless")]
    public void ChiseledAndDistrolessFamiliesAreCtz1114(string family)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.Family = family;
        settings.FinalStage.OsPackages = new[] { "curl" };
        StringAssert.Contains(ConfiguredProject.Single(settings, "CTZ1114").Message, "ContainerFamily");
    }

    [TestMethod]
    public void ChiseledFamilyWithoutPackagesIsFine()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.Family = "noble-chiseled";
        Assert.IsEmpty(DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "RUN"));
    }
}
