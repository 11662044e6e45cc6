using System.Text.Json;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>What every final image must be: the app and its runtime, run as a non-root user, without the SDK or the sources.</summary>
internal static class FinalImageAssertions
{
    private const string AppFolder = "app/";
    private const string SdkFolder = "usr/share/dotnet/sdk";
    private const string RuntimeFolder = "usr/share/dotnet/shared/Microsoft.NETCore.App/";

    /// <summary>The runtime and the app are there (so the listing is real), the SDK is not.</summary>
    public static void HasTheAppAndRuntimeButNoSdk(IReadOnlyCollection<string> paths, string appAssembly)
    {
        CollectionAssert.Contains(paths.ToList(), AppFolder + appAssembly, $"The app is not in /{AppFolder}.");
        Assert.IsTrue(paths.Any(path => path.StartsWith(RuntimeFolder, StringComparison.Ordinal)), $"No .NET runtime under /{RuntimeFolder}.");
        string[] sdk = paths.Where(path => path == SdkFolder || path.StartsWith(SdkFolder + "/", StringComparison.Ordinal)).Take(5).ToArray();
        Assert.IsEmpty(sdk, "The final image holds the .NET SDK: " + string.Join(", ", sdk));
    }

    /// <summary>/app holds the published app only: no source files, project files or obj/ build output.</summary>
    public static void AppFolderHasNoSourcesOrBuildOutput(IReadOnlyCollection<string> paths, string appAssembly)
    {
        string[] app = paths.Where(path => path.StartsWith(AppFolder, StringComparison.Ordinal)).ToArray();
        CollectionAssert.Contains(app, AppFolder + appAssembly, $"The app is not in /{AppFolder}.");
        string[] unwanted = app
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal)
                || path.EndsWith(".csproj", StringComparison.Ordinal)
                || path.Split('/').Contains("obj"))
            .ToArray();
        Assert.IsEmpty(unwanted, $"/{AppFolder} holds sources or build output: " + string.Join(", ", unwanted));
    }

    /// <summary>The image's configured user is not root, and a process in it does not run as uid 0.</summary>
    public static void RunsAsNonRootUser(DockerClient docker, string image)
    {
        JsonElement inspect = docker.Inspect(image);
        string user = inspect.GetProperty("Config").GetProperty("User").GetString() ?? "";
        string name = user.Split(':')[0];
        Assert.IsFalse(name is "" or "root" or "0", $"The image's Config.User is '{user}': the app would run as root.");

        ProcessResult id = docker.RunEntrypoint(image, "id", "-u");
        Assert.IsTrue(id.Succeeded, id.Describe());
        Assert.AreNotEqual("0", id.StandardOutput.Trim(), "A process in the image runs as uid 0.");
    }

    /// <summary>The final image's layers come from the final stage: no build-stage step (restore, publish) is among them.</summary>
    public static void HistoryHasNoBuildStageSteps(DockerClient docker, string image)
    {
        IReadOnlyList<string> history = docker.History(image);
        Assert.IsNotEmpty(history, $"docker history {image} shows no layers.");
        string[] buildSteps = history.Where(step => step.Contains("dotnet restore", StringComparison.Ordinal) || step.Contains("dotnet publish", StringComparison.Ordinal)).ToArray();
        Assert.IsEmpty(buildSteps, "The final image has build-stage layers: " + string.Join(" | ", buildSteps));
    }
}
