using Containerize.Sdk.RestoreInputs;

namespace Containerize.Sdk.Tests.RestoreInputs;

[TestClass]
public sealed class ImportScannerTests
{
    [TestMethod]
    public void NestedDirectoryBuildProps_ChainedWithGetPathOfFileAbove_FindsTheParentAndItsImports()
    {
        using var repository = new FixtureRepository();
        repository.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <RepoRoot>$(MSBuildThisFileDirectory)</RepoRoot>
              </PropertyGroup>
              <Import Project="$(RepoRoot)build/common.props" />
            </Project>
            """);
        repository.Write("build/common.props", FixtureRepository.ProjectImporting("versions.props"));
        repository.Write("build/versions.props", FixtureRepository.EmptyProject);
        repository.Write("build/unused.props", FixtureRepository.EmptyProject);
        string nested = repository.Write("src/App/Directory.Build.props",
            FixtureRepository.ProjectImporting("$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))"));
        string project = repository.Write("src/App/App.csproj", FixtureRepository.EmptyProject);

        ImportScanResult result = new ImportScanner(new string[0]).Scan(project, new[] { nested, project });

        CollectionAssert.AreEqual(
            new[] { "Directory.Build.props", "build/common.props", "build/versions.props" },
            repository.Relative(result.Imports));
    }

    [TestMethod]
    public void ProjectFileImports_ResolveRelativeToTheImportingFile_WithBackslashes()
    {
        using var repository = new FixtureRepository();
        repository.Write("build/app.targets", FixtureRepository.ProjectImporting("$(MSBuildProjectDirectory)/../../build/project-dir.props"));
        repository.Write("build/project-dir.props", FixtureRepository.EmptyProject);
        string project = repository.Write("src/App/App.csproj", FixtureRepository.ProjectImporting(@"..\..\build\app.targets"));

        ImportScanResult result = new ImportScanner(new string[0]).Scan(project, new[] { project });

        CollectionAssert.AreEqual(new[] { "build/app.targets", "build/project-dir.props" }, repository.Relative(result.Imports));
    }

    [TestMethod]
    public void WildcardInTheFileName_ImportsEachMatchInOrder()
    {
        using var repository = new FixtureRepository();
        repository.Write("build/b.shared.props", FixtureRepository.EmptyProject);
        repository.Write("build/a.shared.props", FixtureRepository.EmptyProject);
        repository.Write("build/other.props", FixtureRepository.EmptyProject);
        string props = repository.Write("Directory.Build.props", FixtureRepository.ProjectImporting("$(MSBuildThisFileDirectory)build/*.shared.props"));

        ImportScanResult result = new ImportScanner(new string[0]).Scan(repository.PathOf("App.csproj"), new[] { props });

        CollectionAssert.AreEqual(new[] { "build/a.shared.props", "build/b.shared.props" }, repository.Relative(result.Imports));
    }

    [TestMethod]
    public void SdkImports_AndMissingFiles_AreNotInputs()
    {
        using var repository = new FixtureRepository();
        string project = repository.Write("App.csproj", """
            <Project>
              <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" />
              <Import Project="missing.props" Condition="Exists('missing.props')" />
            </Project>
            """);

        ImportScanResult result = new ImportScanner(new string[0]).Scan(project, new[] { project });

        Assert.IsEmpty(result.Imports);
        Assert.IsEmpty(result.Skipped);
    }

    [TestMethod]
    public void UnexpandableImport_IsSkipped_WithTheFileAndTheReason()
    {
        using var repository = new FixtureRepository();
        string project = repository.Write("App.csproj", FixtureRepository.ProjectImporting("$(SolutionDir)shared.props"));

        ImportScanResult result = new ImportScanner(new string[0]).Scan(project, new[] { project });

        Assert.IsEmpty(result.Imports);
        Assert.HasCount(1, result.Skipped);
        StringAssert.Contains(result.Skipped[0], project);
        StringAssert.Contains(result.Skipped[0], "$(SolutionDir)");
    }

    [TestMethod]
    public void ConditionalPropertyValue_MakesThePropertyUnknown_ButAnUnsetDefaultIsTaken()
    {
        using var repository = new FixtureRepository();
        repository.Write("shared/defaulted.props", FixtureRepository.EmptyProject);
        repository.Write("ci/only.props", FixtureRepository.EmptyProject);
        string props = repository.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <SharedDir Condition="'$(SharedDir)' == ''">$(MSBuildThisFileDirectory)shared/</SharedDir>
                <CiDir>$(MSBuildThisFileDirectory)ci/</CiDir>
                <CiDir Condition="'$(CI)' == 'true'">/agent/ci/</CiDir>
              </PropertyGroup>
              <Import Project="$(SharedDir)defaulted.props" />
              <Import Project="$(CiDir)only.props" />
            </Project>
            """);

