using System.Diagnostics;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Processes;

[TestClass]
public sealed class ArgumentQuoterTests
{
    [TestMethod]
    public void PlainArgumentsStayAsTheyAre()
    {
        Assert.AreEqual("build --tag app:1 C:\\src\\ --build-arg=A=$B", ArgumentQuoter.Join(new[] { "build", "--tag", "app:1", "C:\\src\\", "--build-arg=A=$B" }));
    }

    [TestMethod]
    public void BlanksEmptyArgumentsAndQuotesAreQuoted()
    {
        Assert.AreEqual("\"a b\"", ArgumentQuoter.Quote("a b"));
        Assert.AreEqual("\"\"", ArgumentQuoter.Quote(""));
        Assert.AreEqual("\"say \\\"hi\\\"\"", ArgumentQuoter.Quote("say \"hi\""));
        Assert.AreEqual("\"tab\there\"", ArgumentQuoter.Quote("tab\there"));
    }

    [TestMethod]
    public void BackslashesDoubleOnlyBeforeAQuote()
    {
        // Trailing backslashes inside quotes would escape the closing quote unless doubled.
        Assert.AreEqual("\"C:\\my dir\\\\\"", ArgumentQuoter.Quote("C:\\my dir\\"));

        // Backslashes before a literal quote: doubled, plus one for the quote.
        Assert.AreEqual("\"a\\\\\\\"b c\"", ArgumentQuoter.Quote("a\\\"b c"));

        // Backslashes elsewhere are literal.
        Assert.AreEqual("\"a\\\\b c\"", ArgumentQuoter.Quote("a\\\\b c"));
    }

    /// <summary>The real test: a child process must receive every argument exactly as given.</summary>
    [TestMethod]
    [OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
    public void AChildProcessReceivesEachArgumentUnchanged()
    {
        string[] arguments =
        {
            "plain", "two words", "", " ", "quote\"inside", "\"quoted\"", "trailing\\", "back\\\\slashes\\\" and quote",
            "tab\tand\nnewline", "dir with space\\", "$HOME `x` 'single'", "ünïcødé", "a=b,c=d", "ends with space ",
        };
        var startInfo = new ProcessStartInfo("/bin/sh", ArgumentQuoter.Join(new[] { "-c", "for a in \"$@\"; do printf '[%s]' \"$a\"; done", "sh" }.Concat(arguments)))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        using Process process = Process.Start(startInfo)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.AreEqual(string.Concat(arguments.Select(a => "[" + a + "]")), output);
    }
}
