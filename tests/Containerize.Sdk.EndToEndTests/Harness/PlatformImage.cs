using System.Text.Json;

namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>What the multi-platform tests ask of a pushed image: its list's platforms, and its app on each architecture.</summary>
internal static class PlatformImage
{
    /// <summary>os/architecture of each image a manifest list (docker's or OCI's) names, sorted.</summary>
    public static string[] ListPlatforms(string manifestListJson)
    {
        using JsonDocument list = JsonDocument.Parse(manifestListJson);
        return list.RootElement.GetProperty("manifests").EnumerateArray()
            .Select(entry => entry.GetProperty("platform").GetProperty("os").GetString() + "/" + entry.GetProperty("platform").GetProperty("architecture").GetString())
            .OrderBy(platform => platform, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// Pulls the platform's image of the pushed tag and runs it: the app prints line and its process architecture, and
    /// uname -m the machine's. Returns the ID of the image it pulled, which the next platform's pull untags.
    /// </summary>
    public static string AssertRunsOn(DockerClient docker, string pushed, string platform, string line, string processArchitecture, string machine)
    {
        ProcessResult app = docker.Run(TimeSpan.FromMinutes(3), "run", "--rm", "--pull", "always", "--platform", platform, pushed);
        ProcessResult uname = docker.Run(TimeSpan.FromMinutes(3), "run", "--rm", "--platform", platform, "--entrypoint", "uname", pushed, "-m");

        Assert.IsTrue(app.Succeeded, app.Describe());
        Assert.AreEqual(line + " " + processArchitecture, app.StandardOutput.Trim());
        Assert.AreEqual(machine, uname.StandardOutput.Trim(), uname.Describe());
        return docker.RunChecked("image", "inspect", "--format", "{{.Id}}", pushed).Trim();
    }
}
