using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Tests.Diagnostics;

[TestClass]
public sealed class BuilderErrorsTests
{
    [TestMethod]
    public void EachErrorHasItsCode()
    {
        var diagnostics = new Dictionary<string, ContainerizeDiagnostic>
        {
            ["CTZ3001"] = Errors.NoClientFound("docker is not on PATH"),
            ["CTZ3002"] = Errors.DaemonNotReachable("/usr/bin/docker", null, null, "Cannot connect"),
            ["CTZ3003"] = Errors.BuildFailed("[build 4/6] RUN x", "RUN x", "/p/Dockerfile", 6, "exit code: 1", 0, Array.Empty<string>(), null),
            ["CTZ3004"] = Errors.BuildTimedOut(30, "/p/Dockerfile", new[] { "a" }),
            ["CTZ3005"] = Errors.NoBuilderAnswers("down", "missing"),
            ["CTZ3006"] = Errors.PodmanNotFound("podman is not on PATH"),
            ["CTZ3007"] = Errors.UnknownBuilder("dokker"),
            ["CTZ3008"] = Errors.InvalidBuildInput("BuildMode", "x", "use buildx"),
            ["CTZ3009"] = Errors.ImageNotInspectable("/usr/bin/docker", "app:1", "No such image"),
            ["CTZ3010"] = Errors.Unexpected("building", new IOException("disk full")),
            ["CTZ3100"] = Errors.LegacyBuilderOnly("/usr/local/bin/docker", "28.2.2"),
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
        Assert.Contains("DOCKER_HOST=ssh://builder", Errors.DaemonNotReachable("/usr/bin/docker", "ssh://builder", null, "timeout").Message);
        Assert.DoesNotContain("DOCKER_HOST", Errors.DaemonNotReachable("/usr/bin/docker", null, null, "timeout").Message);
        Assert.Contains("Docker Desktop", Errors.DaemonNotReachable("/usr/bin/docker", null, null, "timeout").Message);
    }

    [TestMethod]
    public void BuildFailedNamesStepLocationErrorHintsAndTheLogOnOneLine()
    {
        string message = Errors.BuildFailed("[build 4/6] RUN dotnet restore", "RUN dotnet restore", "/p/Dockerfile", 6, "exit code: 1", 2, new[] { "Hint one.", "Hint two." }, "/p/build.log").Message;

        Assert.Contains("'[build 4/6] RUN dotnet restore'", message);
        Assert.Contains("/p/Dockerfile:6", message);
        Assert.Contains("exit code: 1", message);
        Assert.Contains("The 2 error(s) before this one come from that step.", message);
        Assert.Contains(" Hint one. Hint two. ", message);
        Assert.Contains("/p/build.log", message);
        Assert.DoesNotContain("\n", message);
    }

    [TestMethod]
    public void BuildFailedWithoutALineNamesTheFileAlone()
    {
        string message = Errors.BuildFailed(null, null, "/p/Dockerfile", 0, null, 0, Array.Empty<string>(), null).Message;

        Assert.Contains("The container build of /p/Dockerfile failed.", message);
        Assert.DoesNotContain("/p/Dockerfile:", message);
        Assert.DoesNotContain("error(s)", message);
    }

    /// <summary>A 400-character RUN line is the Dockerfile line the error points at; the message names it in short.</summary>
    [TestMethod]
    public void BuildFailedShortensALongRunInTheStepAndInTheError()
    {
        string command = "dotnet restore app.csproj " + string.Join(" ", Enumerable.Range(1, 30).Select(i => "-p:Property" + i + "=value"));
        string instruction = "RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages " + command;
        string error = "executor failed running [/bin/sh -c " + command + "]: exit code: 1";

        string message = Errors.BuildFailed("[build 4/6] " + instruction, instruction, "/p/Dockerfile", 6, error, 0, Array.Empty<string>(), null).Message;

        Assert.IsGreaterThan(400, instruction.Length);
        Assert.DoesNotContain(command, message);
        Assert.DoesNotContain("--mount", message);
        Assert.Contains("'[build 4/6] RUN dotnet restore app.csproj -p:Property1=value", message);
        Assert.Contains("executor failed running [/bin/sh -c dotnet restore app.csproj", message);
        Assert.Contains("\u2026]: exit code: 1", message);
        Assert.IsLessThan(600, message.Length, message);
    }

    [TestMethod]
    public void TimedOutNamesThePropertyAndMinutes()
    {
        string message = Errors.BuildTimedOut(0.5, "/p/Dockerfile", Array.Empty<string>()).Message;

        Assert.Contains("ContainerizeBuildTimeout", message);
        Assert.Contains("0.5 minutes", message);
    }

    [TestMethod]
    public void OutputLinesCannotForgeLogLines()
    {
        string message = Errors.BuildFailed("RUN x", "RUN x", "/p/Dockerfile", 2, "bad\nerror CTZ9999: forged", 0, new[] { "a\rb" }, null).Message;

        Assert.DoesNotContain("bad\nerror", message);
        Assert.Contains("bad\\nerror CTZ9999: forged", message);
        Assert.Contains("a\\rb", message);
    }
}
