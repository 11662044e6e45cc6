using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning;
using Containerize.Sdk.RestoreInputs;
using Containerize.Sdk.Tests.Planning;

namespace Containerize.Sdk.Tests.Planning;

/// <summary>What the private-feed secrets and a multi-targeting publish change in the generated Dockerfile.</summary>
[TestClass]
public sealed class RestoreSecretDockerfileTests
{
    private static string[] Lines(ContainerSpec spec) => DockerfileWriter.Write(DockerfilePlanner.Plan(spec)).Split('\n');

    private static ContainerSpec WithSecret()
    {
        return SpecExamples.WebAppWithBuildKit() with
        {
            RestoreInputs = new[] { "Directory.Build.props", "src/Web/Web.csproj" },
            RestoreSecrets = new[] { new KeyValuePair<string, string>("nuget-config-1", "NuGet.config") },
            RestoreSecretsDigest = "0123abcd",
        };
    }

    [TestMethod]
    public void TheRestoreRun_MountsTheConfig_AtItsPathInTheSourceFolder()
    {
        string restore = Lines(WithSecret()).Single(line => line.Contains("dotnet restore", StringComparison.Ordinal));

        StringAssert.Contains(restore, "--mount=type=secret,id=nuget-config-1,target=/src/NuGet.config ");
        StringAssert.Contains(restore, "--mount=type=cache,id=nuget,target=/root/.nuget/packages");
    }

    [TestMethod]
    public void OnlyTheRestoreRun_SeesTheSecret_AndTheConfigIsNeverCopied()
    {
        string[] lines = Lines(WithSecret());

        Assert.HasCount(1, lines.Where(line => line.Contains("type=secret", StringComparison.Ordinal)));
        Assert.IsFalse(lines.Any(line => line.StartsWith("COPY", StringComparison.Ordinal) && line.Contains("NuGet.config", StringComparison.Ordinal)), string.Join("\n", lines));
    }

    [TestMethod]
    public void TheDigestOfTheConfigs_IsInTheBuildStage_BeforeTheRestore()
    {
        string[] lines = Lines(WithSecret());
        int digest = Array.FindIndex(lines, line => line.StartsWith("ENV", StringComparison.Ordinal) && line.Contains(RestoreSecretInstructions.DigestVariable, StringComparison.Ordinal));
        int restore = Array.FindIndex(lines, line => line.Contains("dotnet restore", StringComparison.Ordinal));
        int final = Array.FindIndex(lines, line => line.StartsWith("FROM", StringComparison.Ordinal) && line.Contains(" AS final", StringComparison.Ordinal));

        Assert.IsGreaterThanOrEqualTo(0, digest, string.Join("\n", lines));
        Assert.IsLessThan(restore, digest);
        Assert.IsLessThan(final, restore);
        StringAssert.Contains(lines[digest], "sha256:0123abcd");
    }

    [TestMethod]
    public void ACredentialVariable_IsMountedAndSetForTheRestoreCommandOnly()
    {
        ContainerSpec spec = WithSecret() with { RestoreSecretEnvironment = new[] { new KeyValuePair<string, string>("nuget-env-FEED_TOKEN", "FEED_TOKEN") } };
        string[] lines = Lines(spec);

        string restore = lines.Single(line => line.Contains("dotnet restore", StringComparison.Ordinal));
        StringAssert.Contains(restore, "--mount=type=secret,id=nuget-env-FEED_TOKEN,target=/run/secrets/nuget-env-FEED_TOKEN ");
        StringAssert.Contains(restore, " FEED_TOKEN=\"$(cat /run/secrets/nuget-env-FEED_TOKEN)\" dotnet restore ");
        Assert.HasCount(1, lines.Where(line => line.Contains("FEED_TOKEN", StringComparison.Ordinal)), string.Join("\n", lines));
    }

    [TestMethod]
    public void AVariableNameThatIsNotAShellName_IsRefused()
    {
        ContainerSpec spec = WithSecret() with { RestoreSecretEnvironment = new[] { new KeyValuePair<string, string>("nuget-env-x", "A;rm -rf /") } };

        Assert.ThrowsExactly<ArgumentException>(() => Lines(spec));
    }

    [TestMethod]
    public void WithoutSecrets_TheBuildStageHasNoSecretMountAndNoDigest()
    {
        string[] lines = Lines(SpecExamples.WebAppWithBuildKit());

        Assert.IsFalse(lines.Any(line => line.Contains("type=secret", StringComparison.Ordinal) || line.Contains(RestoreSecretInstructions.DigestVariable, StringComparison.Ordinal)));
    }

    [TestMethod]
    public void MultiTargetingProject_PublishesItsOneFramework_AndRestoresThemAll()
    {
        ContainerSpec spec = SpecExamples.WebAppWithBuildKit() with { PublishTargetFramework = "net10.0" };
        string[] lines = Lines(spec);

        StringAssert.Contains(lines.Single(line => line.Contains("dotnet publish", StringComparison.Ordinal)), " -f net10.0 ");
        Assert.DoesNotContain("-f", lines.Single(line => line.Contains("dotnet restore", StringComparison.Ordinal)).Split(' '));
    }
}
