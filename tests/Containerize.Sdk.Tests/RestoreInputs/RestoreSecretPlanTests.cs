using Containerize.Sdk.Files;
using Containerize.Sdk.RestoreInputs;

namespace Containerize.Sdk.Tests.RestoreInputs;

[TestClass]
public sealed class RestoreSecretPlanTests
{
    private static RestoreSecret Secret(FixtureRepository repository, string relative, int index = 0) =>
        new(repository.PathOf(relative), RestoreSecretIds.ForConfig(index), "digest" + index);

    [TestMethod]
    public void WithBuildKit_EachConfigIsMountedAtItsOwnPath_AndLeftOutOfTheContext()
    {
        using var repository = new FixtureRepository();

        RestoreSecretPlan plan = RestoreSecretPlan.Create(
            new[] { Secret(repository, "src/nuget.config", 1), Secret(repository, "NuGet.config", 0) },
            repository.Root,
            builderWithoutBuildKit: null,
            userDockerignore: null);

        Assert.IsEmpty(plan.Diagnostics);
        CollectionAssert.AreEqual(
            new[] { new KeyValuePair<string, string>("nuget-config-1", "NuGet.config"), new KeyValuePair<string, string>("nuget-config-2", "src/nuget.config") },
            plan.Mounts.ToArray());
        CollectionAssert.AreEqual(new[] { "/NuGet.config", "/src/nuget.config" }, plan.DockerignorePatterns.ToArray());
        Assert.IsNotNull(plan.Digest);
    }

    [TestMethod]
    public void NoSecrets_NoMountsNoDigest()
    {
        RestoreSecretPlan plan = RestoreSecretPlan.Create(new RestoreSecret[0], "/repo", null, null);

        Assert.IsEmpty(plan.Mounts);
        Assert.IsNull(plan.Digest);
        Assert.IsEmpty(plan.DockerignorePatterns);
    }

    [TestMethod]
    public void CTZ2010_WithoutBuildKit_Refuses()
    {
        using var repository = new FixtureRepository();

        RestoreSecretPlan plan = RestoreSecretPlan.Create(new[] { Secret(repository, "NuGet.config") }, repository.Root, "the legacy docker builder", null);

        Assert.IsTrue(plan.HasErrors);
        Assert.AreEqual("CTZ2010", plan.Diagnostics.Single().Code);
        StringAssert.Contains(plan.Diagnostics.Single().Message, "the legacy docker builder");
        Assert.IsEmpty(plan.Mounts);
    }

    [TestMethod]
    public void CTZ2011_ConfigAboveTheContext_Refuses()
    {
        using var repository = new FixtureRepository();

        RestoreSecretPlan plan = RestoreSecretPlan.Create(new[] { Secret(repository, "NuGet.config") }, repository.Folder("src"), null, null);

        Assert.AreEqual("CTZ2011", plan.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void CTZ2012_AUsersDockerignoreThatKeepsTheConfig_Refuses()
    {
        using var repository = new FixtureRepository();
        string dockerignore = repository.Write("Dockerfile.dockerignore", "**/bin\n**/obj\n");

        RestoreSecretPlan plan = RestoreSecretPlan.Create(new[] { Secret(repository, "NuGet.config") }, repository.Root, null, dockerignore);

        Assert.AreEqual("CTZ2012", plan.Diagnostics.Single().Code);
        StringAssert.Contains(plan.Diagnostics.Single().Message, "/NuGet.config");
    }

    [TestMethod]
    public void AUsersDockerignoreThatLeavesTheConfigOut_IsAccepted()
    {
        using var repository = new FixtureRepository();
        string dockerignore = repository.Write("Dockerfile.dockerignore", "**/bin\n**/[Nn]u[Gg]et.[Cc]onfig\n");

        RestoreSecretPlan plan = RestoreSecretPlan.Create(new[] { Secret(repository, "NuGet.config") }, repository.Root, null, dockerignore);

        Assert.IsEmpty(plan.Diagnostics);
    }

    [TestMethod]
    public void Digest_ChangesWithAConfigsDigest()
    {
        using var repository = new FixtureRepository();
        string path = repository.PathOf("NuGet.config");

        string? first = RestoreSecretPlan.Create(new[] { new RestoreSecret(path, "nuget-config-1", "aaa") }, repository.Root, null, null).Digest;
        string? same = RestoreSecretPlan.Create(new[] { new RestoreSecret(path, "nuget-config-1", "aaa") }, repository.Root, null, null).Digest;
        string? changed = RestoreSecretPlan.Create(new[] { new RestoreSecret(path, "nuget-config-1", "bbb") }, repository.Root, null, null).Digest;

        Assert.AreEqual(first, same);
        Assert.AreNotEqual(first, changed);
    }

    [TestMethod]
    public void GeneratedDockerignore_LeavesOutTheCredentialFiles_AfterTheStandardPatterns()
    {
        string text = Dockerignore.Text(new[] { "src" }, new[] { "/NuGet.config", "/src/nuget.config" });
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.AreEqual("/src/nuget.config", lines[^1]);
        Assert.AreEqual("/NuGet.config", lines[^2]);
        Assert.IsTrue(Containerize.Sdk.Slicing.DockerignorePatterns.Parse(text).IsIgnored("src/nuget.config"));
        Assert.IsFalse(Containerize.Sdk.Slicing.DockerignorePatterns.Parse(Dockerignore.Text()).IsIgnored("NuGet.config"));
    }
}
