using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Configuration;

/// <summary>
/// Settings as the targets pass them for a web app at ROOT/src/Web/Web.csproj (the build context is its folder), and
/// what the factory, planner and writer make of them. Each test changes only the settings it is about.
/// </summary>
internal static class ConfiguredProject
{
    /// <summary>A root that need not exist: without ContainerFile items the factory only computes paths.</summary>
    public static string FakeRoot { get; } = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "ctz-configuration", "repo"));

    public static ContainerSettings WebApp(string? root = null)
    {
        string project = Path.Combine(root ?? FakeRoot, "src", "Web", "Web.csproj");
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
            UseBuildKit = true,
            RestoreInputs = new[] { project },
        };
    }

    public static ContainerSettings ConsoleApp()
    {
        ContainerSettings settings = WebApp();
        settings.UsesAspNetCore = false;
        return settings;
    }

    /// <summary>The final stage's text; fails the test when the settings give an error.</summary>
    public static string FinalStage(ContainerSettings settings)
    {
        ContainerSpecResult result = ContainerSpecFactory.Create(settings);
        Assert.IsFalse(result.HasErrors, "Unexpected errors: " + string.Join("; ", result.Diagnostics));
        string dockerfile = DockerfileWriter.Write(DockerfilePlanner.Plan(result.Spec!));
        int start = dockerfile.IndexOf("\nFROM " + result.Spec!.BaseImage + " AS " + StageLayout.FinalStageName + "\n", StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, start, "No final stage in:\n" + dockerfile);
        return dockerfile.Substring(start + 1);
    }

    public static IReadOnlyList<string> Codes(ContainerSettings settings) =>
        ContainerSpecFactory.Create(settings).Diagnostics.Select(diagnostic => diagnostic.Code).ToList();

    /// <summary>The one diagnostic with the code; fails when there is none, and when an error leaves a spec behind.</summary>
    public static ContainerizeDiagnostic Single(ContainerSettings settings, string code)
    {
        ContainerSpecResult result = ContainerSpecFactory.Create(settings);
        List<ContainerizeDiagnostic> matching = result.Diagnostics.Where(diagnostic => diagnostic.Code == code).ToList();
        Assert.HasCount(1, matching, "Diagnostics: " + string.Join("; ", result.Diagnostics));
        if (!matching[0].IsWarning)
        {
            Assert.IsNull(result.Spec, "An error must leave no spec to write.");
        }

        return matching[0];
    }
}
