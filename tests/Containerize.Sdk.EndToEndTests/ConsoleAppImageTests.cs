using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// A console app published with -p:Containerize=true. The image is built once for the class (a build takes about a
/// minute) and every test checks one thing about it; the rebuild test then changes a source file and builds again.
/// </summary>
[TestClass]
public sealed class ConsoleAppImageTests
{
    private const string AppAssembly = TestProject.ProjectName + ".dll";
    private const string FirstLine = "Hello from the Containerize.Sdk end-to-end console app";
    private const string ChangedLine = "Hello again: only Program.cs changed";

    private static readonly List<ImageName> Images = new();
    private static TestProject? _project;
    private static ImageName? _image;
    private static ProcessResult? _publish;
    private static IReadOnlyList<string>? _fileSystem;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void PublishOnce(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _project = TestProject.Create(AppKind.Console, Program(FirstLine));
        _image = ImageName.Unique("console");
        Images.Add(_image);
        // The build stage compiles, as in CI: this class checks its restore layer (the host-fed path: HostOutputParityTests).
        _publish = _project.Publish(_image, "ContainerizeMode=Hermetic");
    }

    [ClassCleanup]
    public static void RemoveImagesAndProject()
    {
        foreach (ImageName image in Images)
        {
            Docker.RemoveImage(image.Reference);
        }

        Docker.RemoveProject(_project);
    }

    [TestMethod]
    public void Publish_Succeeds_AndBuildsTheImage()
    {
        ImageName image = PublishedImage();

        Assert.IsTrue(Docker.ImageExists(image.Reference), $"No image {image} after the publish:{Environment.NewLine}{_publish!.Describe()}");
    }

    [TestMethod]
    public void Image_RunsTheApp()
    {
        ProcessResult run = Docker.RunToEnd(PublishedImage().Reference);

        Assert.IsTrue(run.Succeeded, run.Describe());
        Assert.AreEqual(FirstLine, run.StandardOutput.Trim());
    }

    [TestMethod]
    public void FinalImage_HasTheAppAndRuntime_ButNoSdk()
    {
        FinalImageAssertions.HasTheAppAndRuntimeButNoSdk(FileSystem(), AppAssembly);
    }

    [TestMethod]
    public void FinalImage_AppFolder_HasNoSourcesOrBuildOutput()
    {
        FinalImageAssertions.AppFolderHasNoSourcesOrBuildOutput(FileSystem(), AppAssembly);
    }

    [TestMethod]
    public void FinalImage_RunsAsNonRootUser()
    {
        FinalImageAssertions.RunsAsNonRootUser(Docker, PublishedImage().Reference);
    }

    [TestMethod]
    public void FinalImage_HasNoBuildStageLayers()
    {
        FinalImageAssertions.HistoryHasNoBuildStageSteps(Docker, PublishedImage().Reference);
    }

    [TestMethod]
    public void GeneratedDockerfile_CopiesTheProjectFileBeforeRestore_AndTheSourceAfter()
    {
        PublishedImage();
        string dockerfile = File.ReadAllText(_project!.GeneratedDockerfilePath());
        List<DockerfileInstruction> instructions = DockerfileReader.Read(dockerfile).ToList();

        int restore = instructions.FindIndex(i => i.IsRun && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        int publish = instructions.FindIndex(i => i.IsRun && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.IsGreaterThanOrEqualTo(0, restore, "No RUN dotnet restore in:" + Environment.NewLine + dockerfile);
        Assert.IsGreaterThan(restore, publish, "No RUN dotnet publish after the restore in:" + Environment.NewLine + dockerfile);

        List<DockerfileInstruction> beforeRestore = instructions.Take(restore).Where(i => i.IsCopy && i.Stage == instructions[restore].Stage).ToList();
        Assert.IsTrue(
            beforeRestore.Any(copy => copy.CopySources().Any(source => source.EndsWith("/" + TestProject.ProjectName + ".csproj", StringComparison.Ordinal))),
            "The project file is not copied before the restore:" + Environment.NewLine + dockerfile);
        Assert.IsFalse(
            beforeRestore.Any(copy => copy.CopySources().Any(source => source is "." or "./" || source.EndsWith(".cs", StringComparison.Ordinal))),
            "Source is copied before the restore, so any source change would run the restore again:" + Environment.NewLine + dockerfile);

        bool sourceCopiedBetween = instructions.Skip(restore + 1).Take(publish - restore - 1)
            .Any(i => i.IsCopy && i.CopySources().Any(source => source is "." or "./"));
        Assert.IsTrue(sourceCopiedBetween, "The source is not copied between the restore and the publish:" + Environment.NewLine + dockerfile);
    }

    [TestMethod]
    public void GeneratedDockerfile_HasNoSyntaxDirective()
    {
        PublishedImage();
        string[] lines = File.ReadAllLines(_project!.GeneratedDockerfilePath());

        Assert.IsNotEmpty(lines);
        // A "# syntax=" line makes BuildKit fetch a frontend image from Docker Hub, which air-gapped builds cannot.
        string[] directives = lines.Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\s*#\s*syntax\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase)).ToArray();
        Assert.IsEmpty(directives, "The Dockerfile has a syntax directive: " + string.Join(" | ", directives));
    }

    [TestMethod]
    public void Rebuild_AfterOnlyASourceChange_ReusesTheRestoreLayer()
    {
        PublishedImage();
        Assert.IsFalse(
            RestoreStepReport.WasCached(_publish!.StandardOutput) ?? true,
            "The first build's output does not show the restore step running:" + Environment.NewLine + _publish.Describe());

        _project!.WriteFile("Program.cs", Program(ChangedLine));
        ImageName rebuilt = _image!.WithNewTag();
        Images.Add(rebuilt);
        ProcessResult republish = _project.Publish(rebuilt, "ContainerizeMode=Hermetic");

        Assert.IsTrue(republish.Succeeded, republish.Describe());
        Assert.IsTrue(
            RestoreStepReport.WasCached(republish.StandardOutput) ?? false,
            "The second build ran the restore again (or showed no restore step) after only Program.cs changed:" + Environment.NewLine + republish.Describe());
        ProcessResult run = Docker.RunToEnd(rebuilt.Reference);
        Assert.IsTrue(run.Succeeded, run.Describe());
        Assert.AreEqual(ChangedLine, run.StandardOutput.Trim(), "The rebuilt image does not run the changed source.");
    }

    private static string Program(string line) => $"Console.WriteLine(\"{line}\");\n";

    /// <summary>The image of the class's publish, failing the test with the publish output when it did not succeed.</summary>
    private static ImageName PublishedImage()
    {
        Assert.IsNotNull(_publish);
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
        return _image!;
    }

    private static IReadOnlyList<string> FileSystem() => _fileSystem ??= Docker.FileSystemPaths(PublishedImage().Reference);
}
