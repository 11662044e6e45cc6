using Containerize.Sdk.RestoreInputs;

namespace Containerize.Sdk.Tests.RestoreInputs;

[TestClass]
public sealed class EnvironmentCredentialsTests
{
    private const string Config = """
        <configuration>
          <packageSources>
            <add key="private" value="https://pkgs.example.com/%NOT_A_CREDENTIAL%/index.json" />
          </packageSources>
          <packageSourceCredentials>
            <private>
              <add key="Username" value="%FEED_USER%" />
              <add key="ClearTextPassword" value="%FEED_TOKEN%" />
              <add key="ValidAuthenticationTypes" value="%UNSET_VARIABLE%" />
            </private>
          </packageSourceCredentials>
        </configuration>
        """;

    [TestMethod]
    public void VariablesNamedInCredentials_AndNuGetsOwnVariables_ThatAreSet_AreFound_Sorted()
    {
        using var repository = new FixtureRepository();
        string config = repository.Write("NuGet.config", Config);
        var environment = new Dictionary<string, string>
        {
            ["FEED_TOKEN"] = "t",
            ["FEED_USER"] = "u",
            ["NOT_A_CREDENTIAL"] = "x",
            ["NuGetPackageSourceCredentials_private"] = "Username=u;Password=p",
            ["NuGetPackageSourceCredentials_empty"] = "",
            ["PATH"] = "/usr/bin",
        };

        IReadOnlyList<string> found = EnvironmentCredentials.Find(new[] { config }, environment);

        CollectionAssert.AreEqual(new[] { "FEED_TOKEN", "FEED_USER", "NuGetPackageSourceCredentials_private" }, found.ToArray());
    }

    [TestMethod]
    public void NoCredentialConfigsAndNoNuGetVariables_NothingIsFound()
    {
        Assert.IsEmpty(EnvironmentCredentials.Find(new string[0], new Dictionary<string, string> { ["FEED_TOKEN"] = "t" }));
    }

    [TestMethod]
    public void WithBuildKit_AVariableIsSetForTheRestore_FromItsSecret()
    {
        RestoreSecretPlan plan = RestoreSecretPlan.Create(new[] { RestoreSecret.FromEnvironment("FEED_TOKEN") }, "/repo", null, null);

        Assert.IsEmpty(plan.Diagnostics);
        CollectionAssert.AreEqual(new[] { new KeyValuePair<string, string>("nuget-env-FEED_TOKEN", "FEED_TOKEN") }, plan.Environment.ToArray());
        Assert.IsEmpty(plan.Mounts);
        Assert.IsEmpty(plan.DockerignorePatterns);
    }

    [TestMethod]
    public void CTZ2014_WithoutBuildKit_AVariableIsNotPassed_AndThatIsAWarning()
    {
        RestoreSecretPlan plan = RestoreSecretPlan.Create(new[] { RestoreSecret.FromEnvironment("FEED_TOKEN") }, "/repo", "the legacy docker builder", null);

        Assert.AreEqual("CTZ2014", plan.Diagnostics.Single().Code);
        Assert.IsTrue(plan.Diagnostics.Single().IsWarning);
        Assert.IsFalse(plan.HasErrors);
        Assert.IsEmpty(plan.Environment);
    }
}
