namespace Containerize.Sdk.TargetsTests;

/// <summary>When the targets must do nothing: no opt-in, a class library, a design-time build; and the opt-in that does something.</summary>
[TestClass]
public sealed class ContainerizeSkipTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow(null, false, DisplayName = "Containerize not set")]
    [DataRow("false", false, DisplayName = "Containerize=false")]
    [DataRow("true", true, DisplayName = "Containerize=true")]
    public void OnlyAPublishWithContainerizeTrueWritesTheContainerizeFolder(string? containerize, bool expectFolder)
    {
        var properties = new Dictionary<string, string> { ["ContainerizeBuilder"] = "none" };
        if (containerize != null)
        {
            properties["Containerize"] = containerize;
        }

        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", properties);

        BuildOutcome outcome = Builder(project, containerize ?? "unset").RestoreAndBuild("Publish");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.IsTrue(File.Exists(Path.Combine(project.ProjectDirectory, "bin", "Debug", "net10.0", "publish", "Worker.dll")), "the publish itself ran");
        Assert.AreEqual(expectFolder, Directory.Exists(project.ContainerizeFolder()), project.ContainerizeFolder());
        Assert.AreEqual(expectFolder, File.Exists(project.DockerfilePath()), project.DockerfilePath());
    }

    [TestMethod]
    public void AClassLibraryWithContainerizeTrueIsSkippedSilentlyOnPublish()
    {
        using TestProject project = TestProject.Create(ProjectKind.ClassLibrary, "Library", GenerateDockerfileTargetTests.Containerized(new()));

        BuildOutcome outcome = Builder(project, "publish").RestoreAndBuild("Publish");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.IsEmpty(outcome.Log.Warnings.Where(warning => warning.Code?.StartsWith("CTZ", StringComparison.Ordinal) == true), outcome.Log.Describe());
        Assert.IsFalse(Directory.Exists(project.ContainerizeFolder()), project.ContainerizeFolder());
    }

    [TestMethod]
    public void AClassLibraryWithContainerizeTrueIsSkippedSilentlyByTheContainerizeTarget() => AssertClassLibrarySkippedBy("Containerize");

    [TestMethod]
    public void AClassLibraryWithContainerizeTrueIsSkippedSilentlyByTheGenerateDockerfileTarget() => AssertClassLibrarySkippedBy("GenerateDockerfile");

    /// <summary>A solution-wide dotnet build -t:Containerize reaches it, although dotnet publish does not.</summary>
    [TestMethod]
    public void AnExecutableWithIsPublishableFalseIsSkippedSilentlyByTheContainerizeTarget()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Tool", GenerateDockerfileTargetTests.Containerized(new() { ["IsPublishable"] = "false" }));

        BuildOutcome outcome = Builder(project, "unpublishable").RestoreAndBuild("Containerize");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.IsEmpty(outcome.Log.Warnings.Where(warning => warning.Code?.StartsWith("CTZ", StringComparison.Ordinal) == true), outcome.Log.Describe());
        Assert.IsFalse(Directory.Exists(project.ContainerizeFolder()), project.ContainerizeFolder());
    }

    private void AssertClassLibrarySkippedBy(string target)
    {
        using TestProject project = TestProject.Create(ProjectKind.ClassLibrary, "Library", GenerateDockerfileTargetTests.Containerized(new()));

        BuildOutcome outcome = Builder(project, target).RestoreAndBuild(target);

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.IsEmpty(outcome.Log.Warnings.Where(warning => warning.Code?.StartsWith("CTZ", StringComparison.Ordinal) == true), outcome.Log.Describe());
        Assert.IsFalse(Directory.Exists(project.ContainerizeFolder()), project.ContainerizeFolder());
    }

    [TestMethod]
    public void ADesignTimeBuildWritesNothing()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", GenerateDockerfileTargetTests.Containerized(new()));
        ProjectBuilder builder = Builder(project, "design-time");
        builder.GlobalProperties["DesignTimeBuild"] = "true";

        BuildOutcome outcome = builder.RestoreAndBuild("GenerateDockerfile", "Containerize");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.IsFalse(Directory.Exists(project.ContainerizeFolder()), project.ContainerizeFolder());

        // The same build without DesignTimeBuild does write, so the assertion above can fail.
        builder.GlobalProperties.Remove("DesignTimeBuild");
        GenerateDockerfileTargetTests.AssertSucceeded(builder.Build("GenerateDockerfile"));
        Assert.IsTrue(File.Exists(project.DockerfilePath()), project.DockerfilePath());
    }

    private ProjectBuilder Builder(TestProject project, string variant) => new(project, BinlogName.For(TestContext));
}
