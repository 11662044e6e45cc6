using Containerize.Sdk.Images;

namespace Containerize.Sdk.Tests.Images;

[TestClass]
public sealed class ImageDigestsTests
{
    private const string Digest = "sha256:98c6bd55e81c760c2dbefc1549d31ebba41a417edb40a0d1d9f4ea07bee73650";

    [TestMethod]
    public void DockerPushPrintsTheDigestOnItsLastLine()
    {
        // Captured from docker 20.10 pushing to a local registry.
        Assert.AreEqual(Digest, ImageDigests.FromPushLine("s1: digest: " + Digest + " size: 2200"));
        Assert.IsNull(ImageDigests.FromPushLine("6376a65b7fd1: Pushed"));
        Assert.IsNull(ImageDigests.FromPushLine("The push refers to repository [127.0.0.1:5000/ctz-smoke/app]"));
    }

    [TestMethod]
    public void PodmanDigestFileHoldsTheBareDigest()
    {
        Assert.AreEqual(Digest, ImageDigests.FromDigestFile(Digest));
        Assert.AreEqual(Digest, ImageDigests.FromDigestFile(Digest + "\n"));
        Assert.IsNull(ImageDigests.FromDigestFile(""));
        Assert.IsNull(ImageDigests.FromDigestFile("sha256:short"));
    }

    [TestMethod]
    public void BuildxMetadataNamesTheImageDigest()
    {
        string json = "{\n  \"buildx.build.ref\": \"default/default/x\",\n  \"containerimage.descriptor\": {\"mediaType\": \"application/vnd.oci.image.index.v1+json\", \"digest\": \"sha256:0000000000000000000000000000000000000000000000000000000000000000\"},\n  \"containerimage.digest\": \"" + Digest + "\",\n  \"image.name\": \"registry.example.com/app:1.0\"\n}";

        Assert.AreEqual(Digest, ImageDigests.FromBuildxMetadata(json));
        Assert.IsNull(ImageDigests.FromBuildxMetadata("{}"));
    }

    [TestMethod]
    public void ShortDigestsHaveTwelveHexDigits()
    {
        Assert.AreEqual("98c6bd55e81c", ImageDigests.Short(Digest));
    }
}
