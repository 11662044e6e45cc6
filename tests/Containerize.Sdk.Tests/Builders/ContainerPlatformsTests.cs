using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Tests.Builders;

[TestClass]
public sealed class ContainerPlatformsTests
{
    [TestMethod]
    [DataRow("linux-x64", "linux/amd64")]
    [DataRow("linux-arm64", "linux/arm64")]
    [DataRow("linux-arm", "linux/arm/v7")]
    [DataRow("linux-x86", "linux/386")]
    [DataRow("linux-musl-x64", "linux/amd64")]
    [DataRow("linux-musl-arm64", "linux/arm64")]
    [DataRow("linux-bionic-arm64", "linux/arm64")]
    [DataRow("linux-s390x", "linux/s390x")]
    [DataRow("linux-ppc64le", "linux/ppc64le")]
    [DataRow("linux-riscv64", "linux/riscv64")]
    [DataRow("linux-loongarch64", "linux/loong64")]
    [DataRow("Linux-X64", "linux/amd64")]
    public void EachLinuxRidHasItsPlatform(string rid, string platform)
    {
        Assert.AreEqual(platform, ContainerPlatforms.Platform(rid));
    }

    [TestMethod]
    [DataRow("win-x64")]
    [DataRow("osx-arm64")]
    [DataRow("linux-mips")]
    [DataRow("linux")]
    [DataRow("x64")]
    public void OtherRidsHaveNone(string rid)
    {
        Assert.IsNull(ContainerPlatforms.Platform(rid));
    }

    [TestMethod]
    public void TheListKeepsOrderAndDropsBlanksAndRepeats()
    {
        var errors = new List<ContainerizeDiagnostic>();

        IReadOnlyList<string> platforms = ContainerPlatforms.FromRuntimeIdentifiers(new[] { " linux-arm64 ", "", "linux-x64", "linux-arm64" }, errors);

        Assert.IsEmpty(errors);
        CollectionAssert.AreEqual(new[] { "linux/arm64", "linux/amd64" }, platforms.ToArray());
    }

    [TestMethod]
    public void AnUnknownRidIsCtz4005NamingIt()
    {
        var errors = new List<ContainerizeDiagnostic>();

        ContainerPlatforms.FromRuntimeIdentifiers(new[] { "linux-x64", "win-x64" }, errors);

        Assert.HasCount(1, errors);
        Assert.AreEqual("CTZ4005", errors[0].Code);
        Assert.Contains("'win-x64'", errors[0].Message);
    }

    [TestMethod]
    public void MuslAndGlibcTogetherAreCtz4006()
    {
        var errors = new List<ContainerizeDiagnostic>();

        ContainerPlatforms.FromRuntimeIdentifiers(new[] { "linux-musl-x64", "linux-arm64" }, errors);

        Assert.HasCount(1, errors);
        Assert.AreEqual("CTZ4006", errors[0].Code);
    }

    [TestMethod]
    public void NoRidsMeanTheEnginesOwnPlatform()
    {
        var errors = new List<ContainerizeDiagnostic>();

        Assert.IsEmpty(ContainerPlatforms.FromRuntimeIdentifiers(Array.Empty<string>(), errors));
        Assert.IsEmpty(errors);
    }

    [TestMethod]
    public void AQuotedListFromTheCommandLineIsSplit()
    {
        var errors = new List<ContainerizeDiagnostic>();

        IReadOnlyList<string> platforms = ContainerPlatforms.FromRuntimeIdentifiers(new[] { "linux-x64;linux-arm64" }, errors);

        Assert.IsEmpty(errors);
        CollectionAssert.AreEqual(new[] { "linux/amd64", "linux/arm64" }, platforms.ToArray());
    }
}
