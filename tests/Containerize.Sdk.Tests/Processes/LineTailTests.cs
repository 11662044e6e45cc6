using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Processes;

[TestClass]
public sealed class LineTailTests
{
    [TestMethod]
    public void LineTailKeepsTheNewestLines()
    {
        var tail = new LineTail(2);
        tail.Add("a");
        tail.Add("b");
        tail.Add("c");

        CollectionAssert.AreEqual(new[] { "b", "c" }, tail.Lines().ToArray());
    }
}
