namespace Containerize.Sdk.TargetsTests.RestoreInputs;

/// <summary>
/// The NuGet.config files and sources of the closure from NuGet's restore graph (obj/App.csproj.nuget.dgspec.json)
/// after a restore, instead of NuGet's _GetRestoreSettings in every project; and from _GetRestoreSettings without it.
/// </summary>
[TestClass]
public sealed class RestoreGraphTargetTests
{
    private const string Target = "_ContainerizeComputeRestoreInputs";

    /// <summary>The ClosureFixture's inputs, and the NuGet.config that libs/Core, a reference of a reference, has of its own.</summary>
    private static readonly string[] ExpectedInputs =
    {
        "Directory.Build.props",
        "Directory.Build.targets",
        "Directory.Packages.props",
        "NuGet.config",
        "build/shared.props",
        "libs/Core/Core.csproj",
        "libs/Core/NuGet.config",
        "libs/Shared/Shared.csproj",
        "src/App/App.csproj",
        "src/App/Directory.Build.props",
        "src/App/packages.lock.json",
    };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void AfterARestore_AReferencesNuGetConfigAndLocalFeed_ComeFromTheRestoreGraph_WithoutAskingNuGet()
    {
        using TestProject project = WithReferenceConfig();

        BuildOutcome outcome = Builder(project).RestoreAndBuild(Target);

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        CollectionAssert.AreEqual(ExpectedInputs, ClosureFixture.Relative(project, outcome.Items("ContainerizeRestoreInput")));
        CollectionAssert.AreEqual(new[] { "libs/Core/feed" }, ClosureFixture.Relative(project, outcome.Items("ContainerizeLocalPackageSource")));
        CollectionAssert.DoesNotContain(outcome.Log.TargetsStarted, "_GetRestoreSettings");
        Assert.IsTrue(HasLowMessage(outcome, "NuGet configs and sources from the restore graph " + GraphPath(project)), "no message about the restore graph");
    }

    [TestMethod]
    public void WithoutTheRestoreGraph_NuGetIsAsked_AndTheInputsAreTheSame()
    {
        using TestProject project = WithReferenceConfig();
        ProjectBuilder builder = Builder(project);
        BuildOutcome fromGraph = builder.RestoreAndBuild(Target);
        Assert.IsTrue(fromGraph.Succeeded, fromGraph.Log.Describe());
        File.Delete(GraphPath(project));

        BuildOutcome fromNuGet = builder.Build(Target);

        Assert.IsTrue(fromNuGet.Succeeded, fromNuGet.Log.Describe());
        CollectionAssert.Contains(fromNuGet.Log.TargetsStarted, "_GetRestoreSettings");
        Assert.IsTrue(HasLowMessage(fromNuGet, "NuGet configs and sources from NuGet's settings: " + GraphPath(project) + " does not exist"), "no message about the missing restore graph");
        CollectionAssert.AreEqual(ExpectedInputs, ClosureFixture.Relative(project, fromNuGet.Items("ContainerizeRestoreInput")));
        CollectionAssert.AreEqual(fromGraph.Items("ContainerizeLocalPackageSource"), fromNuGet.Items("ContainerizeLocalPackageSource"));
    }

    [TestMethod]
    public void CTZ2015_ARestoreGraphThatCannotBeRead()
    {
        using TestProject project = WithReferenceConfig();
        ProjectBuilder builder = Builder(project);
        Assert.IsTrue(builder.Restore().Succeeded);
        File.WriteAllText(GraphPath(project), "{ \"format\": 1, \"projects\": {");

        BuildOutcome outcome = builder.Build(Target);

        Assert.IsFalse(outcome.Succeeded);
        CollectionAssert.AreEqual(new[] { "CTZ2015" }, outcome.ErrorCodes.ToList(), outcome.Log.Describe());
    }

    /// <summary>The ClosureFixture, with a NuGet.config in libs/Core that adds the local feed libs/Core/feed.</summary>
    private static TestProject WithReferenceConfig()
    {
        TestProject project = ClosureFixture.Create();
        Directory.CreateDirectory(Path.Combine(project.Root, "libs", "Core", "feed"));
        ClosureFixture.Write(project, "libs/Core/NuGet.config", """
            <configuration>
              <packageSources>
                <add key="core-local" value="feed" />
              </packageSources>
            </configuration>
            """);
        return project;
    }

    private static string GraphPath(TestProject project) => Path.Combine(project.ProjectDirectory, "obj", "App.csproj.nuget.dgspec.json");

    private static bool HasLowMessage(BuildOutcome outcome, string text) =>
        outcome.Log.Messages.Any(message => message.Importance == Microsoft.Build.Framework.MessageImportance.Low && message.Message!.Contains(text, StringComparison.Ordinal));

    private ProjectBuilder Builder(TestProject project) => new(project, BinlogName.For(TestContext));
}
