using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Tests.Diagnostics;

[TestClass]
public sealed class RegistryErrorsTests
{
    [TestMethod]
    public void EachErrorHasItsCode()
    {
        string[] platforms = { "linux/amd64", "linux/arm64" };
        var diagnostics = new Dictionary<string, ContainerizeDiagnostic>
        {
            ["CTZ4001"] = Errors.PushFailed("r/app:1", "/usr/bin/docker", "denied", new[] { "a" }),
            ["CTZ4002"] = Errors.MultiPlatformNeedsBuildKit("/usr/bin/docker", platforms),
            ["CTZ4003"] = Errors.MultiPlatformNeedsPush(platforms),
            ["CTZ4004"] = Errors.MultiPlatformArchive(platforms),
            ["CTZ4005"] = Errors.UnknownRuntimeIdentifier("win-x64"),
            ["CTZ4006"] = Errors.MixedLibc(new[] { "linux-musl-x64", "linux-x64" }),
            ["CTZ4007"] = Errors.DigestUnknown("r/app:1", "no line"),
            ["CTZ4008"] = Errors.PushTimedOut("r/app:1", 5, new[] { "a" }),
            ["CTZ4012"] = Errors.PlatformBaseUnknown("r/base:1", platforms, "it has no image for linux/arm64"),
            ["CTZ3011"] = Errors.CacheToNeedsBuildx(BuilderWithoutBuildx.DockerLegacyBuilder, "/usr/local/bin/docker"),
            ["CTZ3012"] = Errors.BuildxBuilderNeedsBuildx(BuilderWithoutBuildx.DockerBuiltInBuildKit, "/usr/bin/docker", "remote"),
            ["CTZ3013"] = Errors.ArchiveFailed("/out/app.tar", "exit code 1", new[] { "a" }),
        };

        foreach (KeyValuePair<string, ContainerizeDiagnostic> pair in diagnostics)
        {
            Assert.AreEqual(pair.Key, pair.Value.Code);
            Assert.AreEqual(pair.Key == "CTZ4007", pair.Value.IsWarning, pair.Key);
        }
    }

    [TestMethod]
    [DataRow("registry.example.com/team/app:1", "registry.example.com")]
    [DataRow("127.0.0.1:5000/app:1", "127.0.0.1:5000")]
    [DataRow("localhost/app:1", "localhost")]
    [DataRow("team/app:1", "docker.io")]
    [DataRow("app:1", "docker.io")]
    public void TheRegistryIsTheFirstPartWhenItIsAHost(string reference, string registry)
    {
        Assert.AreEqual(registry, Errors.RegistryOf(reference));
    }

    [TestMethod]
    public void PushFailuresHintAtTheCause()
    {
        Assert.Contains("'podman login quay.io'", Errors.PushFailed("quay.io/a/b:1", "/usr/bin/podman", "Error: denied: requested access to the resource is denied", new string[0]).Message);
        Assert.Contains("insecure registry", Errors.PushFailed("10.0.0.5:5000/b:1", "docker", "http: server gave HTTP response to HTTPS client", new string[0]).Message);
        Assert.Contains("cannot be reached", Errors.PushFailed("nohost.example:5000/b:1", "C:\\Docker\\docker.exe", "dial tcp: lookup nohost.example: no such host", new string[0]).Message);
        Assert.Contains("'docker login nohost.example:5000'", Errors.PushFailed("nohost.example:5000/b:1", "C:\\Docker\\docker.exe", "something else", new string[0]).Message);
    }

    [TestMethod]
    public void PushFailuresNeverAskForCredentialsInTheProject()
    {
        string message = Errors.PushFailed("r.example.com/app:1", "docker", "unauthorized", new string[0]).Message;

        Assert.Contains("never takes credentials from the project", message);
    }

    [TestMethod]
    public void HostileOutputStaysOnOneLinePerOutputLine()
    {
        string message = Errors.PushFailed("r.example.com/app:1", "docker", "bad\nerror CTZ0000: forged", new[] { "x\r\nerror CTZ0000: forged" }).Message;

        Assert.IsFalse(message.Split(Environment.NewLine).Any(line => line.StartsWith("error CTZ0000", StringComparison.Ordinal)), message);
    }
}
