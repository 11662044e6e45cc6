using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Tests.Planning;

namespace Containerize.Sdk.Tests.Configuration;

/// <summary>
/// The settings of FactorySettings for a web app at ROOT/src/Web/Web.csproj (the build context is its folder) with a
/// BuildKit builder, and what the factory, planner and writer make of them. Each test changes only the settings it is
/// about.
/// </summary>
internal static class ConfiguredProject
{
    public static string FakeRoot => FactorySettings.Root;

    public static ContainerSettings WebApp(string? root = null)
    {
        ContainerSettings settings = FactorySettings.WebApp(root);
        settings.UseBuildKit = true;
        return settings;
    }

    /// <summary>The same project without ASP.NET Core (FactorySettings.ConsoleApp also moves it to src/Worker).</summary>
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
