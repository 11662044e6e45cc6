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

    [TestMethod]
    public void CheckedPathRefusesPatternCharactersBecauseCopyWouldGlobThem()
    {
        // COPY ["a[1].txt", …] copies a1.txt, not a[1].txt: seen with BuildKit 20.10.
        foreach (string path in new[] { "a[1].csproj", "src/*.csproj", "a?.props" })
        {
            Assert.ThrowsExactly<ArgumentException>(() => DockerfileEscaping.CheckedPath(path, "COPY source"), path);
        }

        Assert.AreEqual("src/My App (old)/x.csproj", DockerfileEscaping.CheckedPath("src/My App (old)/x.csproj", "COPY source"));
    }

    [TestMethod]
    public void VerbatimRefusesAnEqualsSignBecauseItWouldEndAnEnvName()
    {
        // ENV A=B="v" sets A to B=v: seen with BuildKit 20.10.
        Assert.ThrowsExactly<ArgumentException>(() => DockerfileEscaping.Verbatim("A=B", "ENV name"));
    }

    [TestMethod]
    public void VerbatimRefusesACommaBecauseItWouldAddAMountOption()
    {
        Assert.ThrowsExactly<ArgumentException>(() => DockerfileEscaping.Verbatim("nuget,readonly", "Cache id"));
    }

    [TestMethod]
    public void VerbatimRefusesALeadingDashBecauseTheEngineReadsItAsAnOption()
    {
        Assert.ThrowsExactly<ArgumentException>(() => DockerfileEscaping.Verbatim("--platform", "Base image"));
        Assert.AreEqual("a-b", DockerfileEscaping.Verbatim("a-b", "USER"));
    }

    [TestMethod]
    public void VerbatimRefusesAnEmptyValue()
    {
        Assert.ThrowsExactly<ArgumentException>(() => DockerfileEscaping.Verbatim("", "USER"));
    }

    [TestMethod]
    public void VerbatimKeepsImageReferencesAndUserVariablesOut()
    {
        Assert.AreEqual("mcr.microsoft.com/dotnet/aspnet:10.0@sha256:abc", DockerfileEscaping.Verbatim("mcr.microsoft.com/dotnet/aspnet:10.0@sha256:abc", "Base image"));
        Assert.ThrowsExactly<ArgumentException>(() => DockerfileEscaping.Verbatim("$APP_UID", "USER"));
        Assert.ThrowsExactly<ArgumentException>(() => DockerfileEscaping.Verbatim("app\nRUN evil", "USER"));
    }

    [TestMethod]
    public void ShellWordQuotesWordsThatWouldStartAHeredocOrAComment()
    {
        Assert.AreEqual("'<<EOF'", DockerfileEscaping.ShellWord("<<EOF"));
        Assert.AreEqual("'#x'", DockerfileEscaping.ShellWord("#x"));
        Assert.AreEqual("''", DockerfileEscaping.ShellWord(""));
        Assert.AreEqual("'trailing\\'", DockerfileEscaping.ShellWord("trailing\\"));
    }

    [TestMethod]
    public void JsonStringEscapesUnicodeLineSeparators()
    {
        Assert.AreEqual("\"a\\u2028b\\u2029\"", DockerfileEscaping.JsonString("a\u2028b\u2029"));
    }
}
