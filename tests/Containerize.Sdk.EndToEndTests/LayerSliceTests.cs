using System.Text.Json;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// Layers by rate of change (issue 6), on one web app with a NuGet dependency, each image built once for the class:
/// source mode, a republish with no change, a .cs change; then the same in publish mode. The assertions compare the
/// images' RootFS.Layers and run the changed app. The app lives outside this repository (see StandaloneApp), so that
/// its build context holds only its own files, as a user's repository would. The source-mode publishes go through a
/// recording client, so "the builder was not started" is what the client saw, not what the package says.
/// </summary>
[TestClass]
public sealed class LayerSliceTests
{
    private const string PackageId = "Serilog";
    private const string PackageVersion = "4.2.0";
    private const string FirstAnswer = "first answer from the layered app";
    private const string SecondAnswer = "second answer from the layered app";
    private const string UpToDateLine = "is up to date; the builder was not started.";
    private const string BuiltLine = "Containerize: built ";
    private const int AppPort = 8080;

    private static readonly TimeSpan StartupTime = TimeSpan.FromSeconds(30);
    private static readonly List<string> ImagesToRemove = new();
    private static StandaloneApp? _app;
    private static RecordingDockerClient? _client;
    private static ImageName? _sourceImage;
    private static ImageName? _publishImage;
    private static Build? _sourceFirst;
    private static IReadOnlyList<string> _sourceFirstBuilds = Array.Empty<string>();
    private static IReadOnlyList<string> _sourceUnchangedBuilds = Array.Empty<string>();
    private static Build? _sourceUnchanged;
    private static Build? _sourceChanged;
    private static Build? _publishFirst;
    private static Build? _publishChanged;
    private static string _sourceDockerfile = "";
    private static string _publishDockerfile = "";

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void BuildImagesOnce(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _app = StandaloneApp.Create("slices", AppKind.Web, Program(FirstAnswer), packageReferences: $"""<PackageReference Include="{PackageId}" Version="{PackageVersion}" />""");
        _client = RecordingDockerClient.Create();

        // Source mode: build, republish with nothing changed, then change a .cs file; all three under one tag.
        string recorded = "ContainerizeDockerPath=" + _client.Path;
        _sourceImage = ImageName.Unique("slices");
        _sourceFirst = Publish(_sourceImage, recorded);
        _sourceFirstBuilds = _client.TakeBuilds();
        _sourceDockerfile = File.ReadAllText(_app.GeneratedDockerfilePath);
        _sourceUnchanged = Publish(_sourceImage, recorded);
        _sourceUnchangedBuilds = _client.TakeBuilds();
        _app.WriteFile("Program.cs", Program(SecondAnswer));
        _sourceChanged = Publish(_sourceImage, recorded);

        // Publish mode: the host's publish output, staged per slice; the first build, then another .cs change.
        _publishImage = ImageName.Unique("slices-publish");
        _publishFirst = Publish(_publishImage, "ContainerizeMode=Publish");
        _publishDockerfile = File.ReadAllText(_app.GeneratedDockerfilePath);
        _app.WriteFile("Program.cs", Program(FirstAnswer));
        _publishChanged = Publish(_publishImage, "ContainerizeMode=Publish");
    }

    [ClassCleanup]
    public static void RemoveImagesAndProject()
    {
        foreach (string image in ImagesToRemove.Distinct())
        {
            Docker.RemoveImage(image);
        }

        Docker.RemoveProject(_app);
        _client?.Dispose();
    }

    [TestMethod]
    public void SourceMode_TheDockerfileCopiesThePackageSliceBeforeTheApp()
    {
        Build first = Built(_sourceFirst);

        int packages = _sourceDockerfile.IndexOf("COPY --from=app [\"/app/layers/packages/\", \"/\"]", StringComparison.Ordinal);
        int app = _sourceDockerfile.IndexOf("COPY --from=app [\"/app/layers/app/\", \"/\"]", StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, packages, _sourceDockerfile);
        Assert.IsGreaterThan(packages, app, _sourceDockerfile);
        Assert.Contains("move_to packages Serilog.dll", _sourceDockerfile);
        Assert.Contains("app/Serilog.dll", Docker.FileSystemPaths(first.ImageId));
    }

    [TestMethod]
    public void SourceMode_ARepublishWithNoChangeDoesNotStartTheBuilder()
    {
        Build first = Built(_sourceFirst);
        Assert.IsNotNull(_sourceUnchanged);

        Assert.IsTrue(_sourceUnchanged.Publish.Succeeded, _sourceUnchanged.Publish.Describe());
        Assert.HasCount(1, _sourceFirstBuilds, "the recording client saw the first build: " + string.Join("\n", _sourceFirstBuilds));
        Assert.IsEmpty(_sourceUnchangedBuilds, "the republish started the builder: " + string.Join("\n", _sourceUnchangedBuilds));
        Assert.Contains($"Containerize: image {_sourceImage!.Reference} {UpToDateLine}", _sourceUnchanged.Publish.StandardOutput);
        Assert.AreEqual(first.ImageId, _sourceUnchanged.ImageId);
    }

    [TestMethod]
    public void SourceMode_AfterACsChangeOnlyTheAppLayerIsNew()
    {
        AssertOnlyTheAppLayerChanged(Built(_sourceFirst), Built(_sourceChanged));
        AssertPackageLayerHasContent(Built(_sourceChanged), "COPY /app/layers/packages/ /");
    }

