using System.Xml.Linq;

namespace Containerize.Sdk.TargetsTests.RestoreInputs;

/// <summary>
/// A TestProject (src/App, importing the package's build/ files) grown into a small repository: a nested
/// Directory.Build.props chained to the root one and importing build/shared.props, central package management, a
/// lock file, and references outside the app's folder: libs/Shared (TargetFrameworks, so evaluated as an outer build)
/// and, from its inner build only, libs/Core. Files are written relative to the root with '/'.
/// </summary>
internal static class ClosureFixture
{
    public static TestProject Create(Dictionary<string, string>? properties = null)
    {
        TestProject project = TestProject.Create(ProjectKind.Console, "App", properties);
        Write(project, "src/App/Directory.Build.props", """
            <Project>
              <Import Project="$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))" />
              <Import Project="$(MSBuildThisFileDirectory)../../build/shared.props" />
            </Project>
            """);
        Write(project, "build/shared.props", "<Project><PropertyGroup><Deterministic>true</Deterministic></PropertyGroup></Project>\n");
        Write(project, "build/unused.props", "<Project />\n");
        Write(project, "Directory.Packages.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup></Project>\n");
        Write(project, "src/App/packages.lock.json", "{ \"version\": 1, \"dependencies\": {} }\n");
        Write(project, "libs/Shared/Shared.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net10.0</TargetFrameworks>
              </PropertyGroup>
              <ItemGroup Condition="'$(TargetFramework)' == 'net10.0'">
                <ProjectReference Include="../Core/Core.csproj" />
              </ItemGroup>
            </Project>
            """);
        Write(project, "libs/Core/Core.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        AddProjectReference(project, "../../libs/Shared/Shared.csproj");
        return project;
    }

    public static void Write(TestProject project, string relative, string text)
    {
        string path = Path.Combine(project.Root, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public static void AddProjectReference(TestProject project, string include)
    {
        XDocument document = XDocument.Load(project.ProjectPath);
        document.Root!.Add(new XElement("ItemGroup", new XElement("ProjectReference", new XAttribute("Include", include))));
        document.Save(project.ProjectPath);
    }

    /// <summary>Root-relative, '/'-separated forms of full paths, sorted as the targets sort them.</summary>
    public static string[] Relative(TestProject project, IEnumerable<string> paths) =>
        paths.Select(path => Path.GetRelativePath(project.Root, path).Replace(Path.DirectorySeparatorChar, '/')).ToArray();
}
