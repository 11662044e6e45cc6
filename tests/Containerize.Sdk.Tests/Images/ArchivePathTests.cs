using Containerize.Sdk.Images;

namespace Containerize.Sdk.Tests.Images;

[TestClass]
public sealed class ArchivePathTests
{
    [TestMethod]
    public void AFileIsKeptAsItIs()
    {
        Assert.AreEqual("/out/image.tar", ArchivePath.Resolve("/out/image.tar", "app", path => false));
    }

    [TestMethod]
    public void AFolderGetsAFileNamedAfterTheRepositorysLastPart()
    {
        Assert.AreEqual(Path.Combine("/out/", "app.tar"), ArchivePath.Resolve("/out/", "127.0.0.1:5000/team/app", path => false));
        Assert.AreEqual(Path.Combine("/out", "web.tar"), ArchivePath.Resolve("/out", "web", path => path == "/out"));
    }
}
