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
    public void OurGeneratedFileAdmitsTheHostOutputFolder_AndNothingElseUnderObj()
    {
        const string host = "src/Web/obj/Release/net10.0/containerize/host";
        DockerignorePatterns patterns = DockerignorePatterns.Parse(Dockerignore.Text(null, new string[0], host));

        Assert.IsFalse(patterns.IsIgnored(host + "/publish/Web.dll"));
        Assert.IsFalse(patterns.IsIgnored(host + "/publish/appsettings.json"));
        Assert.IsFalse(patterns.IsIgnored(host + "/publish/certs/dev.pem"), "a published file is the host publish's output: the host stage keeps it");
        Assert.IsTrue(patterns.IsIgnored("src/Web/obj/project.assets.json"), "the host's restore output never reaches the build stage");
        Assert.IsTrue(patterns.IsIgnored("src/Web/obj/Release/net10.0/Web.dll"));
        Assert.IsTrue(patterns.IsIgnored("src/Web/obj/Release/net10.0/containerize/Dockerfile"));
        Assert.IsTrue(patterns.IsIgnored("src/Web/bin/Release/net10.0/publish/Web.dll"));
    }

    [TestMethod]
    public void TheClosureOnlyFile_StillAdmitsTheHostOutputFolder_AndKeepsOutWhatIsNotTheClosure()
    {
        const string host = "src/Web/obj/Release/net10.0/containerize/host";
        DockerignorePatterns patterns = DockerignorePatterns.Parse(
            Dockerignore.Text(new[] { "src/Web", "Directory.Build.props" }, new[] { "src/Web/NuGet.config" }, host));

        Assert.IsFalse(patterns.IsIgnored(host + "/publish/Web.dll"), "the host stage's folder is admitted after the exclusions");
        Assert.IsFalse(patterns.IsIgnored("src/Web/Program.cs"));
        Assert.IsFalse(patterns.IsIgnored("Directory.Build.props"));
        Assert.IsTrue(patterns.IsIgnored("docs-site/index.html"), "a folder outside the closure stays out");
        Assert.IsTrue(patterns.IsIgnored("src/Web/obj/project.assets.json"));
        Assert.IsTrue(patterns.IsIgnored("src/Web/NuGet.config"), "a credential-bearing config stays out");
    }

    [TestMethod]
    public void TheHostOutputFolder_IsAdmittedLevelByLevel_FromTheIgnoredObjFolderDown()
    {
        string text = Dockerignore.Text(null, new string[0], "src/Web/obj/Release/net10.0/containerize/host");

        StringAssert.EndsWith(
            text,
            "src/Web/obj/*\n!src/Web/obj/Release\nsrc/Web/obj/Release/*\n!src/Web/obj/Release/net10.0\n"
            + "src/Web/obj/Release/net10.0/*\n!src/Web/obj/Release/net10.0/containerize\n"
            + "src/Web/obj/Release/net10.0/containerize/*\n!src/Web/obj/Release/net10.0/containerize/host\n");
        StringAssert.EndsWith(Dockerignore.Text(null, new string[0], "out/host"), "\n!out/host\n", "a folder under nothing ignored needs one line");
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
