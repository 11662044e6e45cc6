using Containerize.Sdk.RestoreInputs;

namespace Containerize.Sdk.Tests.RestoreInputs;

[TestClass]
public sealed class NuGetConfigCredentialsTests
{
    private static string Config(string sources, string credentials = "") =>
        $"<configuration><packageSources>{sources}</packageSources>{credentials}</configuration>";

    private const string Source = "<add key=\"private\" value=\"https://pkgs.example.com/index.json\" />";

    private static string Credentials(string password) =>
        $"<packageSourceCredentials><private><add key=\"Username\" value=\"ci\" /><add key=\"ClearTextPassword\" value=\"{password}\" /></private></packageSourceCredentials>";

    [TestMethod]
    public void PackageSourceCredentials_OrApiKeys_AreCredentials()
    {
        using var repository = new FixtureRepository();

        Assert.IsTrue(NuGetConfigCredentials.HasCredentials(repository.Write("a/NuGet.config", Config(Source, Credentials("x")))));
        Assert.IsTrue(NuGetConfigCredentials.HasCredentials(repository.Write("b/NuGet.config", Config(Source, "<apikeys><add key=\"https://pkgs.example.com\" value=\"encrypted\" /></apikeys>"))));
        Assert.IsFalse(NuGetConfigCredentials.HasCredentials(repository.Write("c/NuGet.config", Config(Source))));
        Assert.IsFalse(NuGetConfigCredentials.HasCredentials(repository.Write("d/NuGet.config", Config(Source, "<packageSourceCredentials />"))));
    }

    [TestMethod]
    public void UnreadableConfig_ThatMentionsCredentials_IsTreatedAsHoldingThem()
    {
        using var repository = new FixtureRepository();

        Assert.IsTrue(NuGetConfigCredentials.HasCredentials(repository.Write("NuGet.config", "<configuration><packageSourceCredentials><broken")));
    }

    [TestMethod]
    public void Digest_IgnoresTheCredentials_ButNotTheSources()
    {
        using var repository = new FixtureRepository();
        string first = NuGetConfigCredentials.DigestWithoutCredentials(repository.Write("a/NuGet.config", Config(Source, Credentials("first"))));
        string rotated = NuGetConfigCredentials.DigestWithoutCredentials(repository.Write("b/NuGet.config", Config(Source, Credentials("rotated"))));
        string moreSources = NuGetConfigCredentials.DigestWithoutCredentials(repository.Write("c/NuGet.config", Config(Source + "<add key=\"other\" value=\"https://other.example.com/index.json\" />", Credentials("first"))));

        Assert.AreEqual(first, rotated);
        Assert.AreNotEqual(first, moreSources);
    }

    [TestMethod]
    public void ConfigScope_IsTheProjectFolderAndTheFoldersAboveIt()
    {
        Assert.IsTrue(NuGetConfigScope.AppliesFromProjectFolder("/repo/NuGet.config", "/repo/src/App"));
        Assert.IsTrue(NuGetConfigScope.AppliesFromProjectFolder("/repo/src/App/nuget.config", "/repo/src/App"));
        Assert.IsFalse(NuGetConfigScope.AppliesFromProjectFolder("/repo/src/Lib/NuGet.config", "/repo/src/App"));
        Assert.IsFalse(NuGetConfigScope.AppliesFromProjectFolder("/repo/src/App2/NuGet.config", "/repo/src/App"));
        Assert.IsFalse(NuGetConfigScope.AppliesFromProjectFolder("/root/.nuget/NuGet/NuGet.Config", "/repo/src/App"));
    }
}
