using Containerize.Sdk.Dockerfiles;

namespace Containerize.Sdk.Tests.Dockerfiles;

[TestClass]
public sealed class DockerfileEscapingTests
{
    [TestMethod]
    public void QuotedValueEscapesEverythingTheEngineWouldInterpret()
    {
        Assert.AreEqual("\"a\\\"b\\$HOME\\\\c d\"", DockerfileEscaping.QuotedValue("a\"b$HOME\\c d", "ENV value"));
    }

    [TestMethod]
    public void QuotedValueRefusesLineBreaks()
    {
        Assert.ThrowsExactly<ArgumentException>(() => DockerfileEscaping.QuotedValue("a\nRUN rm -rf /", "ENV value"));
    }

    [TestMethod]
    public void ShellWordQuotesAnythingButPlainWords()
    {
        Assert.AreEqual("dotnet", DockerfileEscaping.ShellWord("dotnet"));
        Assert.AreEqual("'a b'", DockerfileEscaping.ShellWord("a b"));
        Assert.AreEqual("'it'\\''s; rm -rf /'", DockerfileEscaping.ShellWord("it's; rm -rf /"));
        Assert.AreEqual("'$HOME'", DockerfileEscaping.ShellWord("$HOME"));
    }

    [TestMethod]
    public void JsonArrayEscapesQuotesBackslashesAndControlCharacters()
    {
        Assert.AreEqual("[\"a\\\"b\", \"c\\\\d\", \"e\\nf\", \"\\u0001\"]", DockerfileEscaping.JsonArray(new[] { "a\"b", "c\\d", "e\nf", "\u0001" }));
    }

    [TestMethod]
    public void CheckedPathRefusesCharactersTheEngineExpands()
    {
        foreach (string path in new[] { "a$b", "a\\b", "a\"b", "a'b", "a\nb" })
        {
            Assert.ThrowsExactly<ArgumentException>(() => DockerfileEscaping.CheckedPath(path, "COPY source"), path);
        }

        Assert.AreEqual("src/My App/x.csproj", DockerfileEscaping.CheckedPath("src/My App/x.csproj", "COPY source"));
    }
}
