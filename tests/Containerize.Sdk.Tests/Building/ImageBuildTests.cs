using Containerize.Sdk.Building;

namespace Containerize.Sdk.Tests.Building;

/// <summary>
/// The whole build run against a stand-in client: a shell script that replays a captured output. Needs no engine, so it
/// runs with the unit tests.
/// </summary>
[TestClass]
[OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
public sealed class ImageBuildTests
{
    private static BuildRequest Request(string client, BuildMode mode) => new()
    {
        Mode = mode,
        ClientPath = client,
        DockerfilePath = "/project/obj/Dockerfile",
        ContextDirectory = "/project",
        ImageReferences = new[] { "contoso/app:1.0", "contoso/app:latest" },
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
        Assert.Contains("error NU1101", outcome.Error.Message);
        Assert.HasCount(CapturedOutput.Lines("buildkit-20.10-restore-failure.txt").Count, streamed);
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
            ClientPath = client,
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
            ClientPath = fake.Path,
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
