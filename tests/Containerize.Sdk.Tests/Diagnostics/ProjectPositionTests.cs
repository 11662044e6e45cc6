using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Tests.Diagnostics;

[TestClass]
public sealed class ProjectPositionTests
{
    [TestMethod]
    public void TheFirstPropertyTheMessageNames_AtItsElementInTheProjectFile()
    {
        string project = Path.Combine(Directory.CreateTempSubdirectory("ctz-position-").FullName, "App.csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <ContainerUser>x</ContainerUser>\n    <ContainerImageTag>bad tag</ContainerImageTag>\n  </PropertyGroup>\n</Project>\n");
        try
        {
            Assert.AreEqual((4, 6), ProjectPosition.Of("ContainerImageTag 'bad tag' is not a valid image tag (see ContainerUser).", project));
            Assert.AreEqual((3, 6), ProjectPosition.Of("The base image needs ContainerUser.", project));
            Assert.AreEqual((0, 0), ProjectPosition.Of("ContainerRegistry 'x' is not valid.", project), "set elsewhere");
            Assert.AreEqual((0, 0), ProjectPosition.Of("The build context would be the root of the file system.", project), "no property");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(project)!, recursive: true);
        }
    }
}
