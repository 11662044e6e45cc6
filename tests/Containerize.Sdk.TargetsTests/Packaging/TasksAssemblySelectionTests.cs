using Microsoft.Build.Evaluation;

namespace Containerize.Sdk.TargetsTests;

/// <summary>
/// Containerize.Sdk.TasksAssembly.targets, evaluated in a package laid out as NuGet extracts it: dotnet's MSBuild loads
/// the ReadyToRun copy for its own platform when the package has one, and the IL otherwise.
/// </summary>
[TestClass]
public sealed class TasksAssemblySelectionTests
{
    private const string SdkRuntimeIdentifier = "linux-x64";

    [TestMethod]
    public void TheReadyToRunCopyForTheSdksPlatformIsChosen()
    {
        using var package = new FakePackage(SdkRuntimeIdentifier);

        string chosen = package.Evaluate(SdkRuntimeIdentifier);

        Assert.AreEqual(package.ReadyToRunAssembly(SdkRuntimeIdentifier), Path.GetFullPath(chosen));
    }

    [TestMethod]
    public void APlatformWithoutAReadyToRunCopyLoadsTheIL()
    {
        using var package = new FakePackage(SdkRuntimeIdentifier);

        string chosen = package.Evaluate("linux-musl-x64");

        Assert.AreEqual(package.ILAssembly, Path.GetFullPath(chosen));
    }

    [TestMethod]
    public void APackageWithoutReadyToRunCopiesLoadsTheIL()
    {
        using var package = new FakePackage();

        string chosen = package.Evaluate(SdkRuntimeIdentifier);

        Assert.AreEqual(package.ILAssembly, Path.GetFullPath(chosen));
    }

    [TestMethod]
    public void TheProjectsOwnTasksAssemblyWins()
    {
        using var package = new FakePackage(SdkRuntimeIdentifier);

        string chosen = package.Evaluate(SdkRuntimeIdentifier, "/elsewhere/Containerize.Sdk.Tasks.dll");

        Assert.AreEqual("/elsewhere/Containerize.Sdk.Tasks.dll", chosen);
    }

    /// <summary>build/ with the real selection file, tasks/netstandard2.0/ and tasks/readytorun/&lt;rid&gt;/ with placeholder assemblies.</summary>
    private sealed class FakePackage : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "containerize-tasks-" + Guid.NewGuid().ToString("N"));

        public FakePackage(params string[] readyToRunPlatforms)
        {
            Directory.CreateDirectory(Path.Combine(_root, "build"));
            File.Copy(Path.Combine(RepositoryPaths.SdkBuildFolder, "Containerize.Sdk.TasksAssembly.targets"), Path.Combine(_root, "build", "Containerize.Sdk.TasksAssembly.targets"));
            Placeholder(ILAssembly);
            foreach (string platform in readyToRunPlatforms)
            {
                Placeholder(ReadyToRunAssembly(platform));
            }
        }

        public string ILAssembly => Path.Combine(_root, "tasks", "netstandard2.0", "Containerize.Sdk.Tasks.dll");

        public string ReadyToRunAssembly(string platform) => Path.Combine(_root, "tasks", "readytorun", platform, "Containerize.Sdk.Tasks.dll");

        /// <summary>ContainerizeTasksAssembly of a project that imports the selection file, as its SDK's platform says.</summary>
        public string Evaluate(string sdkRuntimeIdentifier, string? projectTasksAssembly = null)
        {
            string projectFile = Path.Combine(_root, "project.proj");
            File.WriteAllText(projectFile,
                "<Project>\n"
                + (projectTasksAssembly == null ? "" : $"  <PropertyGroup><ContainerizeTasksAssembly>{projectTasksAssembly}</ContainerizeTasksAssembly></PropertyGroup>\n")
                + "  <Import Project=\"build/Containerize.Sdk.TasksAssembly.targets\" />\n"
                + "</Project>\n");
            using var collection = new ProjectCollection(new Dictionary<string, string> { ["NETCoreSdkRuntimeIdentifier"] = sdkRuntimeIdentifier });
            Project project = collection.LoadProject(projectFile);
            Assert.AreEqual("Core", project.GetPropertyValue("MSBuildRuntimeType"), "these tests run in dotnet's MSBuild");
            return project.GetPropertyValue("ContainerizeTasksAssembly");
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private static void Placeholder(string path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "");
        }
    }
}
