using Containerize.Sdk.Builders;
using Containerize.Sdk.BuildOutput;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.BuildOutput;

/// <summary>Failure parsing against outputs captured from real failing builds (see TestData).</summary>
[TestClass]
public sealed class BuildOutputReaderTests
{
    [TestMethod]
    public void BuildKitRestoreFailureNamesTheStepTheErrorAndTheLine()
    {
        BuildFailure failure = CapturedOutput.Read(new BuildKitOutputReader(), "buildkit-20.10-restore-failure.txt");

        Assert.AreEqual("[build 4/6] RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages dotnet restore app.csproj -p:Containerize=false", failure.Step);
        Assert.AreEqual("executor failed running [/bin/sh -c dotnet restore app.csproj -p:Containerize=false]: exit code: 1", failure.Error);
        Assert.AreEqual(1, failure.ExitCode);
        Assert.IsNotNull(failure.Position);
        Assert.AreEqual("build", failure.Position.StageName);
        Assert.AreEqual(4, failure.Position.Index);
        Assert.AreEqual(6, failure.Position.Total);
        Assert.AreEqual(6, FailedStepLocator.Locate(CapturedOutput.Text("restore-failure.buildkit.Dockerfile"), failure));
    }

    [TestMethod]
    public void BuildKitCopyFailureFindsTheCopyLine()
    {
        BuildFailure failure = CapturedOutput.Read(new BuildKitOutputReader(), "buildkit-20.10-copy-failure.txt");

        Assert.AreEqual("[3/4] COPY [missing.csproj, ./]", failure.Step);
        Assert.AreEqual("failed to compute cache key: \"/missing.csproj\" not found: not found", failure.Error);
        Assert.IsNull(failure.ExitCode);
        Assert.AreEqual(3, FailedStepLocator.Locate(CapturedOutput.Text("copy-failure.Dockerfile"), failure));
    }

    [TestMethod]
    public void BuildKitFailureInAContinuedInstructionPointsAtItsFirstLine()
    {
        BuildFailure failure = CapturedOutput.Read(new BuildKitOutputReader(), "buildkit-20.10-multiline-failure.txt");

        Assert.AreEqual(3, failure.ExitCode);
        Assert.AreEqual(5, FailedStepLocator.Locate(CapturedOutput.Text("multiline-failure.Dockerfile"), failure));
    }

    [TestMethod]
    public void BuildKitParseErrorUsesTheLineItNames()
    {
        BuildFailure failure = CapturedOutput.Read(new BuildKitOutputReader(), "buildkit-20.10-syntax-error.txt");

        Assert.IsNull(failure.Step);
        Assert.AreEqual("failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 2: unknown instruction: RUNN", failure.Error);
        Assert.AreEqual(2, FailedStepLocator.Locate(CapturedOutput.Text("syntax-error.Dockerfile"), failure));
    }

    [TestMethod]
    public void BuildKitMissingBaseImagePointsAtItsFrom()
    {
        BuildFailure failure = CapturedOutput.Read(new BuildKitOutputReader(), "buildkit-20.10-missing-base.txt");

        Assert.AreEqual("ctz.invalid/nothing/here:1.0", failure.BaseImage);
        Assert.Contains("no such host", failure.Error!);
        Assert.AreEqual(1, FailedStepLocator.Locate(CapturedOutput.Text("missing-base.Dockerfile"), failure));
    }

    /// <summary>
    /// Newer BuildKit (buildx 0.10 and later) names the Dockerfile line itself. Not captured here, where only a 20.10
    /// BuildKit runs: this is the documented shape of that output, written by hand.
    /// </summary>
    [TestMethod]
    public void NewerBuildKitSourceLocationWins()
    {
        string[] output =
        {
            "#11 [build 4/6] RUN dotnet restore app.csproj",
            "#11 1.916 /src/app.csproj : error NU1101: Unable to find package Does.Not.Exist.Ctz.",
            "#11 ERROR: process \"/bin/sh -c dotnet restore app.csproj\" did not complete successfully: exit code: 1",
            "------",
            " > [build 4/6] RUN dotnet restore app.csproj:",
            "1.916 /src/app.csproj : error NU1101: Unable to find package Does.Not.Exist.Ctz.",
            "------",
            "Dockerfile:9",
            "--------------------",
            "   8 |     COPY [\"app.csproj\", \"./\"]",
            "   9 | >>> RUN dotnet restore app.csproj",
            "--------------------",
            "ERROR: failed to solve: process \"/bin/sh -c dotnet restore app.csproj\" did not complete successfully: exit code: 1",
        };
        var reader = new BuildKitOutputReader();
        Feed(reader, output);

        BuildFailure failure = reader.Failure();

        Assert.AreEqual(9, failure.ReportedLine);
        Assert.AreEqual(1, failure.ExitCode);
        Assert.AreEqual("failed to solve: process \"/bin/sh -c dotnet restore app.csproj\" did not complete successfully: exit code: 1", failure.Error);
        Assert.AreEqual(9, FailedStepLocator.Locate("FROM x\nRUN a\n", failure));
    }