    [TestMethod]
    public async Task SourceMode_TheChangedAppRuns()
    {
        await AssertAnswers(Built(_sourceChanged), SecondAnswer);
    }

    [TestMethod]
    public void PublishMode_TheDockerfileCopiesStagedSlicesWithoutABuildStage()
    {
        Built(_publishFirst);

        Assert.DoesNotContain(" AS build", _publishDockerfile);
        int packages = _publishDockerfile.IndexOf("COPY [\"packages/\", \"/\"]", StringComparison.Ordinal);
        int app = _publishDockerfile.IndexOf("COPY [\"app/\", \"/\"]", StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, packages, _publishDockerfile);
        Assert.IsGreaterThan(packages, app, _publishDockerfile);
    }

    [TestMethod]
    public void PublishMode_AfterACsChangeOnlyTheAppLayerIsNew()
    {
        AssertOnlyTheAppLayerChanged(Built(_publishFirst), Built(_publishChanged));
        AssertPackageLayerHasContent(Built(_publishChanged), "COPY packages/ /");
    }

    [TestMethod]
    public async Task PublishMode_TheChangedAppRunsWithoutSymbolsOrWebConfig()
    {
        Build changed = Built(_publishChanged);

        IReadOnlyList<string> paths = Docker.FileSystemPaths(changed.ImageId);
        Assert.Contains("app/Serilog.dll", paths);
        Assert.DoesNotContain("app/web.config", paths);
        Assert.IsFalse(paths.Any(path => path.StartsWith("app/", StringComparison.Ordinal) && path.EndsWith(".pdb", StringComparison.Ordinal)), "no symbols unless ContainerIncludeSymbols=true");
        await AssertAnswers(changed, FirstAnswer);
    }

    private static Build Publish(ImageName image, string property)
    {
        ProcessResult publish = _app!.Publish(image, property);
        string imageId = "";
        if (publish.Succeeded)
        {
            imageId = Docker.RunChecked("image", "inspect", "--format", "{{.Id}}", image.Reference).Trim();
            ImagesToRemove.Add(imageId);
        }

        ImagesToRemove.Add(image.Reference);
        return new Build(image, publish, imageId);
    }

    private static Build Built(Build? build)
    {
        Assert.IsNotNull(build, "The class initialization did not get this far.");
        Assert.IsTrue(build.Publish.Succeeded, build.Publish.Describe());
        Assert.Contains(BuiltLine, build.Publish.StandardOutput, "the builder ran for this publish");
        return build;
    }

    /// <summary>The app's layer is the last but one: WORKDIR, after the app's COPY, adds an empty layer of its own.</summary>
    private static void AssertOnlyTheAppLayerChanged(Build before, Build after)
    {
        IReadOnlyList<string> old = Layers(before.ImageId);
        IReadOnlyList<string> changed = Layers(after.ImageId);
        string both = $"before: {string.Join(", ", old)}{Environment.NewLine}after: {string.Join(", ", changed)}";

        Assert.HasCount(old.Count, changed, both);
        int app = old.Count - 2;
        var unchanged = Enumerable.Range(0, old.Count).Where(index => index != app).ToList();
        CollectionAssert.AreEqual(unchanged.Select(index => old[index]).ToList(), unchanged.Select(index => changed[index]).ToList(), "every layer but the app's is reused. " + both);
        Assert.AreNotEqual(old[app], changed[app], "the app layer holds the change. " + both);
    }

    /// <summary>The package slice is a layer of its own below the app's, and holds the package's files.</summary>
    private static void AssertPackageLayerHasContent(Build build, string createdBy)
    {
        string history = Docker.RunChecked("history", "--no-trunc", "--human=false", "--format", "{{.Size}}|{{.CreatedBy}}", build.ImageId);
        string[] entries = history.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int package = Array.FindIndex(entries, entry => entry.Contains(createdBy, StringComparison.Ordinal));

        Assert.IsGreaterThan(0, package, "newest first: the package layer comes after the app's in the history. " + history);
        Assert.IsGreaterThan(100_000L, long.Parse(entries[package].Split('|')[0]), $"{PackageId}.dll is in the package layer. " + history);
    }

    private static IReadOnlyList<string> Layers(string image)
    {
        JsonElement inspect = Docker.Inspect(image);
        return inspect.GetProperty("RootFS").GetProperty("Layers").EnumerateArray().Select(layer => layer.GetString()!).ToList();
    }

    private static async Task AssertAnswers(Build build, string answer)
    {
        int hostPort = FreePort.OnLoopback();
        string container = Docker.StartPublished(build.ImageId, hostPort, AppPort);
        try
        {
            string? body = await HttpPolling.GetAsync(new Uri($"http://127.0.0.1:{hostPort}/"), StartupTime);

            Assert.AreEqual(answer, body, $"GET / on 127.0.0.1:{hostPort}. Container log:{Environment.NewLine}{Docker.Logs(container)}");
        }
        finally
        {
            Docker.RemoveContainer(container);
        }
    }

    private static string Program(string answer) => $"""
        WebApplication app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/", () => "{answer}");
        app.Run();
        """;

    private sealed record Build(ImageName Image, ProcessResult Publish, string ImageId);
}
