using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// samples/MultiProject (an app, a library beside it and one under libs/, central package management, a chained
/// Directory.Build.props importing build/Common.props, a NuGet.config with a local feed) published three times, once
/// for the class: as it is; after a library's source changed; after Directory.Packages.props changed. The tests check
/// what each build did, so each image build is paid once.
/// </summary>
[TestClass]
public sealed class MultiProjectTests
{
    private const string ChangedOutput = "[ Hi from MultiProject, built from two libraries ]";

    /// <summary>Context-relative files the restore reads, and the local feed: exactly what is copied before it.</summary>
    private static readonly string[] RestoreInputs =
    {
        "artifacts/packages/",
        "samples/Directory.Build.props",
        "samples/MultiProject/Directory.Build.props",
        "samples/MultiProject/Directory.Packages.props",
        "samples/MultiProject/NuGet.config",
        "samples/MultiProject/build/Common.props",
        "samples/MultiProject/libs/Formatting/Formatting.csproj",
        "samples/MultiProject/src/App/App.csproj",
        "samples/MultiProject/src/Greetings/Greetings.csproj",
        "samples/NuGet.config",
    };

    /// <summary>The build stage compiles, as in CI: these tests check its restore layer (the host-fed path: HostOutputParityTests).</summary>
    private const string Hermetic = "ContainerizeMode=Hermetic";

    private static readonly List<ImageName> Images = new();
    private static MultiProjectSample? _sample;
    private static ProcessResult? _first;
    private static string? _firstDockerfile;
    private static ProcessResult? _afterSourceChange;
    private static ProcessResult? _afterPackageChange;
    private static ImageName? _firstImage;
    private static ImageName? _changedImage;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void PublishThreeTimes(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _sample = MultiProjectSample.Create();

        _firstImage = Unique();
        _first = _sample.Publish(MultiProjectSample.AppProject, _firstImage, Hermetic);
        if (!_first.Succeeded)
        {
            return;
        }

        _firstDockerfile = File.ReadAllText(_sample.GeneratedDockerfilePath());
        _sample.Replace("src/Greetings/Greeter.cs", "Hello from", "Hi from");
        _changedImage = Unique();
        _afterSourceChange = _sample.Publish(MultiProjectSample.AppProject, _changedImage, Hermetic);

        _sample.Replace("Directory.Packages.props", "Version=\"2.14.1\"", "Version=\"2.8.26\"");
        _afterPackageChange = _sample.Publish(MultiProjectSample.AppProject, Unique(), Hermetic);
    }

    [ClassCleanup]
    public static void RemoveImagesAndSample()
    {
        foreach (ImageName image in Images)
        {
            Docker.RemoveImage(image.Reference);
        }

        Docker.RemoveProject(_sample);
    }

    [TestMethod]
    public void Publish_BuildsAnImage_ThatRunsTheApp()
    {
        RequireFirstPublish();
        ProcessResult run = Docker.RunToEnd(_firstImage!.Reference);

        Assert.IsTrue(run.Succeeded, run.Describe());
        Assert.AreEqual(MultiProjectSample.AppOutput, run.StandardOutput.Trim());
    }

    [TestMethod]
    public void GeneratedDockerfile_CopiesExactlyTheRestoreInputs_BeforeTheRestore_AndTheSourceAfter()
    {
        RequireFirstPublish();
        List<DockerfileInstruction> instructions = DockerfileReader.Read(_firstDockerfile!).ToList();
        int restore = instructions.FindIndex(i => i.IsRun && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        Assert.IsGreaterThanOrEqualTo(0, restore, _firstDockerfile);

        string[] copiedBeforeRestore = instructions.Take(restore)
            .Where(i => i.IsCopy && i.Stage == instructions[restore].Stage)
            .SelectMany(i => i.CopySources())
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();
        CollectionAssert.AreEqual(RestoreInputs, copiedBeforeRestore, "Copied before the restore:\n" + string.Join("\n", copiedBeforeRestore));

        StringAssert.Contains(instructions[restore].Arguments, "dotnet restore samples/MultiProject/src/App/App.csproj");
        Assert.IsTrue(
            instructions.Skip(restore + 1).Any(i => i.IsCopy && i.CopySources().SequenceEqual(new[] { "." })),
            "The source is not copied after the restore:\n" + _firstDockerfile);
    }

    [TestMethod]
    public void LibrarySourceChange_KeepsTheRestoreStepCached_AndReachesTheImage()
    {
        RequireFirstPublish();
        Assert.IsNotNull(_afterSourceChange);
        Assert.IsTrue(_afterSourceChange.Succeeded, _afterSourceChange.Describe());

        Assert.IsTrue(RestoreStepReport.WasCached(_afterSourceChange.StandardOutput), "The restore ran again after a .cs change:\n" + _afterSourceChange.StandardOutput);
        ProcessResult run = Docker.RunToEnd(_changedImage!.Reference);
        Assert.AreEqual(ChangedOutput, run.StandardOutput.Trim(), run.Describe());
    }

    [TestMethod]
    public void DirectoryPackagesPropsChange_RunsTheRestoreAgain()
    {
        RequireFirstPublish();
        Assert.IsNotNull(_afterPackageChange);
        Assert.IsTrue(_afterPackageChange.Succeeded, _afterPackageChange.Describe());

        Assert.IsFalse(RestoreStepReport.WasCached(_afterPackageChange.StandardOutput), "The restore was reused after Directory.Packages.props changed:\n" + _afterPackageChange.StandardOutput);
    }

    [TestMethod]
    public void GeneratedDockerignore_SitsBesideTheDockerfile_AndLeavesOutBuildOutput()
    {
        RequireFirstPublish();
        string[] lines = File.ReadAllLines(_sample!.GeneratedDockerfilePath() + ".dockerignore");

        CollectionAssert.IsSubsetOf(new[] { "**/bin", "**/obj", "**/.git", "**/*.pfx", "**/secrets.json" }, lines);
    }

    private static ImageName Unique()
    {
        ImageName image = ImageName.Unique("multiproject");
        Images.Add(image);
        return image;
    }

    private static void RequireFirstPublish()
    {
        Assert.IsNotNull(_first, "The class setup did not publish.");
        Assert.IsTrue(_first.Succeeded, _first.Describe());
    }
}
