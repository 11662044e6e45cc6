using Containerize.Sdk.Building;

namespace Containerize.Sdk.Tests.Building;

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
        foreach (string line in output)
        {
            reader.Read(new OutputLine(line, IsStandardError: true));
        }

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

    [TestMethod]
    public void EachModeGetsTheReaderForItsOutput()
    {
        Assert.IsInstanceOfType<BuildKitOutputReader>(BuildOutputReaders.For(BuildMode.Buildx));
        Assert.IsInstanceOfType<BuildKitOutputReader>(BuildOutputReaders.For(BuildMode.BuildKit));
        Assert.IsInstanceOfType<LegacyOutputReader>(BuildOutputReaders.For(BuildMode.Legacy));
        Assert.IsInstanceOfType<PodmanOutputReader>(BuildOutputReaders.For(BuildMode.Podman));
    }
}
