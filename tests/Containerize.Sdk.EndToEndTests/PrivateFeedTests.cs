using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// samples/MultiProject whose NuGet.config holds credentials (packageSourceCredentials) for the feed the restore needs,
/// and is the only config that names that feed: the restore can only succeed by reading it. Its user name comes from an
/// environment variable, which a target of the sample requires before the restore: the restore in the build stage can
/// only succeed if the variable reached it. Neither credential may be in a layer or a history entry, of the final image
/// or of the build stage. A second publish with a new password (and ContainerizeForceBuild, so the engine decides, not the
/// package's up-to-date check) must reuse the restore layer from the engine's cache. ContainerizeMode=Hermetic: the
/// build stage restores, as in CI, rather than the final stage taking the host's output.
/// </summary>
[TestClass]
public sealed class PrivateFeedTests
{
    private const string ConfigPath = "samples/MultiProject/NuGet.config";
    private const string SecretId = "nuget-config-1";

    private const string UserVariable = "CTZ_E2E_FEED_USER";
    private const string UserSecretId = "nuget-env-" + UserVariable;

    private static readonly string Credential = "ctz-e2e-credential-" + Guid.NewGuid().ToString("N");
    private static readonly string ChangedCredential = "ctz-e2e-changed-credential-" + Guid.NewGuid().ToString("N");
    private static readonly string UserCredential = "ctz-e2e-env-credential-" + Guid.NewGuid().ToString("N");
    private static readonly ImageName Image = ImageName.Unique("privatefeed");
    private static readonly ImageName BuildStageImage = ImageName.Unique("privatefeed-build");
    private static MultiProjectSample? _sample;
    private static ProcessResult? _publish;
    private static ProcessResult? _publishWithChangedPassword;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void PublishWithCredentials(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _sample = MultiProjectSample.Create(withSamplesNuGetConfig: false);
        _sample.Write("NuGet.config", NuGetConfig(Credential));
        _sample.Write("Directory.Build.targets", $"""
            <Project>
              <!-- The restore fails unless the credential variable reaches it: in the build stage, through its secret only. -->
              <Target Name="RequireFeedUser" BeforeTargets="Restore;_GenerateRestoreGraph">
                <Error Condition="'$({UserVariable})' == ''" Text="{UserVariable} is not set for the restore." />
              </Target>
            </Project>
            """);
        _sample.Environment[UserVariable] = UserCredential;
        _publish = _sample.Publish(MultiProjectSample.AppProject, Image, "ContainerizeMode=Hermetic");
        if (_publish.Succeeded)
        {
            _sample.Write("NuGet.config", NuGetConfig(ChangedCredential));
            _publishWithChangedPassword = ContainerizePublish.Run(
                _sample.PathOf(MultiProjectSample.AppProject), Image.Properties().Append("ContainerizeForceBuild=true").Append("ContainerizeMode=Hermetic"), _sample.Environment);
        }
    }

