using Microsoft.Build.Execution;
using Microsoft.Build.Evaluation;
using Microsoft.Build.Framework;
using Microsoft.Build.Logging;

namespace Containerize.Sdk.TargetsTests;

/// <summary>The result of one build request: whether it succeeded, what it logged, and the project's state after it.</summary>
internal sealed record BuildOutcome(bool Succeeded, CapturingLogger Log, ProjectInstance? State, string Binlog)
{
    public IEnumerable<string> ErrorCodes => Log.Errors.Select(error => error.Code);

    public string Property(string name) => State?.GetPropertyValue(name) ?? throw new InvalidOperationException("No project state after the build.");

    public string[] Items(string type) => State?.GetItems(type).Select(item => item.EvaluatedInclude).ToArray() ?? throw new InvalidOperationException("No project state after the build.");
}

/// <summary>
/// Builds a TestProject with the in-process MSBuild of the .NET SDK, one binlog per build request under
/// artifacts/test-results/binlogs. A restore is its own request with its own ProjectCollection and a
/// MSBuildRestoreSessionId, as `dotnet msbuild -restore` does, so the build that follows reads the files it wrote.
/// </summary>
internal sealed class ProjectBuilder
{
    private readonly TestProject _project;
    private readonly string _testName;
    private int _builds;

    public ProjectBuilder(TestProject project, string testName)
    {
        _project = project;
        _testName = testName;
    }

    /// <summary>Global properties for every request, as -p: on the command line.</summary>
    public Dictionary<string, string> GlobalProperties { get; } = new(StringComparer.OrdinalIgnoreCase);

    public BuildOutcome Restore()
    {
        var properties = Globals();
        properties["MSBuildRestoreSessionId"] = Guid.NewGuid().ToString("D");
        properties["MSBuildIsRestoring"] = "true";
        return Run(properties, new[] { "Restore" }, "restore",
            BuildRequestDataFlags.ClearCachesAfterBuild | BuildRequestDataFlags.SkipNonexistentTargets
            | BuildRequestDataFlags.IgnoreMissingEmptyAndInvalidImports | BuildRequestDataFlags.FailOnUnresolvedSdk);
    }

    public BuildOutcome Build(params string[] targets)
    {
        return Run(Globals(), targets, string.Join("-", targets), BuildRequestDataFlags.ProvideProjectStateAfterBuild);
    }

    /// <summary>Restore, then the targets, stopping at a failed restore.</summary>
    public BuildOutcome RestoreAndBuild(params string[] targets)
    {
        BuildOutcome restore = Restore();
        Assert.IsTrue(restore.Succeeded, "restore failed (" + restore.Binlog + "):\n" + restore.Log.Describe());
        return Build(targets);
    }

    private Dictionary<string, string> Globals()
    {
        var properties = new Dictionary<string, string>(GlobalProperties, StringComparer.OrdinalIgnoreCase)
        {
            [TestProject.SdkBuildFolderProperty] = RepositoryPaths.SdkBuildFolder,
        };
        return properties;
    }

    private BuildOutcome Run(Dictionary<string, string> properties, string[] targets, string label, BuildRequestDataFlags flags)
    {
        Directory.CreateDirectory(RepositoryPaths.BinlogFolder);
        _builds++;
        string binlog = Path.Combine(RepositoryPaths.BinlogFolder, $"{_testName}.{_builds}.{label}.binlog");
        var logger = new CapturingLogger();
        using var collection = new ProjectCollection(properties);
        var parameters = new BuildParameters(collection)
        {
            Loggers = new ILogger[] { logger, new BinaryLogger { Parameters = binlog } },
            MaxNodeCount = 1,
            EnableNodeReuse = false,
            DisableInProcNode = false,
        };
        var request = new BuildRequestData(_project.ProjectPath, properties, null, targets, null, flags);
        BuildResult result = BuildManager.DefaultBuildManager.Build(parameters, request);
        return new BuildOutcome(result.OverallResult == BuildResultCode.Success, logger, result.ProjectStateAfterBuild, binlog);
    }
}
