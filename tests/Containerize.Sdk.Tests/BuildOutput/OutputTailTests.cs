using Containerize.Sdk.BuildOutput;

namespace Containerize.Sdk.Tests.BuildOutput;

[TestClass]
public sealed class OutputTailTests
{
    [TestMethod]
    public void ErrorReportDropsBookkeepingAndBlankLines()
    {
        IReadOnlyList<string> lines = CapturedOutput.Lines("buildkit-20.10-restore-failure.txt");

        IReadOnlyList<string> report = ErrorReportLines.Select(lines, count: 6);

        CollectionAssert.AreEqual(
            new[]
            {
                "#11 1.999   Failed to restore /src/app.csproj (in 488 ms).",
                "#11 ERROR: executor failed running [/bin/sh -c dotnet restore app.csproj -p:Containerize=false]: exit code: 1",
                "------",
                " > [build 4/6] RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages dotnet restore app.csproj -p:Containerize=false:",
                "------",
                "executor failed running [/bin/sh -c dotnet restore app.csproj -p:Containerize=false]: exit code: 1",
            },
            report.ToArray());
        Assert.IsFalse(ErrorReportLines.Select(lines).Any(line => line.Contains("sha256:") || line.Trim().Length == 0 || line.EndsWith(" DONE 0.0s")));
    }

    [TestMethod]
    public void ErrorReportDropsLegacyAndPodmanLayerIds()
    {
        IReadOnlyList<string> legacy = ErrorReportLines.Select(CapturedOutput.Lines("legacy-28.2-restore-failure.txt"));
        IReadOnlyList<string> podman = ErrorReportLines.Select(CapturedOutput.Lines("podman-4.3-restore-failure.txt"));

        Assert.IsFalse(legacy.Any(line => line.StartsWith(" ---> ") || line.StartsWith("Removing intermediate container")));
        Assert.IsFalse(podman.Any(line => line.StartsWith("--> ")));
        Assert.AreEqual("The command '/bin/sh -c dotnet restore app.csproj -p:Containerize=false' returned a non-zero code: 1", legacy[legacy.Count - 1]);
    }
}
