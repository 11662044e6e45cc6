namespace Containerize.Sdk.TargetsTests;

/// <summary>Where the repository's files are, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The package's build folder, imported by the test projects as NuGet would import it.</summary>
    public static string SdkBuildFolder => Path.Combine(Root, "sdk", "build") + Path.DirectorySeparatorChar;

    /// <summary>The task assembly built from src/Containerize.Sdk.Tasks, with its dependencies, in tasks/ of this test's output folder.</summary>
    public static string TasksAssembly => Path.Combine(AppContext.BaseDirectory, "tasks", "Containerize.Sdk.Tasks.dll");

    public static string BinlogFolder => Path.Combine(Root, "artifacts", "test-results", "binlogs");

    private static string FindRoot()
    {
        for (DirectoryInfo? folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "sdk", "build", "Containerize.Sdk.targets")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with sdk/build/Containerize.Sdk.targets) is not above " + AppContext.BaseDirectory + ".");
    }
}