    [TestMethod]
    public void BuildKitRequestedFromAClientWithoutBuildxKeepsTheErrorOverItsExplanation()
    {
        BuildFailure failure = CapturedOutput.Read(new BuildKitOutputReader(), "docker-28.2-buildkit-without-buildx.txt");

        Assert.IsNull(failure.Step);
        Assert.AreEqual("BuildKit is enabled but the buildx component is missing or broken.", failure.Error);
    }

    [TestMethod]
    public void LegacyRestoreFailureNamesTheStepTheErrorAndTheLine()
    {
        BuildFailure failure = CapturedOutput.Read(new LegacyOutputReader(), "legacy-28.2-restore-failure.txt");

        Assert.AreEqual("Step 4/11 : RUN dotnet restore app.csproj -p:Containerize=false", failure.Step);
        Assert.AreEqual("The command '/bin/sh -c dotnet restore app.csproj -p:Containerize=false' returned a non-zero code: 1", failure.Error);
        Assert.AreEqual(1, failure.ExitCode);
        Assert.AreEqual(6, FailedStepLocator.Locate(CapturedOutput.Text("restore-failure.legacy.Dockerfile"), failure));
    }

    [TestMethod]
    public void LegacyCopyFailure()
    {
        BuildFailure failure = CapturedOutput.Read(new LegacyOutputReader(), "legacy-28.2-copy-failure.txt");

        Assert.AreEqual("Step 3/4 : COPY [\"missing.csproj\", \"./\"]", failure.Step);
        Assert.AreEqual("COPY failed: file not found in build context or excluded by .dockerignore: stat missing.csproj: file does not exist", failure.Error);
        Assert.AreEqual(3, FailedStepLocator.Locate(CapturedOutput.Text("copy-failure.Dockerfile"), failure));
    }

    [TestMethod]
    public void LegacyFailureCountsArgsAndPointsAtTheFirstLineOfAContinuation()
    {
        BuildFailure failure = CapturedOutput.Read(new LegacyOutputReader(), "legacy-28.2-multiline-failure.txt");

        Assert.AreEqual(3, failure.ExitCode);
        Assert.AreEqual(5, FailedStepLocator.Locate(CapturedOutput.Text("multiline-failure.Dockerfile"), failure));
    }

    [TestMethod]
    public void LegacyRejectsCacheMounts()
    {
        BuildFailure failure = CapturedOutput.Read(new LegacyOutputReader(), "legacy-28.2-mount-requires-buildkit.txt");

        Assert.StartsWith("the --mount option requires BuildKit", failure.Error!);
        Assert.AreEqual(6, FailedStepLocator.Locate(CapturedOutput.Text("restore-failure.buildkit.Dockerfile"), failure));
    }

    [TestMethod]
    public void LegacyParseError()
    {
        BuildFailure failure = CapturedOutput.Read(new LegacyOutputReader(), "legacy-28.2-syntax-error.txt");

        Assert.IsNull(failure.Step);
        Assert.AreEqual("dockerfile parse error line 2: unknown instruction: RUNN", failure.Error);
        Assert.AreEqual(2, FailedStepLocator.Locate(CapturedOutput.Text("syntax-error.Dockerfile"), failure));
    }

    [TestMethod]
    public void LegacyMissingBaseImage()
    {
        BuildFailure failure = CapturedOutput.Read(new LegacyOutputReader(), "legacy-28.2-missing-base.txt");

        Assert.AreEqual("Step 1/2 : FROM ctz.invalid/nothing/here:1.0", failure.Step);
        Assert.Contains("no such host", failure.Error!);
        Assert.AreEqual(1, FailedStepLocator.Locate(CapturedOutput.Text("missing-base.Dockerfile"), failure));
    }

    [TestMethod]
    public void LegacyPrefersTheErrorStreamOverStepOutputThatArrivesLate()
    {
        var reader = new LegacyOutputReader();
        reader.Read(new OutputLine("Step 2/2 : RUN ./build.sh", false));
        reader.Read(new OutputLine("something broke", true));
        reader.Read(new OutputLine("last words of the step", false));

        Assert.AreEqual("something broke", reader.Failure().Error);
    }

