using System.Xml.Linq;

namespace Containerize.Sdk.TargetsTests.RestoreInputs;

/// <summary>
/// A multi-targeting app, its outer build importing Containerize.Sdk.MultiTargeting.targets as NuGet imports
/// buildMultiTargeting/ (and its inner builds build/): containerized once, for one framework.
/// </summary>
[TestClass]
public sealed class MultiTargetingTargetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Containerize_OnTheOuterBuild_WritesOneDockerfile_WithTheFrameworkForTheContainersPublish()
    {
        using TestProject project = MultiTargeting("net10.0");

        BuildOutcome outcome = Builder(project).RestoreAndBuild("Containerize");

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        Assert.HasCount(1, Directory.GetFiles(Path.Combine(project.ProjectDirectory, "obj"), "Dockerfile", SearchOption.AllDirectories));
        string publish = File.ReadAllLines(Dockerfile(project, "net10.0")).Single(line => line.Contains("dotnet publish", StringComparison.Ordinal));
        StringAssert.Contains(publish, " -f net10.0 ");
    }

    [TestMethod]
    [DataRow("", "net10.0")]
    [DataRow("net9.0", "net9.0")]
    public void TheOuterBuild_ChoosesTheHighestDotNetFramework_OrContainerizeTargetFramework(string requested, string expected)
    {
        using TestProject project = MultiTargeting("net8.0;net10.0;net9.0;netstandard2.0", new() { ["ContainerizeTargetFramework"] = requested });

        BuildOutcome outcome = Builder(project).Build("_ContainerizeSelectTargetFramework");

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        Assert.AreEqual(expected, outcome.Property("_ContainerizeTargetFramework"));
    }

    [TestMethod]
    public void CTZ2013_AContainerizeTargetFrameworkTheProjectDoesNotHave()
    {
        using TestProject project = MultiTargeting("net9.0;net10.0", new() { ["ContainerizeTargetFramework"] = "net8.0" });

        BuildOutcome outcome = Builder(project).Build("_ContainerizeSelectTargetFramework");

        Assert.IsFalse(outcome.Succeeded);
        CollectionAssert.AreEqual(new[] { "CTZ2013" }, outcome.ErrorCodes.ToList());
    }

    [TestMethod]
    public void Publish_WithoutAFramework_PublishesAndContainerizesOne_InsteadOfFailingWithNETSDK1129()
    {
        using TestProject project = MultiTargeting("net10.0");

        BuildOutcome outcome = Builder(project).RestoreAndBuild("Publish");

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        Assert.IsTrue(File.Exists(Dockerfile(project, "net10.0")));
        Assert.IsTrue(File.Exists(Path.Combine(project.ProjectDirectory, "bin", "Debug", "net10.0", "publish", "App.dll")), "the framework was not published");
    }

    [TestMethod]
    public void AMultiTargetingLibrary_IsSkippedSilently_ByPublish()
    {
        using TestProject project = MultiTargeting("net10.0", new() { ["OutputType"] = "Library" });

        BuildOutcome outcome = Builder(project).RestoreAndBuild("Publish");

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        Assert.IsEmpty(outcome.Log.Warnings);
        Assert.IsEmpty(Directory.GetFiles(Path.Combine(project.ProjectDirectory, "obj"), "Dockerfile", SearchOption.AllDirectories));
    }

    private static string Dockerfile(TestProject project, string framework) =>
        Path.Combine(project.ProjectDirectory, "obj", "Debug", framework, "containerize", "Dockerfile");

    /// <summary>A console app with TargetFrameworks, and a Directory.Build.targets that imports as NuGet's generated imports do.</summary>
    private static TestProject MultiTargeting(string frameworks, Dictionary<string, string>? properties = null)
    {
        TestProject project = TestProject.Create(ProjectKind.Console, "App", GenerateDockerfileTargetTests.Containerized(properties ?? new()));
        XDocument document = XDocument.Load(project.ProjectPath);
        XElement group = document.Root!.Element("PropertyGroup")!;
        group.Element("TargetFramework")!.Remove();
        group.Add(new XElement("TargetFrameworks", frameworks));
        if (properties != null && properties.TryGetValue("OutputType", out string? outputType))
        {
            group.Elements("OutputType").Remove();
            group.Add(new XElement("OutputType", outputType));
        }

        document.Save(project.ProjectPath);
        ClosureFixture.Write(project, "Directory.Build.targets", $"""
            <Project>
              <Import Project="$({TestProject.SdkBuildFolderProperty})Containerize.Sdk.targets" Condition="'$(IsCrossTargetingBuild)' != 'true'" />
              <Import Project="$({TestProject.SdkBuildFolderProperty})Containerize.Sdk.MultiTargeting.targets" Condition="'$(IsCrossTargetingBuild)' == 'true'" />
            </Project>
            """);
        return project;
    }

    private ProjectBuilder Builder(TestProject project) => new(project, BinlogName.For(TestContext));
}
