using Containerize.Sdk.Inference;

namespace Containerize.Sdk.Tests.Inference;

[TestClass]
public sealed class ImageReferenceTests
{
    [TestMethod]
    [DataRow("web")]
    [DataRow("contoso/web-api")]
    [DataRow("my.web_app")]
    [DataRow("a__b")]
    [DataRow("a--b")]
    [DataRow("team/sub/app2")]
    [DataRow("0")]
    public void ValidRepositories(string repository)
    {
        Assert.IsTrue(ImageReference.IsValidRepository(repository), repository);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("Web")]
    [DataRow("-web")]
    [DataRow("web-")]
    [DataRow(".web")]
    [DataRow("a___b")]
    [DataRow("a._b")]
    [DataRow("a-_b")]
    [DataRow("contoso//web")]
    [DataRow("/web")]
    [DataRow("web/")]
    [DataRow("web:1.0")]
    [DataRow("my web")]
    [DataRow("web\n")]
    [DataRow("web\nRUN evil")]
    public void InvalidRepositories(string repository)
    {
        Assert.IsFalse(ImageReference.IsValidRepository(repository), repository);
    }

    [TestMethod]
    public void ARepositoryIsAtMost255Characters()
    {
        Assert.IsTrue(ImageReference.IsValidRepository(new string('a', 255)));
        Assert.IsFalse(ImageReference.IsValidRepository(new string('a', 256)));
    }

    [TestMethod]
    [DataRow("localhost")]
    [DataRow("localhost:5000")]
    [DataRow("127.0.0.1:5000")]
    [DataRow("contoso.azurecr.io")]
    [DataRow("my-registry.example.com:443")]
    [DataRow("[::1]:5000")]
    public void ValidRegistries(string registry)
    {
        Assert.IsTrue(ImageReference.IsValidRegistry(registry), registry);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("http://contoso.azurecr.io")]
    [DataRow("contoso.azurecr.io/")]
    [DataRow("bad host")]
    [DataRow("-bad.example.com")]
    [DataRow("host:port")]
    [DataRow("localhost:5000\n")]
    public void InvalidRegistries(string registry)
    {
        Assert.IsFalse(ImageReference.IsValidRegistry(registry), registry);
    }

    [TestMethod]
    [DataRow("latest")]
    [DataRow("1.2.3")]
    [DataRow("1.2.3-rc.1")]
    [DataRow("_private")]
    [DataRow("UPPER_case")]
    public void ValidTags(string tag)
    {
        Assert.IsTrue(ImageReference.IsValidTag(tag), tag);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow(".hidden")]
    [DataRow("-dash")]
    [DataRow("bad tag")]
    [DataRow("a:b")]
    [DataRow("1.0+build")]
    [DataRow("latest\n")]
    [DataRow("1.0\nRUN evil")]
    public void InvalidTags(string tag)
    {
        Assert.IsFalse(ImageReference.IsValidTag(tag), tag.Replace("\n", "\\n"));
    }

    [TestMethod]
    public void ATagIsAtMost128Characters()
    {
        Assert.IsTrue(ImageReference.IsValidTag(new string('a', 128)));
        Assert.IsFalse(ImageReference.IsValidTag(new string('a', 129)));
    }

    [TestMethod]
    [DataRow("ubuntu")]
    [DataRow("library/ubuntu:24.04")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0")]
    [DataRow("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled")]
    [DataRow("localhost:5000/base@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [DataRow("localhost:5000/base:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void ValidReferences(string reference)
    {
        Assert.IsTrue(ImageReference.IsValidReference(reference), reference);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("Ubuntu")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:bad tag")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0 AS evil")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0\n")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0\nRUN evil")]
    [DataRow("base@sha256:short")]
    [DataRow("--platform=linux/amd64")]
    [DataRow("$BASE")]
    public void InvalidReferences(string reference)
    {
        Assert.IsFalse(ImageReference.IsValidReference(reference), reference.Replace("\n", "\\n"));
    }

    [TestMethod]
    [DataRow("My.Web_App", "my.web_app")]
    [DataRow("WebApi", "webapi")]
    [DataRow("My Web App", "my-web-app")]
    [DataRow("  padded  ", "padded")]
    [DataRow("..Leading.Dots", "leading.dots")]
    [DataRow("Trailing.", "trailing")]
    [DataRow("a..b", "a.b")]
    [DataRow("a__b", "a_b")]
    [DataRow("a-_b", "a_b")]
    [DataRow("a-.b", "a.b")]
    [DataRow("a._b", "a.b")]
    [DataRow("a--b", "a--b")]
    [DataRow("Contoso+Web#1", "contoso-web-1")]
    [DataRow("...", "app")]
    [DataRow("", "app")]
    public void RepositoryFromName(string name, string expected)
    {
        string repository = ImageReference.RepositoryFromName(name);

        Assert.AreEqual(expected, repository);
        Assert.IsTrue(ImageReference.IsValidRepository(repository), repository);
    }

    [TestMethod]
    public void RepositoryFromAVeryLongNameIsStillValid()
    {
        string repository = ImageReference.RepositoryFromName(new string('A', 200) + "." + new string('b', 200));

        Assert.IsTrue(ImageReference.IsValidRepository(repository), repository);
        Assert.StartsWith(new string('a', 200), repository);
    }

    [TestMethod]
    [DataRow("1.2.3", "1.2.3")]
    [DataRow("1.2.3+abc", "1.2.3-abc")]
    [DataRow("1.0.0-beta.1+sha.5114f85", "1.0.0-beta.1-sha.5114f85")]
    [DataRow(".1", "1")]
    [DataRow("-x", "x")]
    [DataRow("+meta", "meta")]
    [DataRow("1.0 final", "1.0-final")]
    public void TagFromVersion(string version, string expected)
    {
        string tag = ImageReference.TagFromVersion(version);

        Assert.AreEqual(expected, tag);
        Assert.IsTrue(ImageReference.IsValidTag(tag), tag);
    }

    [TestMethod]
    public void TagFromAVeryLongVersionIsCutTo128Characters()
    {
        string tag = ImageReference.TagFromVersion("1." + new string('9', 300));

        Assert.AreEqual(128, tag.Length);
        Assert.IsTrue(ImageReference.IsValidTag(tag));
    }
}
