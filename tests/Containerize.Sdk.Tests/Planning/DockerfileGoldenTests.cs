using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Tests.Planning;

/// <summary>
/// The whole Dockerfile for typical specs, byte for byte against Golden/*.Dockerfile. A golden is reviewed by eye when
/// it changes (CONTAINERIZE_UPDATE_GOLDEN=1 rewrites them); the assertions below pin the properties that matter most,
/// so an update cannot quietly accept a regression of them.
/// </summary>
[TestClass]
public sealed class DockerfileGoldenTests
{
    [TestMethod]
    public void WebAppWithBuildKit()
    {
        string text = Generate(SpecExamples.WebAppWithBuildKit());

        GoldenFile.AssertMatches("web-app-buildkit.Dockerfile", text);
        Assert.Contains("RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages printf '%s\\n' \"$CONTAINERIZE_RESTORE_PROPERTIES\" | sed 's/\" -p:/\"\\n-p:/g' > /tmp/containerize-restore.rsp && dotnet restore ", text);
        Assert.Contains("RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages printf '%s\\n' \"$CONTAINERIZE_RESTORE_PROPERTIES\" \"$CONTAINERIZE_PUBLISH_PROPERTIES\" | sed 's/\" -p:/\"\\n-p:/g' > /tmp/containerize-publish.rsp && dotnet publish ", text);
        Assert.Contains("-p:UseAppHost=false", text);
        AssertRestoreLayerBeforeSource(text);
    }

    [TestMethod]
    public void WebAppWithHostStage()
    {
        ContainerSpec spec = SpecExamples.WebAppWithBuildKit() with
        {
            Slices = new SliceLayout(new[] { new SlicedFile("Serilog.dll", Slice.Packages) }, includeSymbols: false),
        };
        string withoutHostStage = Generate(spec);
        string text = Generate(spec with { HostOutputDirectory = "src/Web/obj/Release/net10.0/containerize/host" });

        GoldenFile.AssertMatches("web-app-host-stage.Dockerfile", text);
        Assert.IsLessThan(text.IndexOf("FROM ", StringComparison.Ordinal), text.IndexOf("ARG CONTAINERIZE_APP_STAGE=build\n", StringComparison.Ordinal), "the global ARG comes before the first FROM and defaults to the build stage");
        Assert.AreEqual(Stage(withoutHostStage, "build"), Stage(text, "build"), "the build stage is the same with a host stage");
        Assert.AreEqual("FROM scratch AS host\nCOPY [\"src/Web/obj/Release/net10.0/containerize/host/\", \"/app/layers/\"]\n", Stage(text, "host"));
        Assert.AreEqual("FROM ${CONTAINERIZE_APP_STAGE} AS app\n", Stage(text, "app"));
        CollectionAssert.AreEqual(
            new[] { "COPY --from=app [\"/app/layers/packages/\", \"/\"]", "COPY --from=app [\"/app/layers/app/\", \"/\"]" },
            text.Split('\n').Where(line => line.StartsWith("COPY --from=", StringComparison.Ordinal)).ToArray(),
            "the final stage copies the same paths, from the stage the argument chose");
    }

    [TestMethod]
    public void ConsoleAppWithoutBuildKit()
    {
        string text = Generate(SpecExamples.ConsoleAppWithoutBuildKit());

        GoldenFile.AssertMatches("console-app-legacy.Dockerfile", text);
        Assert.DoesNotContain("--mount", text);
        Assert.Contains("COPY [\"Worker.csproj\", \"global.json\", \"./\"]\n", text);
        AssertRestoreLayerBeforeSource(text);
    }

    [TestMethod]
    public void SelfContainedApp()
    {
        string text = Generate(SpecExamples.SelfContainedApp());

        GoldenFile.AssertMatches("self-contained.Dockerfile", text);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS final\n", text);
        Assert.Contains("ENTRYPOINT [\"/app/Api\"]\n", text);
        Assert.Contains(" --self-contained", text);
        Assert.DoesNotContain("UseAppHost=false", text);
    }

    [TestMethod]
    public void RestoreInputsInSeveralFoldersAndALocalFeed()
    {
        string text = Generate(SpecExamples.RestoreInputsInSeveralFolders());

        GoldenFile.AssertMatches("restore-inputs.Dockerfile", text);
        string[] copies = text.Split('\n').Where(line => line.StartsWith("COPY [", StringComparison.Ordinal)).ToArray();
        CollectionAssert.AreEqual(
            new[]
            {
                "COPY [\"Directory.Build.props\", \"Directory.Packages.props\", \"NuGet.config\", \"./\"]",
                "COPY [\"build/Common.props\", \"build/\"]",
                "COPY [\"src/Api/Api.csproj\", \"src/Api/\"]",
                "COPY [\"src/Core/Core.csproj\", \"src/Core/packages.lock.json\", \"src/Core/\"]",
                "COPY [\"packages/local/\", \"packages/local/\"]",
                "COPY [\".\", \".\"]",
            },
            copies);
    }

