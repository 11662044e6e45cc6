using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Planning;

/// <summary>Valid settings as the targets pass them for a typical project; each test changes the one value it is about.</summary>
internal static class FactorySettings
{
    /// <summary>A folder that need not exist: the factory only computes paths.</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "ctz-factory", "repo"));

    public static string In(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    public static ContainerSettings WebApp(string? root = null)
    {
        root ??= Root;
        string project = Path.Combine(root, "src", "Web", "Web.csproj");
        return new ContainerSettings
        {
            ProjectFullPath = project,
            AssemblyName = "Web",
            TargetFrameworkIdentifier = ".NETCoreApp",
            TargetFrameworkVersion = "v10.0",
            BundledRuntimeVersion = "10.0.0",
            UsesAspNetCore = true,
            Configuration = "Release",
            Version = "1.0.0",
            RestoreInputs = new[] { project },
        };
    }

    public static ContainerSettings ConsoleApp()
    {
        ContainerSettings settings = WebApp();
        settings.UsesAspNetCore = false;
        settings.AssemblyName = "Worker";
        settings.ProjectFullPath = In("src", "Worker", "Worker.csproj");
        settings.RestoreInputs = new[] { settings.ProjectFullPath };
        return settings;
    }
}
