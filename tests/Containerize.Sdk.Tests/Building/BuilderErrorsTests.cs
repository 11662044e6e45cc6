using Containerize.Sdk.Building;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Tests.Building;

[TestClass]
public sealed class BuilderErrorsTests
{
    [TestMethod]
    public void EachErrorHasItsCode()
    {
        var diagnostics = new Dictionary<string, ContainerizeDiagnostic>
        {
            ["CTZ3001"] = BuilderErrors.NoClientFound("docker is not on PATH"),
            ["CTZ3002"] = BuilderErrors.DaemonNotReachable("/usr/bin/docker", null, "Cannot connect"),
            ["CTZ3003"] = BuilderErrors.BuildFailed("[build 4/6] RUN x", "/p/Dockerfile", 6, "exit code: 1", new[] { "a" }),
            ["CTZ3004"] = BuilderErrors.BuildTimedOut(30, "/p/Dockerfile", new[] { "a" }),
            ["CTZ3005"] = BuilderErrors.NoBuilderAnswers("down", "missing"),
            ["CTZ3006"] = BuilderErrors.PodmanNotFound("podman is not on PATH"),
            ["CTZ3007"] = BuilderErrors.UnknownBuilder("dokker"),
            ["CTZ3008"] = BuilderErrors.InvalidBuildInput("BuildMode", "x", "use buildx"),
            ["CTZ3009"] = BuilderErrors.ImageNotInspectable("/usr/bin/docker", "app:1", "No such image"),
            ["CTZ3010"] = BuilderErrors.Unexpected("building", new IOException("disk full")),
            ["CTZ3100"] = BuilderErrors.LegacyBuilderOnly("/usr/local/bin/docker", "28.2.2"),
        };

        foreach (KeyValuePair<string, ContainerizeDiagnostic> pair in diagnostics)
        {
            Assert.AreEqual(pair.Key, pair.Value.Code);
            Assert.AreEqual(pair.Key == "CTZ3100", pair.Value.IsWarning, pair.Key);
        }
    }

    [TestMethod]
    public void DaemonNotReachableShowsDockerHostOnlyWhenSet()
    {
        Assert.Contains("DOCKER_HOST=ssh://builder", BuilderErrors.DaemonNotReachable("/usr/bin/docker", "ssh://builder", "timeout").Message);
        Assert.DoesNotContain("DOCKER_HOST", BuilderErrors.DaemonNotReachable("/usr/bin/docker", null, "timeout").Message);
        Assert.Contains("Docker Desktop", BuilderErrors.DaemonNotReachable("/usr/bin/docker", null, "timeout").Message);
    }

    [TestMethod]
    public void BuildFailedNamesStepLocationErrorAndLastLines()
    {
        string message = BuilderErrors.BuildFailed("[build 4/6] RUN dotnet restore", "/p/Dockerfile", 6, "exit code: 1", new[] { "error NU1101: x", "last" }).Message;

        Assert.Contains("[build 4/6] RUN dotnet restore", message);
        Assert.Contains("/p/Dockerfile:6", message);
        Assert.Contains("exit code: 1", message);
        Assert.Contains("error NU1101: x", message);
        Assert.EndsWith("  last", message);
    }

    [TestMethod]
    public void BuildFailedWithoutALineNamesTheFileAlone()
    {
        string message = BuilderErrors.BuildFailed(null, "/p/Dockerfile", 0, null, Array.Empty<string>()).Message;

        Assert.Contains("The container build of /p/Dockerfile failed.", message);
        Assert.DoesNotContain("/p/Dockerfile:", message);
    }

    [TestMethod]
    public void TimedOutNamesThePropertyAndMinutes()
    {
        string message = BuilderErrors.BuildTimedOut(0.5, "/p/Dockerfile", Array.Empty<string>()).Message;

        Assert.Contains("ContainerizeBuildTimeout", message);
        Assert.Contains("0.5 minutes", message);
    }

    [TestMethod]
    public void OutputLinesCannotForgeLogLines()
    {
        string message = BuilderErrors.BuildFailed("RUN x", "/p/Dockerfile", 2, "bad\nerror CTZ9999: forged", new[] { "a\rb" }).Message;

        Assert.DoesNotContain("bad\nerror", message);
        Assert.Contains("bad\\nerror CTZ9999: forged", message);
        Assert.Contains("a\\rb", message);
    }
}