    [TestMethod]
    public void CrossBuild()
    {
        string text = Generate(SpecExamples.CrossBuild());

        GoldenFile.AssertMatches("cross-build.Dockerfile", text);
        Assert.Contains("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nARG TARGETARCH\n", text);
        Assert.Contains(" -a $TARGETARCH ", text);
        Assert.DoesNotContain("'$TARGETARCH'", text);
        Assert.Contains("\nFROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final\n", text, "the final stage must be built for the target platform");
    }

    /// <summary>What any reviewer checks first in each golden.</summary>
    [TestMethod]
    [DynamicData(nameof(AllExamples))]
    public void EveryExampleFollowsTheDockerfileRulesOfTheHouse(string name, ContainerSpec spec)
    {
        string text = Generate(spec);
        string[] lines = text.Split('\n');

        Assert.IsTrue(text.EndsWith("\n", StringComparison.Ordinal), name + ": the file ends with a line break");
        Assert.DoesNotContain("\r", text, name);
        Assert.IsFalse(lines.Any(line => line.StartsWith("# syntax", StringComparison.OrdinalIgnoreCase) || line.StartsWith("# escape", StringComparison.OrdinalIgnoreCase)), name + ": no parser directive");
        Assert.IsFalse(lines.Any(line => line.StartsWith("FROM ", StringComparison.Ordinal) && (line.Contains(":latest") || !line.Split(' ').Any(word => word.Contains(':')))), name + ": every base image has a tag, never latest");
        Assert.IsFalse(lines.Any(line => line.StartsWith("ADD ", StringComparison.Ordinal)), name + ": COPY, never ADD");
        Assert.IsTrue(lines.Where(line => line.StartsWith("ENTRYPOINT ", StringComparison.Ordinal) || line.StartsWith("CMD ", StringComparison.Ordinal)).All(line => line.Contains(" [")), name + ": exec form");
        string lastUser = lines.Last(line => line.StartsWith("USER ", StringComparison.Ordinal));
        Assert.AreEqual("USER ${APP_UID:-1654}", lastUser, name + ": the last USER is the base image's non-root user");
        Assert.IsTrue(lines.Where(line => line.StartsWith("WORKDIR ", StringComparison.Ordinal)).All(line => line.StartsWith("WORKDIR /", StringComparison.Ordinal)), name + ": absolute WORKDIR");
    }

    public static IEnumerable<object[]> AllExamples() => new[]
    {
        new object[] { "web", SpecExamples.WebAppWithBuildKit() },
        new object[] { "console", SpecExamples.ConsoleAppWithoutBuildKit() },
        new object[] { "self-contained", SpecExamples.SelfContainedApp() },
        new object[] { "restore-inputs", SpecExamples.RestoreInputsInSeveralFolders() },
        new object[] { "cross-build", SpecExamples.CrossBuild() },
    };

    internal static string Generate(ContainerSpec spec) => DockerfileWriter.Write(DockerfilePlanner.Plan(spec));

    /// <summary>The text of one stage, from its FROM line to the blank line after it.</summary>
    private static string Stage(string text, string name)
    {
        int start = text.IndexOf(" AS " + name + "\n", StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, start, "no stage " + name + " in:\n" + text);
        start = text.LastIndexOf("FROM ", start, StringComparison.Ordinal);
        int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        return end < 0 ? text.Substring(start) : text.Substring(start, end - start + 1);
    }

    /// <summary>The restore runs on the restore inputs alone: the source arrives after it, so a code change keeps the restore layer.</summary>
    private static void AssertRestoreLayerBeforeSource(string text)
    {
        int restore = text.IndexOf(" dotnet restore ", StringComparison.Ordinal);
        int source = text.IndexOf("COPY [\".\", \".\"]", StringComparison.Ordinal);
        int publish = text.IndexOf(" dotnet publish ", StringComparison.Ordinal);
        Assert.IsTrue(restore > 0 && source > restore && publish > source, "restore, then COPY of the source, then publish");
        StringAssert.Contains(text.Substring(publish), "--no-restore");
    }
}
