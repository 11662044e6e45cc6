using System.Text.Json;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// Layers by rate of change (issue 6), on one web app with a NuGet dependency, each image built once for the class:
/// source mode, a republish with no change, a .cs change; then the same in publish mode. The assertions compare the
/// images' RootFS.Layers and run the changed app.
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
    private static TestProject? _project;
    private static ImageName? _sourceImage;
    private static ImageName? _publishImage;
    private static Build? _sourceFirst;
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
        _project = TestProject.Create(AppKind.Web, Program(FirstAnswer));
        IsolateBuildContext(_project);
        string projectFile = File.ReadAllText(_project.ProjectPath);
        _project.WriteFile(
            TestProject.ProjectName + ".csproj",
            projectFile.Replace("</ItemGroup>", $"  <PackageReference Include=\"{PackageId}\" Version=\"{PackageVersion}\" />\n  </ItemGroup>"));

        // Source mode: build, republish with nothing changed, then change a .cs file; all three under one tag.
        _sourceImage = ImageName.Unique("slices");
        _sourceFirst = Publish(_sourceImage);
        _sourceDockerfile = File.ReadAllText(_project.GeneratedDockerfilePath());
        _sourceUnchanged = Publish(_sourceImage);
        _project.WriteFile("Program.cs", Program(SecondAnswer));
        _sourceChanged = Publish(_sourceImage);

        // Publish mode: the host's publish output, staged per slice; the first build, then another .cs change.
        string props = File.ReadAllText(Path.Combine(_project.Directory, "Directory.Build.props"));
        _project.WriteFile("Directory.Build.props", props.Replace("</PropertyGroup>", "  <ContainerizeMode>Publish</ContainerizeMode>\n  </PropertyGroup>"));
        _publishImage = ImageName.Unique("slices-publish");
        _publishFirst = Publish(_publishImage);
        _publishDockerfile = File.ReadAllText(_project.GeneratedDockerfilePath());
        _project.WriteFile("Program.cs", Program(FirstAnswer));
        _publishChanged = Publish(_publishImage);
    }

    [ClassCleanup]
    public static void RemoveImagesAndProject()
    {
        foreach (string image in ImagesToRemove.Distinct())
        {
            Docker.RemoveImage(image);
        }

        if (_project != null)
        {
            Docker.RemoveUntaggedImagesMentioning(_project.UniqueName);
            _project.Dispose();
        }
    }

    [TestMethod]
    public void SourceMode_TheDockerfileCopiesThePackageSliceBeforeTheApp()
    {
        Build first = Built(_sourceFirst);

        int packages = _sourceDockerfile.IndexOf("COPY --from=build [\"/app/slices/packages/\", \".\"]", StringComparison.Ordinal);
        int app = _sourceDockerfile.IndexOf("COPY --from=build [\"/app/publish/\", \".\"]", StringComparison.Ordinal);
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
        Assert.Contains($"Containerize: image {_sourceImage!.Reference} {UpToDateLine}", _sourceUnchanged.Publish.StandardOutput);
        Assert.DoesNotContain(BuiltLine, _sourceUnchanged.Publish.StandardOutput);
        Assert.AreEqual(first.ImageId, _sourceUnchanged.ImageId);
    }

    [TestMethod]
    public void SourceMode_AfterACsChangeOnlyTheAppLayerIsNew()
    {
        AssertOnlyTheLastLayerChanged(Built(_sourceFirst), Built(_sourceChanged));
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
        int packages = _publishDockerfile.IndexOf("COPY [\"packages/\", \".\"]", StringComparison.Ordinal);
        int app = _publishDockerfile.IndexOf("COPY [\"app/\", \".\"]", StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, packages, _publishDockerfile);
        Assert.IsGreaterThan(packages, app, _publishDockerfile);
    }

    [TestMethod]
    public void PublishMode_AfterACsChangeOnlyTheAppLayerIsNew()
    {
        AssertOnlyTheLastLayerChanged(Built(_publishFirst), Built(_publishChanged));
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

    /// <summary>
    /// The package feed goes inside the project folder, so the build context is that folder alone. With the shared feed
    /// the context is artifacts/, where other tests write all the time, and "nothing changed" would rarely be true.
    /// </summary>
    private static void IsolateBuildContext(TestProject project)
    {
        string feed = Path.Combine(project.Directory, "feed");
        Directory.CreateDirectory(feed);
        File.Copy(RepositoryLayout.PackagePath, Path.Combine(feed, Path.GetFileName(RepositoryLayout.PackagePath)));
        string config = Path.Combine(project.Directory, "NuGet.config");
        string text = File.ReadAllText(config);
        Assert.Contains("\"../../packages\"", text, "the harness's NuGet.config names the shared feed");
        project.WriteFile("NuGet.config", text.Replace("\"../../packages\"", "\"feed\""));
    }

    private static Build Publish(ImageName image)
    {
        ProcessResult publish = _project!.Publish(image);
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

    private static void AssertOnlyTheLastLayerChanged(Build before, Build after)
    {
        IReadOnlyList<string> old = Layers(before.ImageId);
        IReadOnlyList<string> changed = Layers(after.ImageId);
        string both = $"before: {string.Join(", ", old)}{Environment.NewLine}after: {string.Join(", ", changed)}";

        Assert.HasCount(old.Count, changed, both);
        CollectionAssert.AreEqual(old.Take(old.Count - 1).ToList(), changed.Take(changed.Count - 1).ToList(), "every layer but the app's is reused. " + both);
        Assert.AreNotEqual(old[^1], changed[^1], "the app layer holds the change. " + both);
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
