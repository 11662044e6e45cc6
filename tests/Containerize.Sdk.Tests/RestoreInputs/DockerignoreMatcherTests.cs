using Containerize.Sdk.RestoreInputs;

namespace Containerize.Sdk.Tests.RestoreInputs;

[TestClass]
public sealed class DockerignoreMatcherTests
{
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
    public void OneLine(string line, string path, bool excluded)
    {
        Assert.AreEqual(excluded, new DockerignoreMatcher(new[] { line }).IsExcluded(path));
    }

    [TestMethod]
    public void TheLastMatchingLineWins_AndCommentsAreIgnored()
    {
        var matcher = new DockerignoreMatcher(new[] { "# everything config", "**/*.config", "!src/NuGet.config" });

        Assert.IsTrue(matcher.IsExcluded("NuGet.config"));
        Assert.IsFalse(matcher.IsExcluded("src/NuGet.config"));
    }
}
