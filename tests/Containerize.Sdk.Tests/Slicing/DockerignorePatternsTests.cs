using Containerize.Sdk.Files;
using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Tests.Slicing;

[TestClass]
public sealed class DockerignorePatternsTests
{
    [TestMethod]
    public void OurGeneratedFileLeavesOutBuildOutputAtAnyDepth()
    {
        DockerignorePatterns patterns = DockerignorePatterns.Parse(Dockerignore.Text());

        Assert.IsTrue(patterns.IsIgnored("obj"));
        Assert.IsTrue(patterns.IsIgnored("src/Web/obj/project.assets.json"));
        Assert.IsTrue(patterns.IsIgnored("bin/Release/net10.0/Web.dll"));
        Assert.IsTrue(patterns.IsIgnored(".git/HEAD"));
        Assert.IsTrue(patterns.IsIgnored("src/Web/Dockerfile"));
        Assert.IsFalse(patterns.IsIgnored("src/Web/Program.cs"));
        Assert.IsFalse(patterns.IsIgnored("src/objects/Thing.cs"), "obj matches a whole segment, not a prefix");
        Assert.IsFalse(patterns.MayAdmitInside("src/Web/obj"));
    }

    [TestMethod]
    public void SingleStarsStayInOneSegmentAndRootPatternsAreAnchored()
    {
        DockerignorePatterns patterns = DockerignorePatterns.Parse("# comment\n/docs/*.md\ntmp?\n  \n");

        Assert.IsTrue(patterns.IsIgnored("docs/readme.md"));
        Assert.IsFalse(patterns.IsIgnored("docs/sub/readme.md"));
        Assert.IsFalse(patterns.IsIgnored("src/docs/readme.md"));
        Assert.IsTrue(patterns.IsIgnored("tmp1/file"));
        Assert.IsFalse(patterns.IsIgnored("tmp12"));
        Assert.IsFalse(patterns.IsIgnored("# comment"));
    }

    [TestMethod]
    public void TheLastMatchingPatternDecidesAndExceptionsBringFilesBack()
    {
        DockerignorePatterns patterns = DockerignorePatterns.Parse("*.md\n!README.md\ndocs\n");

        Assert.IsTrue(patterns.IsIgnored("CHANGES.md"));
        Assert.IsFalse(patterns.IsIgnored("README.md"));
        Assert.IsTrue(patterns.IsIgnored("docs/README.md"), "a later pattern ignores it again");
        Assert.IsFalse(patterns.MayAdmitInside("docs"), "'!README.md' matches only at the top, nothing inside docs");
    }

    [TestMethod]
    [DataRow("*\n!src/App\n", "src", true)]
    [DataRow("*\n!src/App\n", "src/App", false)]
    [DataRow("*\n!src/App\n", "tools", false)]
    [DataRow("*\n!src/App\n**/obj\n", "src/App/obj", false)]
    [DataRow("*\n!src/*/Program.cs\n", "src/Other", true)]
    [DataRow("*\n!**/keep.txt\n", "anything/at/all", true)]
    [DataRow("**/obj\n", "src/obj", false)]
    public void OnlyADeeperExceptionMakesAnIgnoredFolderWorthWalking(string text, string folder, bool walk)
    {
        DockerignorePatterns patterns = DockerignorePatterns.Parse(text);

        Assert.AreEqual(walk, patterns.MayAdmitInside(folder), text + " / " + folder);
    }

    [TestMethod]
    [DataRow("NuGet.config", "NuGet.config", true)]
    [DataRow("/NuGet.config", "NuGet.config", true)]
    [DataRow("NuGet.config", "src/NuGet.config", false)]
    [DataRow("**/NuGet.config", "src/NuGet.config", true)]
    [DataRow("**/NuGet.config", "NuGet.config", true)]
    [DataRow("**/[Nn]u[Gg]et.[Cc]onfig", "src/nuget.config", true)]
    [DataRow("src", "src/NuGet.config", true)]
    [DataRow("src/*.config", "src/NuGet.config", true)]
    [DataRow("src/*.config", "src/App/NuGet.config", false)]
    [DataRow("*", "NuGet.config", true)]
    [DataRow("**/bin", "src/NuGet.config", false)]
    public void OneLineAsTheRestoreSecretPlanReadsAUsersFile(string line, string path, bool excluded)
    {
        Assert.AreEqual(excluded, DockerignorePatterns.Parse(line).IsIgnored(path));
    }

    [TestMethod]
    public void TheLastMatchingLineWins_AndCommentsAreIgnored()
    {
        var matcher = DockerignorePatterns.Parse("# everything config\n**/*.config\n!src/NuGet.config\n");

        Assert.IsTrue(matcher.IsIgnored("NuGet.config"));
        Assert.IsFalse(matcher.IsIgnored("src/NuGet.config"));
    }
}
