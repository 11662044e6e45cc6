namespace Containerize.Sdk.TargetsTests.RestoreInputs;

/// <summary>A NuGet.config with credentials through the targets: a secret for the restore, never a restore input.</summary>
[TestClass]
public sealed class PrivateFeedTargetTests
{
    private const string Credential = "targets-test-credential";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void ACredentialConfig_IsMountedForTheRestore_AndLeftOutOfTheContext()
    {
        using TestProject project = WithCredentialConfig();

        BuildOutcome outcome = Builder(project).RestoreAndBuild("GenerateDockerfile");

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        CollectionAssert.AreEqual(new[] { "src/NuGet.config" }, ClosureFixture.Relative(project, outcome.Items("ContainerizeRestoreSecret")));
        CollectionAssert.DoesNotContain(ClosureFixture.Relative(project, outcome.Items("ContainerizeRestoreInput")), "src/NuGet.config");

        string dockerfile = File.ReadAllText(project.DockerfilePath());
        string restore = project.DockerfileLines().Single(line => line.Contains("dotnet restore", StringComparison.Ordinal));
        StringAssert.Contains(restore, "--mount=type=secret,id=nuget-config-1,target=/src/src/NuGet.config");
        Assert.DoesNotContain(Credential, dockerfile);
        CollectionAssert.Contains(File.ReadAllLines(project.DockerfilePath() + ".dockerignore"), "/src/NuGet.config");
    }

    [TestMethod]
    public void ACredentialVariableTheConfigNames_IsPassedAsASecret_AndSetForTheRestoreOnly()
    {
        string variable = "CTZ_TARGETS_FEED_TOKEN_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        using TestProject project = WithCredentialConfig("%" + variable + "%");
        Environment.SetEnvironmentVariable(variable, Credential);
        try
        {
            BuildOutcome outcome = Builder(project).RestoreAndBuild("GenerateDockerfile");

            Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
            CollectionAssert.Contains(outcome.Items("ContainerizeRestoreSecret"), variable);
            string dockerfile = File.ReadAllText(project.DockerfilePath());
            string restore = project.DockerfileLines().Single(line => line.Contains("dotnet restore", StringComparison.Ordinal));
            StringAssert.Contains(restore, $"--mount=type=secret,id=nuget-env-{variable},target=/run/secrets/nuget-env-{variable} ");
            StringAssert.Contains(restore, $"{variable}=\"$(cat /run/secrets/nuget-env-{variable})\" dotnet restore ");
            Assert.DoesNotContain(Credential, dockerfile);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [TestMethod]
    [OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
    public void CTZ2010_ACredentialConfig_WithTheLegacyBuilder()
    {
        using TestProject project = WithCredentialConfig();
        ProjectBuilder builder = Builder(project);
        builder.GlobalProperties["ContainerizeBuilder"] = "docker";
        builder.GlobalProperties["ContainerizeDockerPath"] = LegacyDockerClient(project);

        BuildOutcome outcome = builder.RestoreAndBuild("GenerateDockerfile");

        Assert.IsFalse(outcome.Succeeded);
        CollectionAssert.AreEqual(new[] { "CTZ2010" }, outcome.ErrorCodes.ToList(), outcome.Log.Describe());
        Assert.IsFalse(File.Exists(project.DockerfilePath()), "a Dockerfile was written although the build was refused");
    }

    /// <summary>
    /// A stand-in docker client as the probe sees a 28.x client without the buildx plugin, which only has the legacy
    /// builder: `version` answers, `buildx version` fails.
    /// </summary>
    private static string LegacyDockerClient(TestProject project)
    {
        string path = Path.Combine(project.Root, "legacy-docker");
        File.WriteAllText(path, """
            #!/bin/sh
            if [ "$1" = "version" ]; then echo '28.2.2|20.10.24'; exit 0; fi
            echo "docker: '$1' is not a docker command." >&2
            exit 1

            """.Replace("\r", ""));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static TestProject WithCredentialConfig(string password = Credential)
    {
        TestProject project = TestProject.Create(ProjectKind.Console, "App", GenerateDockerfileTargetTests.Containerized(new()));
        ClosureFixture.Write(project, "src/NuGet.config", $"""
            <configuration>
              <packageSources>
                <add key="private" value="https://pkgs.example.invalid/v3/index.json" />
              </packageSources>
              <packageSourceCredentials>
                <private>
                  <add key="Username" value="ci" />
                  <add key="ClearTextPassword" value="{password}" />
                </private>
              </packageSourceCredentials>
              <disabledPackageSources>
                <add key="private" value="true" />
              </disabledPackageSources>
            </configuration>
            """);
        return project;
    }

    private ProjectBuilder Builder(TestProject project) => new(project, BinlogName.For(TestContext));
}
