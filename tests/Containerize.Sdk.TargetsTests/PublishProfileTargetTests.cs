namespace Containerize.Sdk.TargetsTests;

/// <summary>-p:PublishProfile=Containerize, which IDE publish dialogs and CI select, without a .pubxml in the project.</summary>
[TestClass]
public sealed class PublishProfileTargetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("Containerize")]
    [DataRow("Containerize.pubxml")]
    public void ThePackagesProfile_ContainerizesAPublish_WithoutTheSdksMissingProfileWarning(string profile)
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", new Dictionary<string, string> { ["ContainerizeBuilder"] = "none", ["PublishProfile"] = profile });

        BuildOutcome outcome = new ProjectBuilder(project, BinlogName.For(TestContext)).RestoreAndBuild("Publish");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.IsTrue(File.Exists(project.DockerfilePath()), project.DockerfilePath());
        Assert.IsEmpty(outcome.Log.Warnings, outcome.Log.Describe());
    }

    [TestMethod]
    public void AProjectsOwnContainerizeProfile_IsTheSdksToImport_AndWins()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", new Dictionary<string, string> { ["ContainerizeBuilder"] = "none", ["PublishProfile"] = "Containerize" });
        string profiles = Path.Combine(project.ProjectDirectory, "Properties", "PublishProfiles");
        Directory.CreateDirectory(profiles);
        File.WriteAllText(Path.Combine(profiles, "Containerize.pubxml"), "<Project><PropertyGroup><Containerize>false</Containerize></PropertyGroup></Project>");

        BuildOutcome outcome = new ProjectBuilder(project, BinlogName.For(TestContext)).RestoreAndBuild("Publish");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.IsFalse(File.Exists(project.DockerfilePath()), "the project's profile says Containerize=false");
    }

    [TestMethod]
    public void AnotherProfileNameDoesNotContainerize()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", new Dictionary<string, string> { ["ContainerizeBuilder"] = "none", ["PublishProfile"] = "FolderProfile" });

        BuildOutcome outcome = new ProjectBuilder(project, BinlogName.For(TestContext)).RestoreAndBuild("Publish");

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        Assert.IsFalse(File.Exists(project.DockerfilePath()));
    }
}