    [TestMethod]
    public void PodmanMultiStageRestoreFailure()
    {
        BuildFailure failure = CapturedOutput.Read(new PodmanOutputReader(), "podman-4.3-restore-failure.txt");

        Assert.AreEqual("[1/2] STEP 4/6: RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages dotnet restore app.csproj -p:Containerize=false", failure.Step);
        Assert.AreEqual(1, failure.ExitCode);
        Assert.IsNotNull(failure.Position);
        Assert.AreEqual(1, failure.Position.StageNumber);
        Assert.AreEqual(6, FailedStepLocator.Locate(CapturedOutput.Text("restore-failure.buildkit.Dockerfile"), failure));
    }

    [TestMethod]
    public void PodmanSingleStageFailures()
    {
        BuildFailure multiline = CapturedOutput.Read(new PodmanOutputReader(), "podman-4.3-multiline-failure.txt");
        BuildFailure copy = CapturedOutput.Read(new PodmanOutputReader(), "podman-4.3-copy-failure.txt");

        Assert.AreEqual(3, multiline.ExitCode);
        Assert.AreEqual(5, FailedStepLocator.Locate(CapturedOutput.Text("multiline-failure.Dockerfile"), multiline));
        Assert.AreEqual(3, FailedStepLocator.Locate(CapturedOutput.Text("copy-failure.Dockerfile"), copy));
        Assert.StartsWith("building at STEP \"COPY missing.csproj ./\"", copy.Error!);
    }

    [TestMethod]
    public void PodmanErrorLosesItsInternalDump()
    {
        BuildFailure failure = CapturedOutput.Read(new PodmanOutputReader(), "podman-4.3-syntax-error.txt");

        Assert.AreEqual("building at STEP \"RUNN \": Build error: Unknown instruction: \"RUNN\"", failure.Error);
        Assert.AreEqual(2, FailedStepLocator.Locate(CapturedOutput.Text("syntax-error.Dockerfile"), failure));
    }

    private const string CapturedProject = "/src/artifacts/e2e/capture/App.csproj";

    /// <summary>NuGet prints NU1102 over three lines that each carry the code: one error, as each builder prints it.</summary>
    [TestMethod]
    [DataRow("buildkit-20.10-nuget-error.txt", "msbuild-errors.buildkit.Dockerfile")]
    [DataRow("legacy-28.2-nuget-error.txt", "msbuild-errors.legacy.Dockerfile")]
    public void ARestoreErrorIsOneErrorOfTheFailedStep(string capture, string dockerfile)
    {
        BuildFailure failure = CapturedOutput.Read(Reader(capture), capture);

        Assert.HasCount(1, failure.MsBuildErrors);
        MsBuildError error = failure.MsBuildErrors[0];
        Assert.AreEqual("NU1102", error.Code);
        Assert.AreEqual(CapturedProject, error.Origin);
        Assert.StartsWith("Unable to find package Newtonsoft.Json with version (>= 999.0.0) - Found 10 version(s) in nuget.org", error.Message);
        Assert.EndsWith("- Found 0 version(s) in containerize-local", error.Message);
        Assert.AreEqual(9, FailedStepLocator.Locate(CapturedOutput.Text(dockerfile), failure));
    }

    [TestMethod]
    [DataRow("buildkit-20.10-compile-error.txt", "msbuild-errors.buildkit.Dockerfile")]
    [DataRow("legacy-28.2-compile-error.txt", "msbuild-errors.legacy.Dockerfile")]
    [DataRow("podman-4.3-compile-error.txt", "msbuild-errors.buildkit.Dockerfile")]
    public void ACompileErrorIsOneErrorAtItsSourceLine(string capture, string dockerfile)
    {
        BuildFailure failure = CapturedOutput.Read(Reader(capture), capture);

        Assert.HasCount(1, failure.MsBuildErrors);
        MsBuildError error = failure.MsBuildErrors[0];
        Assert.AreEqual("CS1002", error.Code);
        Assert.AreEqual("/src/artifacts/e2e/capture/Program.cs", error.Origin);
        Assert.AreEqual(3, error.Line);
        Assert.AreEqual(15, error.Column);
        Assert.AreEqual("; expected", error.Message);
        Assert.AreEqual(CapturedProject, error.Project);
        Assert.AreEqual(11, FailedStepLocator.Locate(CapturedOutput.Text(dockerfile), failure));
    }