        ImportScanResult result = new ImportScanner(new string[0]).Scan(repository.PathOf("App.csproj"), new[] { props });

        CollectionAssert.AreEqual(new[] { "shared/defaulted.props" }, repository.Relative(result.Imports));
        Assert.IsTrue(result.Skipped.Any(reason => reason.Contains("$(CiDir)", StringComparison.Ordinal)), string.Join("\n", result.Skipped));
    }

    [TestMethod]
    public void PropertiesSetInsideTargets_DoNotApplyToImports()
    {
        using var repository = new FixtureRepository();
        repository.Write("build/x.props", FixtureRepository.EmptyProject);
        string project = repository.Write("App.csproj", """
            <Project>
              <Target Name="Late">
                <PropertyGroup><Late>$(MSBuildThisFileDirectory)build/</Late></PropertyGroup>
              </Target>
              <Import Project="$(Late)x.props" />
            </Project>
            """);

        ImportScanResult result = new ImportScanner(new string[0]).Scan(project, new[] { project });

        Assert.IsEmpty(result.Imports);
    }

    [TestMethod]
    public void ImportCycles_EndAndEachFileIsListedOnce()
    {
        using var repository = new FixtureRepository();
        repository.Write("build/a.props", FixtureRepository.ProjectImporting("b.props"));
        repository.Write("build/b.props", FixtureRepository.ProjectImporting("a.props", "../Directory.Build.props"));
        string props = repository.Write("Directory.Build.props", FixtureRepository.ProjectImporting("build/a.props"));

        ImportScanResult result = new ImportScanner(new string[0]).Scan(repository.PathOf("App.csproj"), new[] { props });

        CollectionAssert.AreEqual(new[] { "build/a.props", "build/b.props" }, repository.Relative(result.Imports));
    }

    [TestMethod]
    public void FilesInToolsetFolders_AreNeitherInputsNorFollowed()
    {
        using var repository = new FixtureRepository();
        repository.Write("sdk/Sdk.props", FixtureRepository.ProjectImporting("../build/reached-only-through-the-sdk.props"));
        repository.Write("build/reached-only-through-the-sdk.props", FixtureRepository.EmptyProject);
        string project = repository.Write("src/App.csproj", FixtureRepository.ProjectImporting("../sdk/Sdk.props"));

        ImportScanResult result = new ImportScanner(new[] { repository.PathOf("sdk") }).Scan(project, new[] { project });

        Assert.IsEmpty(result.Imports);
    }

    [TestMethod]
    public void MSBuildProjectDirectory_IsThePublishedProjectsFolder_InSharedFiles()
    {
        using var repository = new FixtureRepository();
        string props = repository.Write("Directory.Build.props", FixtureRepository.ProjectImporting("$(MSBuildProjectDirectory)/$(MSBuildProjectName).local.props"));
        repository.Write("src/App/App.local.props", FixtureRepository.EmptyProject);
        repository.Write("src/Lib/Lib.local.props", FixtureRepository.EmptyProject);
        var scanner = new ImportScanner(new string[0]);

        ImportScanResult app = scanner.Scan(repository.PathOf("src/App/App.csproj"), new[] { props });
        ImportScanResult lib = scanner.Scan(repository.PathOf("src/Lib/Lib.csproj"), new[] { props });

        CollectionAssert.AreEqual(new[] { "src/App/App.local.props" }, repository.Relative(app.Imports));
        CollectionAssert.AreEqual(new[] { "src/Lib/Lib.local.props" }, repository.Relative(lib.Imports));
    }
}
