using System.Text;
using Containerize.Sdk.Images;

namespace Containerize.Sdk.Tests.Images;

/// <summary>The lock file ContainerizePinBaseImages reads, and base-images.json, which has its format.</summary>
[TestClass]
public sealed class BaseImageLockTests
{
    private const string DigestA = "sha256:0c949afa82333dba99fe88f97a81e5555a8395f8d5b6ce00f2f18a2eeaa6fb64";

    [TestMethod]
    public void TheTextIsSortedByReference_SoTheSameImagesGiveTheSameBytes()
    {
        var first = new Dictionary<string, string?> { ["z/sdk:1"] = null, ["a/base:1"] = DigestA };
        var second = new Dictionary<string, string?> { ["a/base:1"] = DigestA, ["z/sdk:1"] = null };

        string text = BaseImageLock.Text(first);

        Assert.AreEqual(text, BaseImageLock.Text(second));
        Assert.AreEqual("{\n  \"version\": 1,\n  \"baseImages\": {\n    \"a/base:1\": \"" + DigestA + "\",\n    \"z/sdk:1\": null\n  }\n}\n", text);
        CollectionAssert.AreEquivalent(first, BaseImageLock.Parse(Encoding.UTF8.GetBytes(text)).ToDictionary(entry => entry.Key, entry => entry.Value));
    }

    [TestMethod]
    public void AnEmptyLockIsValidJson()
    {
        Assert.IsEmpty(BaseImageLock.Parse(Encoding.UTF8.GetBytes(BaseImageLock.Text(new Dictionary<string, string?>()))));
    }

    [TestMethod]
    [DataRow("{\"version\": 2, \"baseImages\": {}}", "version", DisplayName = "a later version")]
    [DataRow("{\"baseImages\": {}}", "version", DisplayName = "no version")]
    [DataRow("{\"version\": 1}", "baseImages", DisplayName = "no images")]
    [DataRow("{\"version\": 1, \"baseImages\": {\"a:1\": \"sha256:abc\"}}", "a:1", DisplayName = "a short digest")]
    [DataRow("{\"version\": 1, \"baseImages\": {\"a:1\": \"md5:0c949afa82333dba99fe88f97a81e5555a8395f8d5b6ce00f2f18a2eeaa6fb64\"}}", "a:1", DisplayName = "another algorithm")]
    [DataRow("{\"version\": 1, ", "", DisplayName = "cut short")]
    public void ALockThatIsNotOneIsRefused(string json, string mentioned)
    {
        FormatException error = Assert.ThrowsExactly<FormatException>(() => BaseImageLock.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(mentioned, error.Message);
    }
}
