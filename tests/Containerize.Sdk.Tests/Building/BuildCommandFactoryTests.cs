using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Building;

[TestClass]
public sealed class BuildCommandFactoryTests
{
    private static BuildRequest Request(BuildMode mode, long? sourceDateEpoch = null) => new()
    {
        Mode = mode,
        SourceDateEpoch = sourceDateEpoch,
        Client = new ContainerClient("/usr/bin/docker"),
        DockerfilePath = "/src/obj/containerize/Dockerfile",
        ContextDirectory = "/src",
        ImageReferences = new[] { "contoso/web:1.2.3", "contoso/web:latest" },
    };

    [TestMethod]
    public void BuildxLoadsTheImageAndPrintsPlainProgress()
    {
        ClientCommand command = BuildCommandFactory.Create(Request(BuildMode.Buildx));

        Assert.AreEqual("/usr/bin/docker", command.Executable);
        CollectionAssert.AreEqual(
            new[] { "buildx", "build", "--load", "--progress=plain", "--file", "/src/obj/containerize/Dockerfile", "--tag", "contoso/web:1.2.3", "--tag", "contoso/web:latest", "/src" },
            command.Arguments.ToArray());
        Assert.IsEmpty(command.Environment);
    }

    [TestMethod]
    public void BuildKitTurnsBuildKitOnForTheChildOnly()
    {
        ClientCommand command = BuildCommandFactory.Create(Request(BuildMode.BuildKit));

        CollectionAssert.AreEqual(
            new[] { "build", "--progress=plain", "--file", "/src/obj/containerize/Dockerfile", "--tag", "contoso/web:1.2.3", "--tag", "contoso/web:latest", "/src" },
            command.Arguments.ToArray());
        Assert.AreEqual("1", command.Environment["DOCKER_BUILDKIT"]);
    }

    [TestMethod]
    public void LegacyTurnsBuildKitOffAndAsksForNoProgressFormat()
    {
        ClientCommand command = BuildCommandFactory.Create(Request(BuildMode.Legacy));

        CollectionAssert.AreEqual(
            new[] { "build", "--file", "/src/obj/containerize/Dockerfile", "--tag", "contoso/web:1.2.3", "--tag", "contoso/web:latest", "/src" },
            command.Arguments.ToArray());
        Assert.AreEqual("0", command.Environment["DOCKER_BUILDKIT"]);
    }

    [TestMethod]
    public void SourceDateEpochIsPodmansTimestamp_AndNothingForDocker()
    {
        CollectionAssert.AreEqual(
            new[] { "build", "--timestamp", "1700000000", "--file", "/src/obj/containerize/Dockerfile", "--tag", "contoso/web:1.2.3", "--tag", "contoso/web:latest", "/src" },
            BuildCommandFactory.Create(Request(BuildMode.Podman, sourceDateEpoch: 1700000000)).Arguments.ToArray());
        Assert.DoesNotContain("--timestamp", BuildCommandFactory.Create(Request(BuildMode.BuildKit, sourceDateEpoch: 1700000000)).Arguments.ToList());
    }

    [TestMethod]
    [DataRow(BuildMode.BuildKit)]
    [DataRow(BuildMode.Podman)]
    public void TheBaseImagesDigestIsALabelOfTheBuild(BuildMode mode)
    {
        BuildRequest request = Request(mode);
        request.Labels = new[] { new KeyValuePair<string, string>("org.opencontainers.image.base.digest", "sha256:abc") };

        List<string> arguments = BuildCommandFactory.Create(request).Arguments.ToList();

        int label = arguments.IndexOf("--label");
        Assert.IsGreaterThan(0, label);
        Assert.AreEqual("org.opencontainers.image.base.digest=sha256:abc", arguments[label + 1]);
        Assert.AreEqual("/src", arguments[^1]);
    }

