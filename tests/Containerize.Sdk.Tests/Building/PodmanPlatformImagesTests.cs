using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Building;

[TestClass]
public sealed class PodmanPlatformImagesTests
{
    private static readonly ContainerClient Podman = new("/usr/bin/podman");

    private const string Dockerfile =
        "ARG CONTAINERIZE_APP_STAGE=build\n" +
        "\n" +
        "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build\n" +
        "RUN dotnet publish -a $TARGETARCH\n" +
        "\n" +
        "FROM ${CONTAINERIZE_APP_STAGE} AS app\n" +
        "\n" +
        "FROM 127.0.0.1:5000/dotnet/runtime-deps:10.0 AS final\n" +
        "COPY --from=app [\"/app/\", \"/app/\"]\n";

    // Trimmed from podman 4.3.1's manifest inspect of the local registry's two-platform runtime-deps.
    private const string ManifestList = """
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.docker.distribution.manifest.list.v2+json",
            "manifests": [
                { "mediaType": "application/vnd.docker.distribution.manifest.v2+json", "size": 1371,
                  "digest": "sha256:92c7e6429daeecea843ed599c6c7085bf0c069a8519e48b1351cb9529839364f",
                  "platform": { "architecture": "amd64", "os": "linux" } },
                { "mediaType": "application/vnd.docker.distribution.manifest.v2+json", "size": 528,
                  "digest": "sha256:e6f664d07675cf990bd28147ae7b20f88eb3e4fe5cbb1f0e8e5c8360fb35f8ea",
                  "platform": { "architecture": "arm64", "os": "linux", "variant": "v8" } }
            ]
        }
        """;

    private static BuildRequest Request(params string[] platforms) => new()
    {
        Mode = BuildMode.Podman,
        Client = Podman,
        DockerfilePath = "/src/obj/containerize/Dockerfile",
        ContextDirectory = "/src",
        ImageReferences = new[] { "127.0.0.1:5000/app:1.0", "127.0.0.1:5000/app:latest" },
        Platforms = platforms,
    };

    [TestMethod]
    public void OnlyAPodmanBuildForAnotherPlatformNamesTheBaseByDigest()
    {
        Assert.IsTrue(PodmanPlatformImages.Applies(Request("linux/arm64"), "linux/amd64"));
        Assert.IsTrue(PodmanPlatformImages.Applies(Request("linux/amd64", "linux/arm64"), "linux/amd64"));
        Assert.IsFalse(PodmanPlatformImages.Applies(Request("linux/amd64"), "linux/amd64"), "this machine's own platform");
        Assert.IsFalse(PodmanPlatformImages.Applies(Request(), "linux/amd64"));
        Assert.IsFalse(PodmanPlatformImages.Applies(Request("linux/arm64") with { Mode = BuildMode.BuildKit }, "linux/amd64"), "BuildKit picks each platform's base itself");
    }

    [TestMethod]
    public void EachPlatformsDigestComesFromTheList_WithAndWithoutItsVariant()
    {
        IReadOnlyDictionary<string, string> digests = PodmanPlatformImages.DigestsByPlatform(ManifestList);

        Assert.AreEqual("sha256:92c7e6429daeecea843ed599c6c7085bf0c069a8519e48b1351cb9529839364f", digests["linux/amd64"]);
        Assert.AreEqual("sha256:e6f664d07675cf990bd28147ae7b20f88eb3e4fe5cbb1f0e8e5c8360fb35f8ea", digests["linux/arm64"]);
        Assert.AreEqual(digests["linux/arm64"], digests["linux/arm64/v8"]);
        Assert.IsFalse(digests.ContainsKey("linux/arm/v7"));
        Assert.ThrowsExactly<FormatException>(() => PodmanPlatformImages.DigestsByPlatform("Error: not a list"));
    }

    [TestMethod]
    public void OnlyTheFinalStagesFromIsPinned()
    {
        string? pinned = PodmanPlatformImages.PinFinalBase(Dockerfile, "127.0.0.1:5000/dotnet/runtime-deps:10.0", "127.0.0.1:5000/dotnet/runtime-deps:10.0@sha256:e6f6");

        Assert.AreEqual(Dockerfile.Replace("FROM 127.0.0.1:5000/dotnet/runtime-deps:10.0 AS final", "FROM 127.0.0.1:5000/dotnet/runtime-deps:10.0@sha256:e6f6 AS final"), pinned);
        Assert.IsNull(PodmanPlatformImages.PinFinalBase(Dockerfile, "other/base:1", "other/base:1@sha256:e6f6"));
    }

    [TestMethod]
    public void EachPlatformIsBuiltFromItsOwnDockerfile_WithTheBuildStageOnThisMachinesPlatform()
    {
        BuildRequest several = PodmanPlatformImages.ForPlatform(Request("linux/amd64", "linux/arm64"), "linux/arm64", "linux/amd64", platformTag: true);
        BuildRequest single = PodmanPlatformImages.ForPlatform(Request("linux/arm64"), "linux/arm64", "linux/amd64", platformTag: false);

        CollectionAssert.AreEqual(
            new[] { "build", "--file", "/src/obj/containerize/Dockerfile.linux-arm64", "--tag", "127.0.0.1:5000/app:1.0-linux-arm64", "--build-arg", "BUILDPLATFORM=linux/amd64", "--platform", "linux/arm64", "/src" },
            BuildCommandFactory.Create(several).Arguments.ToArray());
        CollectionAssert.AreEqual(new[] { "127.0.0.1:5000/app:1.0", "127.0.0.1:5000/app:latest" }, single.ImageReferences.ToArray(), "one platform keeps the image's own tags");
    }

    [TestMethod]
    public void TheListIsPushedWithEveryImageItNames()
    {
        CollectionAssert.AreEqual(
            new[] { "manifest", "push", "--all", "--digestfile", "/tmp/d", "localhost/list", "docker://127.0.0.1:5000/app:latest" },
            PodmanPlatformImages.PushList(Podman, "localhost/list", "127.0.0.1:5000/app:latest", "/tmp/d").Arguments.ToArray());
    }
}
