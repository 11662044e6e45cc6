namespace Containerize.Sdk.TargetsTests;

/// <summary>
/// What Visual Studio's container tools read after a GenerateDockerfile: the generated Dockerfile, its context and the
/// image name, from obj/&lt;project&gt;.containerize.g.props, which every later evaluation of the project imports. Visual
/// Studio itself cannot run here: these tests check the properties' values, docs/ide.md says what was not verified.
/// </summary>
[TestClass]
public sealed class VisualStudioToolsTargetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void AfterGenerateDockerfile_TheContainerToolsSeeTheGeneratedDockerfileContextAndImage()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", GenerateDockerfileTargetTests.Containerized(new() { ["ContainerRepository"] = "contoso/worker" }));
        ProjectBuilder builder = new(project, BinlogName.For(TestContext));
        GenerateDockerfileTargetTests.AssertSucceeded(builder.RestoreAndBuild("GenerateDockerfile"));

        // A later evaluation, as Visual Studio's own.
        BuildOutcome evaluation = builder.Build("ComputeContainerizeSpec");

        GenerateDockerfileTargetTests.AssertSucceeded(evaluation);
        Assert.AreEqual(project.DockerfilePath(), evaluation.Property("DockerfilePath"));
        Assert.AreEqual(project.DockerfilePath(), evaluation.Property("DockerfileFile"));
        Assert.AreEqual(project.Root, evaluation.Property("DockerfileContext").TrimEnd('/'));
        Assert.AreEqual("contoso/worker", evaluation.Property("DockerfileTag"));
        Assert.AreEqual("Regular", evaluation.Property("ContainerDevelopmentMode"));
        Assert.AreEqual("Linux", evaluation.Property("DockerDefaultTargetOS"));
    }

    [TestMethod]
    public void AProjectWithADockerfileOfItsOwn_KeepsTheToolsDefaults()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", GenerateDockerfileTargetTests.Containerized(new()));
        File.WriteAllText(Path.Combine(project.ProjectDirectory, "Dockerfile"), "FROM scratch\n");
        ProjectBuilder builder = new(project, BinlogName.For(TestContext));
        GenerateDockerfileTargetTests.AssertSucceeded(builder.RestoreAndBuild("GenerateDockerfile"));

        BuildOutcome evaluation = builder.Build("ComputeContainerizeSpec");

        Assert.AreEqual("", evaluation.Property("DockerfilePath"));
        Assert.AreEqual("", evaluation.Property("DockerfileContext"));
    }

    [TestMethod]
    public void ContainerizeVisualStudioToolsFalse_TakesThePropertiesBack()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", GenerateDockerfileTargetTests.Containerized(new()));
        ProjectBuilder builder = new(project, BinlogName.For(TestContext));
        GenerateDockerfileTargetTests.AssertSucceeded(builder.RestoreAndBuild("GenerateDockerfile"));
        string props = Path.Combine(project.ProjectDirectory, "obj", "Worker.csproj.containerize.g.props");
        Assert.IsTrue(File.Exists(props), props);

        builder.GlobalProperties["ContainerizeVisualStudioTools"] = "false";
        GenerateDockerfileTargetTests.AssertSucceeded(builder.Build("GenerateDockerfile"));
        BuildOutcome evaluation = builder.Build("ComputeContainerizeSpec");

        Assert.IsFalse(File.Exists(props), props);
        Assert.AreEqual("", evaluation.Property("DockerfilePath"));
    }
}
