namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>
/// An app in its own folder under the temp directory, laid out as a user's repository: global.json, NuGet.config and
/// the package feed (a copy of the one ./build.sh packs) inside it, packages restored beside it. Inside this repository
/// (as TestProject is) the repository's own NuGet.config would be a restore input, and the build context would be the
/// whole repository, where other tests write all the time; here the context is the app's folder and nothing else.
/// </summary>
internal sealed class StandaloneApp : IScratchProject
{
    private readonly string _root;

    private StandaloneApp(string root, string projectName)
    {
        _root = root;
        ProjectName = projectName;
    }

    public string ProjectName { get; }

    public string UniqueName => ProjectName;

    /// <summary>The app's folder: the build context.</summary>
    public string Directory => Path.Combine(_root, "app");

    public string ProjectPath => Path.Combine(Directory, ProjectName + ".csproj");

    public string GeneratedDockerfilePath => Path.Combine(Directory, "obj", "Release", "net10.0", "containerize", "Dockerfile");

    /// <param name="purpose">A short word for the folder and project names.</param>
    /// <param name="kind">Console or web.</param>
    /// <param name="programText">Program.cs.</param>
    /// <param name="asProjectSdk">Reference Containerize.Sdk as an additive project SDK instead of a PackageReference.</param>
    /// <param name="packageReferences">More PackageReference elements, as XML.</param>
    public static StandaloneApp Create(string purpose, AppKind kind, string programText, bool asProjectSdk = false, string packageReferences = "")
    {
        string unique = Guid.NewGuid().ToString("N")[..8];
        var app = new StandaloneApp(
            Path.Combine(Path.GetTempPath(), $"containerize-e2e-{purpose}-{unique}"),
            char.ToUpperInvariant(purpose[0]) + purpose[1..] + "App" + unique);
        System.IO.Directory.CreateDirectory(Path.Combine(app.Directory, "feed"));
        File.Copy(RepositoryLayout.PackagePath, Path.Combine(app.Directory, "feed", Path.GetFileName(RepositoryLayout.PackagePath)));
        File.Copy(Path.Combine(RepositoryLayout.Root, "global.json"), Path.Combine(app.Directory, "global.json"));

        // Outside the app folder, so not in the build context; never ~/.nuget/packages, where a stale 0.1.0-dev would
        // stay. globalPackagesFolder is for MSBuild's SDK resolver, which does not read RestorePackagesPath.
        app.WriteFile("NuGet.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="../packages" />
              </config>
              <packageSources>
                <clear />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                <add key="containerize-local" value="feed" />
              </packageSources>
            </configuration>
            """);
        app.WriteFile("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)../packages/</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        string sdk = kind == AppKind.Web ? "Microsoft.NET.Sdk.Web" : "Microsoft.NET.Sdk";
        string package = $"""<PackageReference Include="{RepositoryLayout.PackageId}" Version="{RepositoryLayout.PackageVersion}" PrivateAssets="all" />""";
        if (asProjectSdk)
        {
            sdk += $";{RepositoryLayout.PackageId}/{RepositoryLayout.PackageVersion}";
            package = "";
        }

        app.WriteFile(app.ProjectName + ".csproj", $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                {package}
                {packageReferences}
              </ItemGroup>
            </Project>
            """);
        app.WriteFile("Program.cs", programText);
        return app;
    }

    public void WriteFile(string relativePath, string text) => File.WriteAllText(Path.Combine(Directory, relativePath), text);

    /// <summary>dotnet publish -p:Containerize=true as a user runs it, with the image name and the properties given.</summary>
    public ProcessResult Publish(ImageName image, params string[] properties) =>
        ContainerizePublish.Run(ProjectPath, image.Properties().Concat(properties));

    public void Dispose() => ScratchFolder.Delete(_root);
}
