namespace Containerize.Sdk.TargetsTests.RestoreInputs;

/// <summary>_ContainerizeComputeRestoreInputs on a fixture repository, evaluated by the real SDK: the closure's restore inputs.</summary>
[TestClass]
public sealed class RestoreInputTargetTests
{
    private const string Target = "_ContainerizeComputeRestoreInputs";

    private static readonly string[] ExpectedInputs =
    {
        "Directory.Build.props",
        "Directory.Build.targets",
        "Directory.Packages.props",
        "NuGet.config",
        "build/shared.props",
        "libs/Core/Core.csproj",
        "libs/Shared/Shared.csproj",
        "src/App/App.csproj",
        "src/App/Directory.Build.props",
        "src/App/packages.lock.json",
    };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Closure_GivesExactlyItsRestoreInputs_InAStableOrder()
    {
        using TestProject project = ClosureFixture.Create();

        BuildOutcome outcome = Builder(project).Build(Target);

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        CollectionAssert.AreEqual(ExpectedInputs, ClosureFixture.Relative(project, outcome.Items("ContainerizeRestoreInput")));
        Assert.IsEmpty(outcome.Items("ContainerizeRestoreSecret"));
    }

    [TestMethod]
    public void Closure_GivesEveryTargetFrameworkOfEveryProject_AndNoneIsARestoreInput()
    {
        using TestProject project = ClosureFixture.Create();
        ClosureFixture.Write(project, "libs/Shared/Shared.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net10.0;net8.0;netstandard2.0</TargetFrameworks>
              </PropertyGroup>
              <ItemGroup Condition="'$(TargetFramework)' == 'net10.0'">
                <ProjectReference Include="../Core/Core.csproj" />
              </ItemGroup>
            </Project>
            """);

        BuildOutcome outcome = Builder(project).Build(Target);

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        string[] frameworks = outcome.State!.GetItems("_ContainerizeClosureTargetFramework")
            .Select(item => ClosureFixture.Relative(project, new[] { item.GetMetadataValue("Project") })[0] + " " + item.EvaluatedInclude)
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToArray();
        CollectionAssert.AreEqual(
            new[]
            {
                "libs/Core/Core.csproj .NETCoreApp,Version=v10.0",
                "libs/Shared/Shared.csproj .NETCoreApp,Version=v10.0",
                "libs/Shared/Shared.csproj .NETCoreApp,Version=v8.0",
                "libs/Shared/Shared.csproj .NETStandard,Version=v2.0",
                "src/App/App.csproj .NETCoreApp,Version=v10.0",
            },
            frameworks);
        CollectionAssert.AreEqual(ExpectedInputs, ClosureFixture.Relative(project, outcome.Items("ContainerizeRestoreInput")));
    }

    [TestMethod]
    public void AProjectWithoutReferences_HasOnlyItsOwnInputs()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Solo");

        BuildOutcome outcome = Builder(project).Build(Target);

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        CollectionAssert.AreEqual(
            new[] { "Directory.Build.props", "Directory.Build.targets", "NuGet.config", "src/Solo/Solo.csproj" },
            ClosureFixture.Relative(project, outcome.Items("ContainerizeRestoreInput")));
    }

    [TestMethod]
    public void AReferenceWithoutTheCommonTargets_IsStillAnInput()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "App");
        ClosureFixture.Write(project, "tools/Tool.proj", "<Project>\n  <Target Name=\"Build\" />\n</Project>\n");
        ClosureFixture.AddProjectReference(project, "../../tools/Tool.proj");

        BuildOutcome outcome = Builder(project).Build(Target);

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        CollectionAssert.Contains(ClosureFixture.Relative(project, outcome.Items("ContainerizeRestoreInput")), "tools/Tool.proj");
    }

    [TestMethod]
    public void ALocalFeedNamedInNuGetConfig_IsALocalPackageSource()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "App");
        Directory.CreateDirectory(Path.Combine(project.Root, "feed"));
        ClosureFixture.Write(project, "NuGet.config", """
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="feed" />
              </packageSources>
            </configuration>
            """);

        BuildOutcome outcome = Builder(project).Build(Target);

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        CollectionAssert.AreEqual(new[] { "feed" }, ClosureFixture.Relative(project, outcome.Items("ContainerizeLocalPackageSource")));
    }

    [TestMethod]
    public void AnImportThatCannotBeExpanded_IsSkipped_WithALowImportanceMessage()
    {
        using TestProject project = ClosureFixture.Create();
        ClosureFixture.Write(project, "build/shared.props", "<Project><Import Project=\"$(AgentToolsDir)ci.props\" Condition=\"'$(AgentToolsDir)' != ''\" /></Project>\n");

        BuildOutcome outcome = Builder(project).Build(Target);

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        Assert.IsTrue(
            outcome.Log.Messages.Any(message => message.Importance == Microsoft.Build.Framework.MessageImportance.Low && message.Message!.Contains("$(AgentToolsDir)", StringComparison.Ordinal)),
            "no message about the skipped import");
    }

    [TestMethod]
    public void CTZ2002_AnInputOutsideAnExplicitContext()
    {
        using TestProject project = ClosureFixture.Create(GenerateDockerfileTargetTests.Containerized(new()));
        ProjectBuilder builder = Builder(project);
        builder.GlobalProperties["ContainerizeContext"] = Path.Combine(project.Root, "src");

        BuildOutcome outcome = builder.RestoreAndBuild("GenerateDockerfile");

        Assert.IsFalse(outcome.Succeeded);
        CollectionAssert.Contains(outcome.ErrorCodes.ToList(), "CTZ2002");
    }

    [TestMethod]
    public void CTZ2005_InputsAboveTheRepository_AreAWarning_AndTheDockerfileIsStillWritten()
    {
        using TestProject project = ClosureFixture.Create(GenerateDockerfileTargetTests.Containerized(new()));
        // src/ becomes the repository: the fixture's NuGet.config at the root lies above it and pulls the context up.
        Directory.CreateDirectory(Path.Combine(project.Root, "src", ".git"));

        BuildOutcome outcome = Builder(project).RestoreAndBuild("GenerateDockerfile");

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        string warning = outcome.Log.Warnings.Single(warning => warning.Code == "CTZ2005").Message!;
        Assert.Contains("'" + Path.Combine(project.Root, "NuGet.config") + "'", warning);
        Assert.Contains("lies above the repository '" + Path.Combine(project.Root, "src") + "'", warning);
        Assert.IsTrue(File.Exists(project.DockerfilePath()));
    }

    [TestMethod]
    public void CTZ2005_IsNotRaised_WhenTheRepositoryHoldsEveryInput()
    {
        using TestProject project = ClosureFixture.Create(GenerateDockerfileTargetTests.Containerized(new()));
        Directory.CreateDirectory(Path.Combine(project.Root, ".git"));

        BuildOutcome outcome = Builder(project).RestoreAndBuild("GenerateDockerfile");

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        Assert.IsEmpty(outcome.Log.Warnings.Where(warning => warning.Code == "CTZ2005"), outcome.Log.Describe());
    }

    [TestMethod]
    public void TheDockerfile_CopiesTheClosuresInputs_BeforeTheRestore()
    {
        using TestProject project = ClosureFixture.Create(GenerateDockerfileTargetTests.Containerized(new()));

        BuildOutcome outcome = Builder(project).RestoreAndBuild("GenerateDockerfile");

        Assert.IsTrue(outcome.Succeeded, outcome.Log.Describe());
        string[] lines = project.DockerfileLines();
        int restore = Array.FindIndex(lines, line => line.Contains("dotnet restore src/App/App.csproj", StringComparison.Ordinal));
        string[] copied = lines.Take(restore).Where(line => line.StartsWith("COPY ", StringComparison.Ordinal)).ToArray();
        string text = string.Join("\n", lines);
        CollectionAssert.Contains(copied, "COPY [\"libs/Core/Core.csproj\", \"libs/Core/\"]", text);
        CollectionAssert.Contains(copied, "COPY [\"build/shared.props\", \"build/\"]", text);
        CollectionAssert.Contains(copied, "COPY [\"src/App/App.csproj\", \"src/App/Directory.Build.props\", \"src/App/packages.lock.json\", \"src/App/\"]", text);
        Assert.IsFalse(copied.Any(line => line.Contains("unused.props", StringComparison.Ordinal)), text);
    }

    private ProjectBuilder Builder(TestProject project) => new(project, BinlogName.For(TestContext));
}
