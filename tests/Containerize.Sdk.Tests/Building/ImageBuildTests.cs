using Containerize.Sdk.Processes;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.BuildOutput;
using Containerize.Sdk.Tests.BuildOutput;

namespace Containerize.Sdk.Tests.Building;

/// <summary>
/// The whole build run against a stand-in client: a shell script that replays a captured output. Needs no engine, so it
/// runs with the unit tests.
/// </summary>
[TestClass]
[OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
public sealed class ImageBuildTests
{
    private static BuildRequest Request(string client, BuildMode mode, string context = "/project", string? logFile = null) => new()
    {
        Mode = mode,
        Client = new ContainerClient(client),
        DockerfilePath = "/project/obj/Dockerfile",
        ContextDirectory = context,
        ImageReferences = new[] { "contoso/app:1.0", "contoso/app:latest" },
        LogFile = logFile,
    };

    [TestMethod]
    public void AFailedBuildBecomesCtz3003AtTheFailingLine()
    {
        using FakeClientScript fake = FakeClientScript.Create("cat \"$(dirname \"$0\")/capture.txt\" >&2; exit 1");
        File.WriteAllLines(Path.Combine(fake.Folder, "capture.txt"), CapturedOutput.Lines("buildkit-20.10-restore-failure.txt"));
        string client = fake.Path;
        var streamed = new List<string>();

        ImageBuildOutcome outcome = ImageBuild.Run(
            Request(client, BuildMode.BuildKit),
            CapturedOutput.Text("restore-failure.buildkit.Dockerfile"),
            TimeSpan.FromSeconds(20),
            line => streamed.Add(line.Text),
            CancellationToken.None,
            (command, timeout) => throw new AssertFailedException("a failed build must not be inspected"));

        Assert.IsFalse(outcome.Succeeded);
        Assert.AreEqual("CTZ3003", outcome.Error!.Code);
        Assert.AreEqual("/project/obj/Dockerfile", outcome.ErrorFile);
        Assert.AreEqual(6, outcome.ErrorLine);
        Assert.Contains("/project/obj/Dockerfile:6", outcome.Error.Message);
        Assert.HasCount(1, outcome.MsBuildErrors);
        Assert.AreEqual("NU1101", outcome.MsBuildErrors[0].Code);
        Assert.IsEmpty(outcome.LastLines, "The MSBuild error names the cause; the last lines would only repeat it.");
        Assert.HasCount(CapturedOutput.Lines("buildkit-20.10-restore-failure.txt").Count, streamed);
    }

    /// <summary>
    /// A compile error in the container is reported at the host's source file, so an IDE jumps to it; the step's error
    /// follows on one line, and the whole output is in the build log.
    /// </summary>
    [TestMethod]
    [DataRow(BuildMode.BuildKit, "buildkit-20.10-compile-error.txt", "msbuild-errors.buildkit.Dockerfile")]
    [DataRow(BuildMode.Legacy, "legacy-28.2-compile-error.txt", "msbuild-errors.legacy.Dockerfile")]
    [DataRow(BuildMode.Podman, "podman-4.3-compile-error.txt", "msbuild-errors.buildkit.Dockerfile")]
    public void ACompileErrorIsReportedAtTheHostFile_ThenTheStepOnce(BuildMode mode, string capture, string dockerfile)
    {
        using FakeClientScript fake = Replaying(capture);
        string context = Path.Combine(fake.Folder, "context");
        string program = Path.Combine(context, "artifacts", "e2e", "capture", "Program.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(program)!);
        File.WriteAllText(program, "");
        File.WriteAllText(Path.Combine(context, "artifacts", "e2e", "capture", "App.csproj"), "");
        string log = Path.Combine(fake.Folder, "obj", "build.log");

        ImageBuildOutcome outcome = ImageBuild.Run(
            Request(fake.Path, mode, context, log),
            CapturedOutput.Text(dockerfile),
            TimeSpan.FromSeconds(20),
            line => { },
            CancellationToken.None);

        Assert.HasCount(1, outcome.MsBuildErrors);
        MsBuildError error = outcome.MsBuildErrors[0];
        Assert.AreEqual(program, error.Origin);
        Assert.AreEqual(3, error.Line);
        Assert.AreEqual(15, error.Column);
        Assert.AreEqual("CS1002", error.Code);
        Assert.AreEqual("; expected", error.Message);
        Assert.AreEqual("CTZ3003", outcome.Error!.Code);
        Assert.AreEqual(11, outcome.ErrorLine);
        Assert.Contains("The 1 error(s) before this one come from that step.", outcome.Error.Message);
        Assert.Contains(log, outcome.Error.Message);
        Assert.DoesNotContain("find . -type f", outcome.Error.Message);
        CollectionAssert.AreEqual(CapturedOutput.Lines(capture).ToList(), File.ReadAllLines(log));
    }

    [TestMethod]
    public void ARestoreErrorNamesTheHostProjectAndTheNuGetConfigsTheContainerRead()
    {
        using FakeClientScript fake = Replaying("buildkit-20.10-nuget-error.txt");
        string context = Path.Combine(fake.Folder, "context");
        string project = Path.Combine(context, "artifacts", "e2e", "capture", "App.csproj");
        Directory.CreateDirectory(Path.GetDirectoryName(project)!);
        File.WriteAllText(project, "");
        File.WriteAllText(Path.Combine(context, "NuGet.config"), "<configuration><packageSources><clear /><add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" /></packageSources></configuration>");
        File.WriteAllText(Path.Combine(context, "artifacts", "e2e", "capture", "NuGet.config"), "<configuration><packageSources><add key=\"containerize-local\" value=\"../../packages\" /></packageSources></configuration>");

        ImageBuildOutcome outcome = ImageBuild.Run(
            Request(fake.Path, BuildMode.BuildKit, context),
            CapturedOutput.Text("msbuild-errors.buildkit.Dockerfile"),
            TimeSpan.FromSeconds(20),
            line => { },
            CancellationToken.None);

        Assert.HasCount(1, outcome.MsBuildErrors);
        Assert.AreEqual(project, outcome.MsBuildErrors[0].Origin);
        Assert.AreEqual("NU1102", outcome.MsBuildErrors[0].Code);
        Assert.AreEqual(9, outcome.ErrorLine);
        string message = outcome.Error!.Message;
        Assert.Contains("did not find a package", message);
        Assert.Contains(Path.Combine(context, "NuGet.config") + " (sources nuget.org = https://api.nuget.org/v3/index.json)", message);
        Assert.Contains(Path.Combine(context, "artifacts", "e2e", "capture", "NuGet.config") + " (sources containerize-local = ../../packages)", message);
    }

    /// <summary>Without an MSBuild error (an OS package that does not exist), the last output lines say why.</summary>
    [TestMethod]
    public void WithoutAnMsBuildErrorTheLastLinesAreKept()
    {
        using FakeClientScript fake = Replaying("buildkit-20.10-multiline-failure.txt");

        ImageBuildOutcome outcome = ImageBuild.Run(
            Request(fake.Path, BuildMode.BuildKit),
            CapturedOutput.Text("multiline-failure.Dockerfile"),
            TimeSpan.FromSeconds(20),
            line => { },
            CancellationToken.None);

        Assert.IsEmpty(outcome.MsBuildErrors);
        Assert.IsNotEmpty(outcome.LastLines);
        Assert.AreEqual("CTZ3003", outcome.Error!.Code);
    }

    /// <summary>A client that prints a captured output and fails.</summary>
    private static FakeClientScript Replaying(string capture)
    {
        FakeClientScript fake = FakeClientScript.Create("cat \"$(dirname \"$0\")/capture.txt\"; exit 1");
        File.WriteAllLines(Path.Combine(fake.Folder, "capture.txt"), CapturedOutput.Lines(capture));
        return fake;
    }

    [TestMethod]
    public void ASuccessfulBuildIsInspectedThroughItsFirstReference()
    {
        using FakeClientScript fake = FakeClientScript.Create("echo \"DOCKER_BUILDKIT=$DOCKER_BUILDKIT\"; echo \"$@\"");
        string client = fake.Path;
        var streamed = new List<string>();
        string? inspected = null;

        ImageBuildOutcome outcome = ImageBuild.Run(
            Request(client, BuildMode.BuildKit),
            "FROM x\n",
            null,
            line => streamed.Add(line.Text),
            CancellationToken.None,
            (command, timeout) =>
            {
                inspected = string.Join(" ", command.Arguments);
                return new ProbeOutput(0, "sha256:6637949866cbb422455571e5f7d079a4f97183ba4c5c38541553dbbf84a46a19|337990360\n", "");
            });

        Assert.IsTrue(outcome.Succeeded);
        Assert.AreEqual("6637949866cb", outcome.Image!.ShortId);
        Assert.AreEqual("image inspect --format {{.Id}}|{{.Size}} contoso/app:1.0", inspected);
        CollectionAssert.AreEqual(
            new[]
            {
                "DOCKER_BUILDKIT=1",
                "build --progress=plain --file /project/obj/Dockerfile --tag contoso/app:1.0 --tag contoso/app:latest /project",
            },
            streamed);
    }

    [TestMethod]
    public void AnImageThatCannotBeInspectedIsCtz3009()
    {
        using FakeClientScript fake = FakeClientScript.Create("exit 0");
        string client = fake.Path;

        ImageBuildOutcome outcome = ImageBuild.Run(
            Request(client, BuildMode.Legacy),
            "FROM x\n",
            null,
            line => { },
            CancellationToken.None,
            (command, timeout) => new ProbeOutput(1, "", "Error response from daemon: No such image: contoso/app:1.0\n"));

        Assert.AreEqual("CTZ3009", outcome.Error!.Code);
        Assert.Contains("No such image", outcome.Error.Message);
    }

    [TestMethod]
    public void ABuildThatRunsTooLongIsCtz3004()
    {
        using FakeClientScript fake = FakeClientScript.Create("echo started; exec sleep 30");
        string client = fake.Path;

        ImageBuildOutcome outcome = ImageBuild.Run(Request(client, BuildMode.BuildKit), "FROM x\n", TimeSpan.FromMilliseconds(500), line => { }, CancellationToken.None);

        Assert.AreEqual("CTZ3004", outcome.Error!.Code);
        Assert.Contains("started", outcome.Error.Message);
        Assert.IsLessThan(TimeSpan.FromSeconds(3), outcome.Elapsed);
    }

    [TestMethod]
    public void AClientThatCannotStartIsCtz3001OrCtz3006()
    {
        ImageBuildOutcome docker = ImageBuild.Run(Request("/nonexistent/docker", BuildMode.Buildx), "FROM x\n", null, line => { }, CancellationToken.None);
        ImageBuildOutcome podman = ImageBuild.Run(Request("/nonexistent/podman", BuildMode.Podman), "FROM x\n", null, line => { }, CancellationToken.None);

        Assert.AreEqual("CTZ3001", docker.Error!.Code);
        Assert.AreEqual("CTZ3006", podman.Error!.Code);
    }

    [TestMethod]
    public void AMultiPlatformPushIsNotInspectedAndItsDigestComesFromTheBuildxMetadata()
    {
        const string digest = "sha256:6637949866cbb422455571e5f7d079a4f97183ba4c5c38541553dbbf84a46a19";
        string metadata = Path.Combine(Path.GetTempPath(), "ctz-metadata-" + Guid.NewGuid().ToString("N") + ".json");

        // The fake buildx writes the metadata file it is given, as docker buildx build --metadata-file does.
        using FakeClientScript fake = FakeClientScript.Create("while [ $# -gt 0 ]; do if [ \"$1\" = --metadata-file ]; then printf '{\"containerimage.digest\": \"" + digest + "\"}' > \"$2\"; fi; shift; done");
        string client = fake.Path;
        BuildRequest request = new()
        {
            Mode = BuildMode.Buildx,
            Client = new ContainerClient(client),
            DockerfilePath = "/project/obj/Dockerfile",
            ContextDirectory = "/project",
            ImageReferences = new[] { "r.example.com/app:1.0" },
            Platforms = new[] { "linux/amd64", "linux/arm64" },
            PushFromBuilder = true,
            MetadataFile = metadata,
        };

        ImageBuildOutcome outcome = ImageBuild.Run(
            request,
            "FROM x\n",
            null,
            line => { },
            CancellationToken.None,
            (command, timeout) => throw new AssertFailedException("a pushed multi-platform image is not in the engine to inspect"));

        Assert.IsTrue(outcome.Succeeded, outcome.Error?.Message);
        Assert.IsTrue(outcome.Pushed);
        Assert.IsNull(outcome.Image);
        Assert.AreEqual(digest, outcome.Digest);
        Assert.IsEmpty(outcome.Warnings);
        File.Delete(metadata);
    }

    [TestMethod]
    public void AMultiPlatformPushWithoutMetadataWarnsCtz4007()
    {
        using FakeClientScript fake = FakeClientScript.Create("exit 0");
        BuildRequest request = new()
        {
            Mode = BuildMode.Buildx,
            Client = new ContainerClient(fake.Path),
            DockerfilePath = "/project/obj/Dockerfile",
            ContextDirectory = "/project",
            ImageReferences = new[] { "r.example.com/app:1.0" },
            Platforms = new[] { "linux/amd64", "linux/arm64" },
            PushFromBuilder = true,
            MetadataFile = Path.Combine(Path.GetTempPath(), "ctz-missing-" + Guid.NewGuid().ToString("N")),
        };

        ImageBuildOutcome outcome = ImageBuild.Run(request, "FROM x\n", null, line => { }, CancellationToken.None);

        Assert.IsTrue(outcome.Succeeded);
        Assert.IsNull(outcome.Digest);
        Assert.AreEqual("CTZ4007", outcome.Warnings.Single().Code);
    }

    [TestMethod]
    public void HealthchecksAreFoundInTheDockerfile()
    {
        Assert.IsTrue(ImageBuild.HasHealthcheck(CapturedOutput.Text("success.Dockerfile")));
        Assert.IsFalse(ImageBuild.HasHealthcheck(CapturedOutput.Text("copy-failure.Dockerfile")));
    }
}
