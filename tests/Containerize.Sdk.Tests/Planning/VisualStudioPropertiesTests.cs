using System.Xml.Linq;
using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Planning;

[TestClass]
public sealed class VisualStudioPropertiesTests
{
    [TestMethod]
    public void APathHoldingMsBuildAndXmlCharactersIsWrittenSoMsBuildReadsItAsItIs()
    {
        string text = VisualStudioProperties.Text("/src/a$(X)b;c&d'e%f@g/Dockerfile", "/src", "web");

        XElement path = XElement.Parse(text).Descendants("DockerfilePath").Single();
        Assert.AreEqual("/src/a%24(X)b%3Bc&d%27e%25f%40g/Dockerfile", path.Value);
        Assert.AreEqual("'$(DockerfilePath)' == ''", (string?)path.Attribute("Condition"));
        StringAssert.StartsWith(text, VisualStudioProperties.GeneratedMarker);
        Assert.AreEqual(text, VisualStudioProperties.Text("/src/a$(X)b;c&d'e%f@g/Dockerfile", "/src", "web"), "the same inputs give the same bytes");
    }
}
