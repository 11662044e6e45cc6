using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Tests.Building;

[TestClass]
public sealed class BuildOptionsCheckTests
{
    private static readonly string[] TwoPlatforms = { "linux/amd64", "linux/arm64" };

    private static string[] Codes(BuildMode? mode, BuildOptions options) =>
        BuildOptionsCheck.Check(mode, "/usr/bin/docker", options).Select(error => error.Code).ToArray();

    [TestMethod]
    public void NothingSpecialIsFineForEveryBuilder()
    {
        foreach (BuildMode mode in Enum.GetValues<BuildMode>())
        {
            Assert.IsEmpty(Codes(mode, new BuildOptions { Platforms = new[] { "linux/arm64" }, Push = true, Archive = true }), mode.ToString());
        }
    }

    [TestMethod]
    public void AMultiPlatformPushNeedsBuildKit()
    {
        var options = new BuildOptions { Platforms = TwoPlatforms, Push = true };

        Assert.IsEmpty(Codes(BuildMode.Buildx, options));
        Assert.IsEmpty(Codes(BuildMode.BuildKit, options), "docker's built-in BuildKit builds one platform at a time");
        Assert.IsEmpty(Codes(BuildMode.Podman, options), "podman builds one platform at a time");
        Assert.IsEmpty(Codes(null, options), "builder none writes a buildx command instead");
        CollectionAssert.AreEqual(new[] { "CTZ4002" }, Codes(BuildMode.Legacy, options));
    }

    [TestMethod]
    public void Ctz4002SaysWhy()
    {
        string message = Errors.MultiPlatformNeedsBuildKit("/usr/local/bin/docker", TwoPlatforms).Message;

        Assert.Contains("legacy builder", message);
        Assert.Contains("linux/amd64, linux/arm64", message);
        Assert.Contains("or with podman", message);
    }

    [TestMethod]
    public void AMultiPlatformImageMustBePushedAndCannotBeArchived()
    {
        CollectionAssert.AreEqual(new[] { "CTZ4003" }, Codes(BuildMode.Buildx, new BuildOptions { Platforms = TwoPlatforms }));
        CollectionAssert.AreEqual(new[] { "CTZ4004" }, Codes(BuildMode.Buildx, new BuildOptions { Platforms = TwoPlatforms, Push = true, Archive = true }));
        CollectionAssert.AreEqual(new[] { "CTZ4003" }, Codes(null, new BuildOptions { Platforms = TwoPlatforms }));
    }

    [TestMethod]
    public void CacheExportAndNamedBuildersNeedBuildx()
    {
        var options = new BuildOptions { CacheTo = new[] { "type=registry,ref=r.example.com/app:cache" }, BuildxBuilder = "remote" };

        Assert.IsEmpty(Codes(BuildMode.Buildx, options));
        Assert.IsEmpty(Codes(null, options));
        foreach (BuildMode mode in new[] { BuildMode.BuildKit, BuildMode.Legacy, BuildMode.Podman })
        {
            CollectionAssert.AreEqual(new[] { "CTZ3011", "CTZ3012" }, Codes(mode, options), mode.ToString());
        }

        Assert.Contains("'remote'", Errors.BuildxBuilderNeedsBuildx(BuilderWithoutBuildx.Podman, "/usr/bin/podman", "remote").Message);
        Assert.Contains("the builder is podman", Errors.CacheToNeedsBuildx(BuilderWithoutBuildx.Podman, "/usr/bin/podman").Message);
    }

    [TestMethod]
    public void TheInlineCacheNeedsBuildKit_NotBuildx()
    {
        var inline = new BuildOptions { CacheTo = new[] { " TYPE=inline " } };

        Assert.IsEmpty(Codes(BuildMode.BuildKit, inline));
        Assert.IsEmpty(Codes(BuildMode.Buildx, inline));
        CollectionAssert.AreEqual(new[] { "CTZ3011" }, Codes(BuildMode.Legacy, inline));
        CollectionAssert.AreEqual(new[] { "CTZ3011" }, Codes(BuildMode.Podman, inline));
        Assert.Contains("type=inline", Errors.CacheToNeedsBuildx(BuilderWithoutBuildx.DockerBuiltInBuildKit, "/usr/bin/docker").Message);
    }

    [TestMethod]
    public void NoneNeedsBuildxOnlyForBuildxOptions()
    {
        Assert.IsFalse(new BuildOptions { Platforms = new[] { "linux/arm64" }, Push = true }.NeedBuildx);
        Assert.IsTrue(new BuildOptions { Platforms = TwoPlatforms }.NeedBuildx);
        Assert.IsTrue(new BuildOptions { CacheTo = new[] { "type=local,dest=/tmp/cache" } }.NeedBuildx);
        Assert.IsFalse(new BuildOptions { CacheTo = new[] { "type=inline" } }.NeedBuildx, "BuildKit writes the inline cache itself");
        Assert.IsTrue(new BuildOptions { BuildxBuilder = "b" }.NeedBuildx);
    }
}
