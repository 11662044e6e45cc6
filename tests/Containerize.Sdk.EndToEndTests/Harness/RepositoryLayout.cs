namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>The repository's folders the tests use, found from the test assembly's location.</summary>
internal static class RepositoryLayout
{
    public const string PackageId = "Containerize.Sdk";

    /// <summary>The fixed development version ./build.sh packs (ContainerizeSdkVersion in Directory.Build.props).</summary>
    public const string PackageVersion = "0.1.0-dev";

    private const string SolutionFileName = "Containerize.Sdk.sln";

    public static string Root { get; } = FindRoot();

    public static string Artifacts => Path.Combine(Root, "artifacts");

    /// <summary>The local feed ./build.sh packs into.</summary>
    public static string PackageFeed => Path.Combine(Artifacts, "packages");

    public static string PackagePath => Path.Combine(PackageFeed, $"{PackageId}.{PackageVersion}.nupkg");

    /// <summary>Where test projects restore packages: never ~/.nuget/packages, which would keep a stale 0.1.0-dev.</summary>
    public static string IsolatedPackages => Path.Combine(Artifacts, "nuget-packages");

    /// <summary>Parent of the throwaway test projects: inside the repository, so the local feed is in their build context.</summary>
    public static string TestProjects => Path.Combine(Artifacts, "e2e");

    private static string FindRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFileName}.");
    }
}
