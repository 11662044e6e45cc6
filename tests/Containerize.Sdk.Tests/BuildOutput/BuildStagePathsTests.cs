using Containerize.Sdk.BuildOutput;

namespace Containerize.Sdk.Tests.BuildOutput;

[TestClass]
public sealed class BuildStagePathsTests
{
    private string _context = "";

    [TestInitialize]
    public void CreateContext()
    {
        _context = Path.Combine(Path.GetTempPath(), "ctz-stage-paths-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_context, "app"));
        File.WriteAllText(Path.Combine(_context, "app", "Program.cs"), "");
        File.WriteAllText(Path.Combine(_context, "app", "App.csproj"), "");
    }

    [TestCleanup]
    public void RemoveContext() => Directory.Delete(_context, recursive: true);

    [TestMethod]
    public void ASourceFileMapsToTheContext()
    {
        MsBuildError error = Map("/src/app/Program.cs(3,15): error CS1002: ; expected [/src/app/App.csproj]");

        Assert.AreEqual(Path.Combine(_context, "app", "Program.cs"), error.Origin);
        Assert.AreEqual(3, error.Line);
        Assert.AreEqual(15, error.Column);
        Assert.AreEqual("; expected", error.Message);
        Assert.IsNull(error.Project);
    }

    /// <summary>A file of the SDK, or one the build generated, is not on the host: the error goes to its project.</summary>
    [TestMethod]
    [DataRow("/usr/share/dotnet/sdk/10.0.100/Sdks/Microsoft.NET.Sdk/targets/X.targets(166,5): error NETSDK1045: Too new. [/src/app/App.csproj]", "/usr/share/dotnet/sdk/10.0.100/Sdks/Microsoft.NET.Sdk/targets/X.targets(166,5)")]
    [DataRow("/src/app/obj/Release/net10.0/App.AssemblyInfo.cs(1,1): error CS0001: Generated. [/src/app/App.csproj]", "/src/app/obj/Release/net10.0/App.AssemblyInfo.cs(1,1)")]
    [DataRow("/src/../etc/app/Program.cs(1,1): error CS0001: Escapes. [/src/app/App.csproj]", "/src/../etc/app/Program.cs(1,1)")]
    public void AFileNotInTheContextPointsAtTheProjectAndKeepsItsPlaceInTheMessage(string line, string containerLocation)
    {
        MsBuildError error = Map(line);

        Assert.AreEqual(Path.Combine(_context, "app", "App.csproj"), error.Origin);
        Assert.AreEqual(0, error.Line);
        Assert.EndsWith($"(at {containerLocation} in the build container)", error.Message);
    }

    [TestMethod]
    public void AToolErrorWithoutAProjectPointsAtTheFailingDockerfileLine()
    {
        MsBuildError error = Map("MSBUILD : error MSB1009: Project file does not exist.");

        Assert.AreEqual("/p/Dockerfile", error.Origin);
        Assert.AreEqual(9, error.Line);
        Assert.AreEqual("Project file does not exist.", error.Message);
    }

    private MsBuildError Map(string line) => BuildStagePaths.ToHost(MsBuildError.Parse(line)!, _context, "/p/Dockerfile", 9);
}
