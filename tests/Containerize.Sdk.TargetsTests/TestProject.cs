using System.Xml.Linq;

namespace Containerize.Sdk.TargetsTests;

public enum ProjectKind
{
    Console,
    Web,
    ClassLibrary,
}

/// <summary>
/// A throwaway repository in the temp folder: Directory.Build.props and Directory.Build.targets that import the
/// package's build/ files (as NuGet's generated imports would), a NuGet.config without sources, and one SDK-style
/// project under src/. It lives outside this repository so that none of the repository's own Directory.*.props,
/// NuGet.config or global.json apply to it.
/// </summary>
internal sealed class TestProject : IDisposable
{
    /// <summary>
    /// The global property that holds the package's build folder. The imports name it instead of an absolute path so that
    /// they stay out of the restore inputs, like NuGet's imports from obj/, which no repository file names either;
    /// an absolute path into this repository would make the build context the common folder of both, "/".
    /// </summary>
    public const string SdkBuildFolderProperty = "ContainerizeTestSdkBuildFolder";

    private TestProject(string root, string name)
    {
        Root = root;
        Name = name;
        ProjectDirectory = Path.Combine(root, "src", name);
        ProjectPath = Path.Combine(ProjectDirectory, name + ".csproj");
    }

    public string Root { get; }

    public string Name { get; }

    public string ProjectDirectory { get; }

    public string ProjectPath { get; }

    public static TestProject Create(ProjectKind kind, string name, IReadOnlyDictionary<string, string>? properties = null)
    {
        string root = Path.Combine(Path.GetTempPath(), "ctz-targets", Guid.NewGuid().ToString("N").Substring(0, 12));
        var project = new TestProject(root, name);
        Directory.CreateDirectory(project.ProjectDirectory);

        Write(Path.Combine(root, "Directory.Build.props"), new XElement("Project",
            new XElement("PropertyGroup",
                new XElement("ContainerizeTasksAssembly", RepositoryPaths.TasksAssembly),
                // No package sources and no audit: the projects need no package, and the tests need no network.
                new XElement("NuGetAudit", "false")),
            new XElement("Import", new XAttribute("Project", $"$({SdkBuildFolderProperty})Containerize.Sdk.props"))));
        Write(Path.Combine(root, "Directory.Build.targets"), new XElement("Project",
            new XElement("Import", new XAttribute("Project", $"$({SdkBuildFolderProperty})Containerize.Sdk.targets"))));
        Write(Path.Combine(root, "NuGet.config"), new XElement("configuration",
            new XElement("packageSources", new XElement("clear"))));

        var propertyGroup = new XElement("PropertyGroup",
            new XElement("TargetFramework", "net10.0"),
            new XElement("ImplicitUsings", "enable"),
            new XElement("Nullable", "enable"));
        if (kind != ProjectKind.ClassLibrary)
        {
            propertyGroup.AddFirst(new XElement("OutputType", "Exe"));
        }

        foreach (KeyValuePair<string, string> property in properties ?? new Dictionary<string, string>())
        {
            propertyGroup.Add(new XElement(property.Key, property.Value));
        }

        string sdk = kind == ProjectKind.Web ? "Microsoft.NET.Sdk.Web" : "Microsoft.NET.Sdk";
        Write(project.ProjectPath, new XElement("Project", new XAttribute("Sdk", sdk), propertyGroup));
        File.WriteAllText(Path.Combine(project.ProjectDirectory, kind == ProjectKind.ClassLibrary ? "Greeting.cs" : "Program.cs"), kind switch
        {
            ProjectKind.Web => "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/\", () => \"hello\");\napp.Run();\n",
            ProjectKind.Console => "Console.WriteLine(\"hello\");\n",
            _ => "namespace Library;\n\npublic static class Greeting\n{\n    public static string Text => \"hello\";\n}\n",
        });
        return project;
    }

    /// <summary>obj/&lt;configuration&gt;/net10.0/containerize/, where the generated files go by default.</summary>
    public string ContainerizeFolder(string configuration = "Debug") => Path.Combine(ProjectDirectory, "obj", configuration, "net10.0", "containerize");

    public string DockerfilePath(string configuration = "Debug") => Path.Combine(ContainerizeFolder(configuration), "Dockerfile");

    public string[] DockerfileLines(string configuration = "Debug") => File.ReadAllText(DockerfilePath(configuration)).Split('\n');

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not hide the test's own result.
        }
    }

    private static void Write(string path, XElement root) => File.WriteAllText(path, root.ToString() + "\n");
}
