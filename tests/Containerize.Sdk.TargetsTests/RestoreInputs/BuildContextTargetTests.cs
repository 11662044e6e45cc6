using Containerize.Sdk.TargetsTests.RestoreInputs;

namespace Containerize.Sdk.TargetsTests;

/// <summary>Package sources that must not decide the build context: the SDK's own, and feeds that would make it '/'.</summary>
[TestClass]
public sealed class BuildContextTargetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void TheSdksLibraryPacksSource_AsTheFSharpSdkAddsIt_IsNoInputAndLeavesTheContextAlone()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "App", GenerateDockerfileTargetTests.Containerized(new()
        {
            // What the F# SDK's Microsoft.FSharp.NetSdk.props does for every F# project.
            ["RestoreAdditionalProjectSources"] = "$(MSBuildBinPath)/FSharp/library-packs",
        }));

        BuildOutcome outcome = Builder(project).RestoreAndBuild("GenerateDockerfile");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.IsEmpty(outcome.Items("ContainerizeLocalPackageSource"));
        Assert.AreEqual(project.Root, outcome.Property("ContainerizeContextDirectory").TrimEnd('/'));
        Assert.IsFalse(project.DockerfileLines().Any(line => line.Contains("library-packs", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void CTZ2030_AFeedThatWouldMakeTheContextTheRoot_IsRefused_AndNamed()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "App", GenerateDockerfileTargetTests.Containerized(new()));
        string feed = FeedOutsideTheTempFolder();
        try
        {
            WriteConfigNaming(project, feed);

            BuildOutcome outcome = Builder(project).RestoreAndBuild("GenerateDockerfile");

            Assert.IsFalse(outcome.Succeeded);
            CollectionAssert.AreEqual(new[] { "CTZ2030" }, outcome.ErrorCodes.ToArray(), outcome.Log.Describe());
            Assert.Contains("'" + feed + "' (named in the NuGet.config '" + Path.Combine(project.Root, "NuGet.config") + "')", outcome.Log.Errors.Single().Message!);
            Assert.IsEmpty(outcome.Log.Warnings.Where(warning => warning.Code == "CTZ2005"), "no warning may suggest '/' as the context");
            Assert.IsFalse(File.Exists(project.DockerfilePath()), "nothing is planned for a context of '/'");
        }
        finally
        {
            Directory.Delete(feed, recursive: true);
        }
    }

    [TestMethod]
    public void CTZ2003_NamesTheNuGetConfigThatAddedTheSource()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "App", GenerateDockerfileTargetTests.Containerized(new()));
        string feed = FeedOutsideTheTempFolder();
        try
        {
            WriteConfigNaming(project, feed);
            ProjectBuilder builder = Builder(project);
            builder.GlobalProperties["ContainerizeContext"] = project.Root;

            BuildOutcome outcome = builder.RestoreAndBuild("GenerateDockerfile");

            CollectionAssert.AreEqual(new[] { "CTZ2003" }, outcome.ErrorCodes.ToArray(), outcome.Log.Describe());
            Assert.Contains("named in the NuGet.config '" + Path.Combine(project.Root, "NuGet.config") + "'", outcome.Log.Errors.Single().Message!);
        }
        finally
        {
            Directory.Delete(feed, recursive: true);
        }
    }

    /// <summary>The test projects live in the temp folder; a feed in this repository's artifacts has only '/' in common with them.</summary>
    private static string FeedOutsideTheTempFolder()
    {
        string feed = Path.Combine(RepositoryPaths.Root, "artifacts", "test-results", "feed-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(feed);
        return feed;
    }

    private static void WriteConfigNaming(TestProject project, string feed) =>
        ClosureFixture.Write(project, "NuGet.config", $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="elsewhere" value="{feed}" />
              </packageSources>
            </configuration>
            """);

    private ProjectBuilder Builder(TestProject project) => new(project, BinlogName.For(TestContext));
}
