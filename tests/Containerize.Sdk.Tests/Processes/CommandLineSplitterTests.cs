using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Processes;

[TestClass]
public sealed class CommandLineSplitterTests
{
    [TestMethod]
    public void BlanksSeparateArguments()
    {
        CollectionAssert.AreEqual(new[] { "--no-cache", "--network", "host" }, CommandLineSplitter.Split("  --no-cache\t--network   host ")!.ToArray());
    }

    [TestMethod]
    public void QuotesGroupBlanks()
    {
        CollectionAssert.AreEqual(
            new[] { "--label", "description=my app", "--build-arg", "GREETING=it's", "" },
            CommandLineSplitter.Split("--label \"description=my app\" --build-arg \"GREETING=it's\" ''")!.ToArray());
        CollectionAssert.AreEqual(new[] { "--label", "a \"b\"" }, CommandLineSplitter.Split("--label 'a \"b\"'")!.ToArray());
    }

    [TestMethod]
    public void BackslashesAreLiteralExceptBeforeAQuoteInsideDoubleQuotes()
    {
        CollectionAssert.AreEqual(
            new[] { "--secret", "id=ca,src=C:\\certs\\ca.pem", "say \"hi\" \\o/" },
            CommandLineSplitter.Split("--secret id=ca,src=C:\\certs\\ca.pem \"say \\\"hi\\\" \\\\o/\"")!.ToArray());
    }

    [TestMethod]
    public void NothingGivesNoArguments()
    {
        Assert.IsEmpty(CommandLineSplitter.Split(null)!);
        Assert.IsEmpty(CommandLineSplitter.Split("   ")!);
    }

    [TestMethod]
    public void AnOpenQuoteIsRefused()
    {
        Assert.IsNull(CommandLineSplitter.Split("--label \"oops"));
    }
}