    [TestMethod]
    public void PodmanUsesTheDockerFormatOnlyForHealthchecks()
    {
        BuildRequest plain = Request(BuildMode.Podman);
        BuildRequest withHealthcheck = new()
        {
            Mode = BuildMode.Podman,
            Client = new ContainerClient("/usr/bin/podman"),
            DockerfilePath = "Dockerfile",
            ContextDirectory = ".",
            ImageReferences = new[] { "app:1" },
            HasHealthcheck = true,
        };

        CollectionAssert.AreEqual(
            new[] { "build", "--file", "/src/obj/containerize/Dockerfile", "--tag", "contoso/web:1.2.3", "--tag", "contoso/web:latest", "/src" },
            BuildCommandFactory.Create(plain).Arguments.ToArray());
        CollectionAssert.AreEqual(
            new[] { "build", "--format", "docker", "--file", "Dockerfile", "--tag", "app:1", "." },
            BuildCommandFactory.Create(withHealthcheck).Arguments.ToArray());
        Assert.IsEmpty(BuildCommandFactory.Create(withHealthcheck).Environment);
    }

    [TestMethod]
    public void BuildArgumentsPlatformAndExtraArgumentsComeBeforeTheContext()
    {
        BuildRequest request = new()
        {
            Mode = BuildMode.BuildKit,
            Client = new ContainerClient("docker"),
            DockerfilePath = "Dockerfile",
            ContextDirectory = "/my context",
            ImageReferences = new[] { "app:1" },
            BuildArguments = new[] { new KeyValuePair<string, string>("VERSION", "1.0 beta"), new KeyValuePair<string, string>("EMPTY", "") },
            Platforms = new[] { "linux/arm64" },
            ExtraArguments = new[] { "--secret", "id=nuget,src=/tmp/nuget.config", "--no-cache" },
        };

        CollectionAssert.AreEqual(
            new[]
            {
                "build", "--progress=plain", "--file", "Dockerfile", "--tag", "app:1",
                "--build-arg", "VERSION=1.0 beta", "--build-arg", "EMPTY=",
                "--platform", "linux/arm64",
                "--secret", "id=nuget,src=/tmp/nuget.config", "--no-cache",
                "/my context",
            },
            BuildCommandFactory.Create(request).Arguments.ToArray());
    }

    [TestMethod]
    public void NoModePullsUnlessAsked()
    {
        foreach (BuildMode mode in Enum.GetValues<BuildMode>())
        {
            ClientCommand command = BuildCommandFactory.Create(Request(mode));
            ClientCommand pulling = BuildCommandFactory.Create(With(Request(mode), pull: true));

            Assert.DoesNotContain("--pull", command.Arguments.ToList(), mode.ToString());
            Assert.Contains("--pull", pulling.Arguments.ToList(), mode.ToString());
        }
    }

    [TestMethod]
    public void BuildxHonoursTheNamedBuilderAndPushesAMultiPlatformImageWithItsMetadata()
    {
        BuildRequest request = With(
            Request(BuildMode.Buildx),
            platforms: new[] { "linux/amd64", "linux/arm64" },
            builder: "remote-arm",
            pushFromBuilder: true,
            metadataFile: "/tmp/meta.json");

        CollectionAssert.AreEqual(
            new[]
            {
                "buildx", "build", "--builder", "remote-arm", "--push", "--progress=plain",
                "--file", "/src/obj/containerize/Dockerfile", "--tag", "contoso/web:1.2.3", "--tag", "contoso/web:latest",
                "--platform", "linux/amd64,linux/arm64",
                "--metadata-file", "/tmp/meta.json",
                "/src",
            },
            BuildCommandFactory.Create(request).Arguments.ToArray());
    }