    private static string NuGetConfig(string password) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                <add key="containerize-local" value="../../artifacts/packages" />
              </packageSources>
              <packageSourceCredentials>
                <containerize-local>
                  <add key="Username" value="%{UserVariable}%" />
                  <add key="ClearTextPassword" value="{password}" />
                </containerize-local>
              </packageSourceCredentials>
            </configuration>
            """;

    [ClassCleanup]
    public static void RemoveImagesAndSample()
    {
        Docker.RemoveImage(Image.Reference);
        Docker.RemoveImage(BuildStageImage.Reference);
        Docker.RemoveProject(_sample);
    }

    [TestMethod]
    public void Publish_Succeeds_AndTheImageRuns()
    {
        RequirePublish();
        ProcessResult run = Docker.RunToEnd(Image.Reference);

        Assert.AreEqual(MultiProjectSample.AppOutput, run.StandardOutput.Trim(), run.Describe());
    }

    [TestMethod]
    public void ANewPassword_ReusesTheRestoreLayerFromTheEnginesCache()
    {
        RequirePublish();
        Assert.IsNotNull(_publishWithChangedPassword, "The class setup did not publish again.");
        Assert.IsTrue(_publishWithChangedPassword.Succeeded, _publishWithChangedPassword.Describe());
        string output = _publishWithChangedPassword.StandardOutput;

        Assert.IsNotNull(RestoreStepReport.WasCached(output), "the builder did not run, so its cache was not asked:\n" + output);
        Assert.IsTrue(RestoreStepReport.WasCached(output), "the restore step ran again for a new password:\n" + output);
        Assert.AreEqual(MultiProjectSample.AppOutput, Docker.RunToEnd(Image.Reference).StandardOutput.Trim());
    }

    [TestMethod]
    public void GeneratedDockerfile_MountsTheConfigForTheRestoreOnly_AndNeverCopiesIt()
    {
        RequirePublish();
        string dockerfile = File.ReadAllText(_sample!.GeneratedDockerfilePath());
        List<DockerfileInstruction> instructions = DockerfileReader.Read(dockerfile).ToList();

        DockerfileInstruction restore = instructions.Single(i => i.IsRun && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        StringAssert.Contains(restore.Arguments, $"--mount=type=secret,id={SecretId},target=/src/{ConfigPath}");
        StringAssert.Contains(restore.Arguments, $"--mount=type=secret,id={UserSecretId},target=/run/secrets/{UserSecretId}");
        StringAssert.Contains(restore.Arguments, $"{UserVariable}=\"$(cat /run/secrets/{UserSecretId})\" dotnet restore");
        Assert.HasCount(1, instructions.Where(i => i.Arguments.Contains("type=secret", StringComparison.Ordinal)), dockerfile);
        Assert.DoesNotContain(UserCredential, dockerfile);
        Assert.IsFalse(instructions.Any(i => i.IsCopy && i.CopySources().Contains(ConfigPath)), dockerfile);
        Assert.DoesNotContain(Credential, dockerfile);
        Assert.DoesNotContain(ChangedCredential, dockerfile);
    }

    [TestMethod]
    public void GeneratedDockerignore_LeavesTheConfigOutOfTheContext()
    {
        RequirePublish();
        string[] lines = File.ReadAllLines(_sample!.GeneratedDockerfilePath() + ".dockerignore");

        CollectionAssert.Contains(lines, "/" + ConfigPath);
    }

    [TestMethod]
    public void FinalImage_HasTheCredentialInNoLayer_AndNoHistoryEntry()
    {
        RequirePublish();

        AssertNotInSavedImage(Image.Reference);
        AssertNotInHistory(Image.Reference);
    }

    [TestMethod]
    public void BuildStage_HasTheCredentialInNoLayer_AndNoHistoryEntry()
    {
        RequirePublish();
        // The build stage as the publish built it (BuildKit reuses every step from its cache), tagged so it can be saved.
        ProcessResult build = ProcessRunner.Run(
            Docker.Path,
            new[]
            {
                "build", "--target", "build",
                "--file", _sample!.GeneratedDockerfilePath(),
                "--secret", $"id={SecretId},src={Path.Combine(_sample.Root, ConfigPath)}",
                "--secret", $"id={UserSecretId},env={UserVariable}",
                "--tag", BuildStageImage.Reference,
                _sample.Root,
            },
            TimeSpan.FromMinutes(5),
            _sample.Root,
            new Dictionary<string, string?> { ["DOCKER_BUILDKIT"] = "1", [UserVariable] = UserCredential });
        Assert.IsTrue(build.Succeeded, build.Describe());

        AssertNotInSavedImage(BuildStageImage.Reference);
        AssertNotInHistory(BuildStageImage.Reference);
    }

    private static void RequirePublish()
    {
        Assert.IsNotNull(_publish, "The class setup did not publish.");
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
    }

    private static void AssertNotInHistory(string image) => ImageSecrets.AssertNotInHistory(Docker, image, Credential, ChangedCredential, UserCredential);

    private static void AssertNotInSavedImage(string image) => ImageSecrets.AssertNotInSavedImage(Docker, image, _sample!.Root, Credential, ChangedCredential, UserCredential);
}
