using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.TargetsTests.RestoreInputs;

/// <summary>
/// The closure walk of the restore-input targets also gathers what the build stage reads of the context: the project
/// folders and the files the closure's projects include from other folders, which the generated .dockerignore admits.
/// </summary>
[TestClass]
public sealed class ClosureContextTargetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void TheWalkGivesEveryProjectFolderAndEveryFolderTheProjectsIncludeFrom()
    {
        using TestProject project = Fixture(GenerateDockerfileTargetTests.Containerized(new()));

        BuildOutcome outcome = Builder(project).Build("_ContainerizeComputeRestoreInputs");

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        CollectionAssert.AreEqual(
            new[] { "assets", "libs/Core", "libs/Shared", "shared", "src/App" },
            InRepository(project, outcome.Items("_ContainerizeClosurePath")),
            "the '**' glob of App admits shared/, the linked file of Core (a reference's reference) admits assets/");
        Assert.AreEqual("", outcome.Property("_ContainerizeClosureIncompleteReason"));
    }

    [TestMethod]
    public void TheGeneratedIgnoreFileAdmitsTheClosureAndLeavesTheRestOut()
    {
        using TestProject project = Fixture(GenerateDockerfileTargetTests.Containerized(new()));

        BuildOutcome outcome = Builder(project).RestoreAndBuild("GenerateDockerfile");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        Assert.AreEqual(project.Root, outcome.Property("ContainerizeContextDirectory").TrimEnd('/'));
        DockerignorePatterns rules = DockerignorePatterns.Parse(File.ReadAllText(project.DockerfilePath() + ".dockerignore"));
        foreach (string sent in new[] { "src/App/Program.cs", "shared/Sub/Extra.cs", "assets/logo.txt", "libs/Core/Core.csproj", "build/shared.props", "Directory.Packages.props", "NuGet.config" })
        {
            Assert.IsFalse(rules.IsIgnored(sent), sent + " must be sent");
        }

        Assert.IsTrue(rules.IsIgnored("unrelated/big.bin"));
        Assert.IsTrue(rules.IsIgnored("build/unused.props"), "an MSBuild file nothing imports is not read");
        Assert.IsTrue(rules.IsIgnored("src/App/obj/project.assets.json"));
    }

    [TestMethod]
    public void ContainerizeSendWholeContext_AdmitsEverythingButWhatNoBuildNeeds()
    {
        using TestProject project = Fixture(GenerateDockerfileTargetTests.Containerized(new() { ["ContainerizeSendWholeContext"] = "true" }));

        BuildOutcome outcome = Builder(project).RestoreAndBuild("GenerateDockerfile");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        DockerignorePatterns rules = DockerignorePatterns.Parse(File.ReadAllText(project.DockerfilePath() + ".dockerignore"));
        Assert.IsFalse(rules.IsIgnored("unrelated/big.bin"));
        Assert.IsTrue(rules.IsIgnored("src/App/obj/project.assets.json"));
    }

    [TestMethod]
    public void AnImportThatCannotBeFollowed_SendsTheWholeContext_AndSaysWhy()
    {
        using TestProject project = Fixture(GenerateDockerfileTargetTests.Containerized(new()));
        ClosureFixture.Write(project, "build/shared.props", """
            <Project>
              <Import Project="$(RepoTools)eng/versions.props" Condition="Exists('$(RepoTools)eng/versions.props')" />
            </Project>
            """);

        BuildOutcome outcome = Builder(project).RestoreAndBuild("GenerateDockerfile");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        StringAssert.Contains(outcome.Property("_ContainerizeClosureIncompleteReason"), "$(RepoTools)eng/versions.props");
        DockerignorePatterns rules = DockerignorePatterns.Parse(File.ReadAllText(project.DockerfilePath() + ".dockerignore"));
        Assert.IsFalse(rules.IsIgnored("unrelated/big.bin"));
    }

    /// <summary>
    /// ClosureFixture, plus an out-of-folder '**' Compile include in App, a linked file in Core (reached only through
    /// Shared's inner build) and an unrelated folder.
    /// </summary>
    private static TestProject Fixture(Dictionary<string, string> properties)
    {
        TestProject project = ClosureFixture.Create(properties);
        ClosureFixture.Write(project, "shared/Sub/Extra.cs", "namespace App; public static class Extra { }\n");
        ClosureFixture.Write(project, "assets/logo.txt", "logo\n");
        ClosureFixture.Write(project, "unrelated/big.bin", "not part of the app\n");
        ClosureFixture.Write(project, "libs/Core/Core.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <None Include="../../assets/logo.txt" Link="logo.txt" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
        string projectFile = File.ReadAllText(project.ProjectPath);
        File.WriteAllText(project.ProjectPath, projectFile.Replace("</Project>", "  <ItemGroup><Compile Include=\"../../shared/**/*.cs\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
        return project;
    }

    private static string[] InRepository(TestProject project, IEnumerable<string> paths) =>
        ClosureFixture.Relative(project, paths).Where(path => !path.StartsWith("..", StringComparison.Ordinal)).ToArray();

    private ProjectBuilder Builder(TestProject project) => new(project, BinlogName.For(TestContext));
}
