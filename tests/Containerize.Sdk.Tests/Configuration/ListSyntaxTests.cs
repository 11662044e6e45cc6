using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Tests.Configuration;

[TestClass]
public sealed class ListSyntaxTests
{
    [TestMethod]
    [DataRow("a;b", new[] { "a", "b" })]
    [DataRow("a;;b", new[] { "a;b" })]
    [DataRow("a;;;b", new[] { "a;", "b" })]
    [DataRow(" a ; b ;", new[] { "a", "b" })]
    [DataRow(";;", new[] { ";" })]
    [DataRow("\n  a;\n  b\n", new[] { "a", "b" })]
    [DataRow("", new string[0])]
    public void SemicolonListSplitsAndUnescapes(string value, string[] expected)
    {
        CollectionAssert.AreEqual(expected, SemicolonList.Split(value).ToArray());
    }

    [TestMethod]
    [DataRow("30s", 30_000_000_000.0)]
    [DataRow("1m30s", 90_000_000_000.0)]
    [DataRow("500ms", 500_000_000.0)]
    [DataRow("1.5h", 5_400_000_000_000.0)]
    [DataRow(".5s", 500_000_000.0)]
    [DataRow("2us", 2_000.0)]
    [DataRow("2µs", 2_000.0)]
    [DataRow("1h2m3s4ms5us6ns", 3_723_004_005_006.0)]
    [DataRow("0", 0.0)]
    public void GoDurationReadsGoSyntax(string text, double nanoseconds)
    {
        Assert.AreEqual((decimal)nanoseconds, GoDuration.Nanoseconds(text));
    }

    [TestMethod]
    [DataRow("30")]
    [DataRow("s")]
    [DataRow("1m 30s")]
    [DataRow("+1s")]
    [DataRow("1S")]
    [DataRow("1.2.3s")]
    [DataRow("")]
    public void GoDurationRefusesOtherText(string text)
    {
        Assert.IsNull(GoDuration.Nanoseconds(text));
    }
}