    [TestMethod]
    public void PodmansRestoreErrorIsOneError()
    {
        BuildFailure failure = CapturedOutput.Read(new PodmanOutputReader(), "podman-4.3-restore-failure.txt");

        Assert.HasCount(1, failure.MsBuildErrors);
        Assert.AreEqual("NU1101", failure.MsBuildErrors[0].Code);
        Assert.AreEqual("/src/app.csproj", failure.MsBuildErrors[0].Origin);
    }

    /// <summary>Errors a step printed before a later step failed are not the cause.</summary>
    [TestMethod]
    public void ErrorsOfAnEarlierStepAreNotReported()
    {
        string[] output =
        {
            "Step 6/14 : RUN dotnet build app.csproj || true",
            "/src/Program.cs(3,15): error CS1002: ; expected [/src/app.csproj]",
            " ---> 05c6be523bcc",
            "Step 7/14 : RUN exit 3",
            "The command '/bin/sh -c exit 3' returned a non-zero code: 3",
        };
        var reader = new LegacyOutputReader();
        Feed(reader, output);

        Assert.IsEmpty(reader.Failure().MsBuildErrors);
    }

    [TestMethod]
    public void AContextThatCannotBeReadSaysWhy()
    {
        BuildFailure buildKit = CapturedOutput.Read(new BuildKitOutputReader(), "buildkit-20.10-context-read-error.txt");
        BuildFailure legacy = CapturedOutput.Read(new LegacyOutputReader(), "legacy-28.2-context-read-error.txt");

        Assert.AreEqual("error from sender: open closed: permission denied", buildKit.Error);
        Assert.AreEqual("error checking context: can't stat '/tmp/ctz-ctxfail/closed'", legacy.Error);
    }

    /// <summary>
    /// When the final line is only "context canceled", the vertex's own ERROR holds the cause: the shape of the failure
    /// the issue reports (an F# project whose context was /), written by hand from its output.
    /// </summary>
    [TestMethod]
    public void AFinalContextCanceledKeepsTheVertexErrorThatSaysWhy()
    {
        string[] output =
        {
            "#5 [internal] load build context",
            "#5 transferring context: 2.1MB 0.3s",
            "#5 ERROR: error from sender: readlink /proc/1/cwd: permission denied",
            "------",
            " > [internal] load build context:",
            "------",
            "failed: context canceled",
        };
        var reader = new BuildKitOutputReader();
        Feed(reader, output);

        Assert.AreEqual("error from sender: readlink /proc/1/cwd: permission denied; failed: context canceled", reader.Failure().Error);
    }

    /// <summary>Newer BuildKit repeats the failed step's last lines, with their times, in the summary block.</summary>
    [TestMethod]
    public void NewerBuildKitSummaryRepeatsTheErrorsWhichCountOnce()
    {
        string[] output =
        {
            "#11 [build 4/6] RUN dotnet restore app.csproj",
            "#11 1.916 /src/app.csproj : error NU1101: Unable to find package Does.Not.Exist.Ctz.",
            "#11 ERROR: process \"/bin/sh -c dotnet restore app.csproj\" did not complete successfully: exit code: 1",
            "------",
            " > [build 4/6] RUN dotnet restore app.csproj:",
            "1.916 /src/app.csproj : error NU1101: Unable to find package Does.Not.Exist.Ctz.",
            "------",
        };
        var reader = new BuildKitOutputReader();
        Feed(reader, output);

        Assert.HasCount(1, reader.Failure().MsBuildErrors);
    }

    private static void Feed(IBuildOutputReader reader, IEnumerable<string> output)
    {
        foreach (string line in output)
        {
            reader.Read(new OutputLine(line, IsStandardError: true));
        }
    }

    private static IBuildOutputReader Reader(string capture) =>
        capture.StartsWith("legacy", StringComparison.Ordinal) ? new LegacyOutputReader()
        : capture.StartsWith("podman", StringComparison.Ordinal) ? new PodmanOutputReader()
        : new BuildKitOutputReader();

    [TestMethod]
    public void EachModeGetsTheReaderForItsOutput()
    {
        Assert.IsInstanceOfType<BuildKitOutputReader>(BuildOutputReaders.For(BuildMode.Buildx));
        Assert.IsInstanceOfType<BuildKitOutputReader>(BuildOutputReaders.For(BuildMode.BuildKit));
        Assert.IsInstanceOfType<LegacyOutputReader>(BuildOutputReaders.For(BuildMode.Legacy));
        Assert.IsInstanceOfType<PodmanOutputReader>(BuildOutputReaders.For(BuildMode.Podman));
    }
}