    [TestMethod]
    public void CacheNetworkSecretsAndPullComeBeforeTheUsersArgumentsInEveryBuildKitMode()
    {
        foreach (BuildMode mode in new[] { BuildMode.Buildx, BuildMode.BuildKit, BuildMode.Podman })
        {
            BuildRequest request = With(
                Request(mode),
                cacheFrom: new[] { "type=registry,ref=registry.example.com/web:cache", "type=local,src=/cache" },
                cacheTo: mode == BuildMode.Buildx ? new[] { "type=registry,ref=registry.example.com/web:cache,mode=max" } : null,
                network: "host",
                pull: true,
                secrets: new[] { BuildSecret.FromFile("nuget-config-1", "/home/me/My Configs/NuGet.config"), BuildSecret.FromEnvironment("nuget-env-feed-token", "FEED_TOKEN") },
                extra: new[] { "--no-cache" });

            List<string> arguments = BuildCommandFactory.Create(request).Arguments.ToList();
            int tag = arguments.LastIndexOf("--tag");
            List<string> options = arguments.Skip(tag + 2).ToList();

            var expected = new List<string>
            {
                "--secret", "id=nuget-config-1,src=/home/me/My Configs/NuGet.config",
                "--secret", "id=nuget-env-feed-token,env=FEED_TOKEN",
                "--network", "host",
                "--pull",
                "--cache-from", "type=registry,ref=registry.example.com/web:cache",
                "--cache-from", "type=local,src=/cache",
            };
            if (mode == BuildMode.Buildx)
            {
                expected.AddRange(new[] { "--cache-to", "type=registry,ref=registry.example.com/web:cache,mode=max" });
            }

            expected.AddRange(new[] { "--no-cache", "/src" });
            CollectionAssert.AreEqual(expected, options, mode + ": " + string.Join(" ", arguments));
        }
    }

    [TestMethod]
    public void TheMetadataFileIsForBuildxOnly()
    {
        BuildRequest request = With(Request(BuildMode.BuildKit), metadataFile: "/tmp/meta.json");

        Assert.DoesNotContain("--metadata-file", BuildCommandFactory.Create(request).Arguments.ToList());
    }

    [TestMethod]
    public void ACommandForAPersonLeavesThePlainProgressOut()
    {
        foreach (BuildMode mode in new[] { BuildMode.Buildx, BuildMode.BuildKit })
        {
            BuildRequest request = With(Request(mode), plainProgress: false);

            Assert.DoesNotContain("--progress=plain", BuildCommandFactory.Create(request).Arguments.ToList(), mode.ToString());
        }
    }

    [TestMethod]
    public void TheEnvironmentIsInheritedExceptForDockerBuildKit()
    {
        // DOCKER_HOST, DOCKER_CONTEXT and DOCKER_CONFIG (the engine's login) reach the client from the build's environment.
        foreach (BuildMode mode in Enum.GetValues<BuildMode>())
        {
            ClientCommand command = BuildCommandFactory.Create(Request(mode));

            Assert.IsTrue(command.Environment.Keys.All(name => name == "DOCKER_BUILDKIT"), mode + ": " + string.Join(", ", command.Environment.Keys));
        }
    }

    private static BuildRequest With(
        BuildRequest request,
        IReadOnlyList<string>? platforms = null,
        string? builder = null,
        bool pushFromBuilder = false,
        string? metadataFile = null,
        IReadOnlyList<string>? cacheFrom = null,
        IReadOnlyList<string>? cacheTo = null,
        string? network = null,
        bool pull = false,
        IReadOnlyList<BuildSecret>? secrets = null,
        IReadOnlyList<string>? extra = null,
        bool plainProgress = true) => new()
    {
        Mode = request.Mode,
        Client = request.Client,
        DockerfilePath = request.DockerfilePath,
        ContextDirectory = request.ContextDirectory,
        ImageReferences = request.ImageReferences,
        Platforms = platforms ?? Array.Empty<string>(),
        BuildxBuilder = builder,
        PushFromBuilder = pushFromBuilder,
        MetadataFile = metadataFile,
        CacheFrom = cacheFrom ?? Array.Empty<string>(),
        CacheTo = cacheTo ?? Array.Empty<string>(),
        Network = network,
        Pull = pull,
        Secrets = secrets ?? Array.Empty<BuildSecret>(),
        ExtraArguments = extra ?? Array.Empty<string>(),
        PlainProgress = plainProgress,
    };
}
