namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>
/// A throwaway app project in artifacts/e2e/&lt;guid&gt;/ that references Containerize.Sdk from the local feed, laid out
/// as a user's repository would be: its own Directory.Build.props, Directory.Packages.props and NuGet.config, so nothing
/// of this repository's build reaches it. The feed (artifacts/packages) is referenced relatively: the generated
/// Dockerfile copies it into the build container, where the same relative paths hold.
/// </summary>
internal sealed class TestProject : IScratchProject
{
    public const string ProjectName = "App";

    private TestProject(string directory, ProjectLanguage language)
    {
        Directory = directory;
        Language = language;
    }

    public string Directory { get; }

    public ProjectLanguage Language { get; }

    public string ProjectPath => Path.Combine(Directory, ProjectName + Language.ProjectExtension());

    public string UniqueName => Path.GetFileName(Directory);

    /// <summary>Writes the project with Program.cs (or .fs, .vb) holding programText.</summary>
    public static TestProject Create(AppKind kind, string programText, ProjectLanguage language = ProjectLanguage.CSharp)
    {
        var project = new TestProject(Path.Combine(RepositoryLayout.TestProjects, Guid.NewGuid().ToString("N")), language);
        System.IO.Directory.CreateDirectory(project.Directory);
        project.WriteFile(ProjectName + language.ProjectExtension(), ProjectFile(kind, language));
        project.WriteFile("Program" + language.SourceExtension(), programText);
        project.WriteFile("Directory.Build.props", DirectoryBuildProps);
        project.WriteFile("Directory.Packages.props", DirectoryPackagesProps);
        project.WriteFile("NuGet.config", NuGetConfig);
        return project;
    }

    public void WriteFile(string relativePath, string text) => File.WriteAllText(Path.Combine(Directory, relativePath), text);

    /// <summary>dotnet publish -p:Containerize=true as a user runs it, with the image name given.</summary>
    public ProcessResult Publish(ImageName image, params string[] properties) => ContainerizePublish.Run(ProjectPath, image.Properties().Concat(properties));

    /// <summary>The Dockerfile the package generated, under obj/.../containerize/.</summary>
    public string GeneratedDockerfilePath()
    {
        string[] found = System.IO.Directory.GetFiles(Path.Combine(Directory, "obj"), "Dockerfile", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == "containerize")
            .ToArray();
        Assert.HasCount(1, found, $"Expected one generated Dockerfile under {Directory}/obj/**/containerize/.");
        return found[0];
    }

    public void Dispose() => ScratchFolder.Delete(Directory);

    // C# as the tests have always written it; F# and Visual Basic as `dotnet new web -lang F#` and `dotnet new console -lang VB` do.
    private static string ProjectFile(AppKind kind, ProjectLanguage language) => $"""
        <Project Sdk="{(kind == AppKind.Web ? "Microsoft.NET.Sdk.Web" : "Microsoft.NET.Sdk")}">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            {(language == ProjectLanguage.CSharp ? "<ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable>" : "")}
          </PropertyGroup>
          {(language == ProjectLanguage.FSharp ? "<ItemGroup><Compile Include=\"Program.fs\" /></ItemGroup>" : "")}
          <ItemGroup>
            <PackageReference Include="{RepositoryLayout.PackageId}" Version="{RepositoryLayout.PackageVersion}" PrivateAssets="all" />
          </ItemGroup>
        </Project>
        """;

    // Relative to the project folder, so it holds on the host and in the build container: never ~/.nuget/packages,
    // where a stale 0.1.0-dev would stay after the next pack.
    private const string DirectoryBuildProps = """
        <Project>
          <PropertyGroup>
            <RestorePackagesPath>$([MSBuild]::NormalizeDirectory('$(MSBuildThisFileDirectory)', '..', '..', 'nuget-packages'))</RestorePackagesPath>
          </PropertyGroup>
        </Project>
        """;

    private const string DirectoryPackagesProps = """
        <Project>
          <PropertyGroup>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
          </PropertyGroup>
        </Project>
        """;

    private const string NuGetConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
            <add key="containerize-local" value="../../packages" />
          </packageSources>
        </configuration>
        """;
}
