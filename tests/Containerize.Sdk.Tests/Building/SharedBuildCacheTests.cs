using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Building;

[TestClass]
public sealed class SharedBuildCacheTests
{
    private static BuildRequest Request(BuildMode mode, string appStage = "build", string[]? cacheTo = null, string[]? cacheFrom = null) => new()
    {
        Mode = mode,
        Client = new ContainerClient("/usr/bin/docker"),
        DockerfilePath = "/src/obj/Dockerfile",
        ContextDirectory = "/src",
        ImageReferences = new[] { "127.0.0.1:5000/team/app:1.0", "127.0.0.1:5000/team/app:latest" },
        BuildArguments = new[] { new KeyValuePair<string, string>("CONTAINERIZE_APP_STAGE", appStage) },
        CacheTo = cacheTo ?? new[] { "type=inline" },
        CacheFrom = cacheFrom ?? Array.Empty<string>(),
    };

    [TestMethod]
    [DataRow(BuildMode.BuildKit)]
    [DataRow(BuildMode.Buildx)]
    public void TheInlineCacheIsTheBuildArgumentBuildKitReads(BuildMode mode)
    {
        string[] arguments = BuildCommandFactory.Create(Request(mode, cacheTo: new[] { "type=inline", "type=registry,ref=r/app:cache" })).Arguments.ToArray();

        CollectionAssert.IsSubsetOf(new[] { "--build-arg", "BUILDKIT_INLINE_CACHE=1" }, arguments);
        Assert.AreEqual(1, arguments.Count(argument => argument == "--cache-to"), string.Join(" ", arguments));
        Assert.Contains("type=registry,ref=r/app:cache", arguments);
        Assert.DoesNotContain("type=inline", arguments);
    }

    [TestMethod]
    public void AnImageInCacheFromBringsItsBuildStageCacheImage_ABuildxCacheDoesNot()
    {
        string[] arguments = BuildCommandFactory.Create(Request(BuildMode.BuildKit, cacheTo: Array.Empty<string>(), cacheFrom: new[] { "127.0.0.1:5000/team/app:1.0", "registry.example.com/app", "type=registry,ref=r/app:cache", "r/app@sha256:abc" })).Arguments.ToArray();

        string[] cacheFrom = arguments.Select((argument, index) => (argument, index)).Where(pair => pair.argument == "--cache-from").Select(pair => arguments[pair.index + 1]).ToArray();
        CollectionAssert.AreEqual(
            new[] { "127.0.0.1:5000/team/app:1.0", "127.0.0.1:5000/team/app:1.0-buildcache", "registry.example.com/app", "registry.example.com/app:latest-buildcache", "type=registry,ref=r/app:cache", "r/app@sha256:abc" },
            cacheFrom);
        Assert.DoesNotContain("BUILDKIT_INLINE_CACHE=1", arguments);
    }

    [TestMethod]
    public void TheBuildStageCacheImageIsTheBuildStageOfTheSameBuild_TaggedBesideTheImage()
    {
        BuildRequest image = Request(BuildMode.BuildKit) with { LogFile = "/src/obj/containerize/build.log" };

        BuildRequest? cache = SharedBuildCache.BuildStageRequest(image, pushed: true, "build");

        Assert.IsNotNull(cache);
        Assert.IsNull(cache.LogFile, "build.log keeps the image build's output, which says what came from the cache");
        string[] arguments = BuildCommandFactory.Create(cache).Arguments.ToArray();
        CollectionAssert.AreEqual(
            new[] { "build", "--progress=plain", "--file", "/src/obj/Dockerfile", "--target", "build", "--tag", "127.0.0.1:5000/team/app:1.0-buildcache", "--tag", "127.0.0.1:5000/team/app:latest-buildcache", "--build-arg", "CONTAINERIZE_APP_STAGE=build", "--build-arg", "BUILDKIT_INLINE_CACHE=1", "/src" },
            arguments);
    }

    [TestMethod]
    public void NoBuildStageCacheImage_WithoutAPush_AnInlineCache_OrTheBuildStage()
    {
        Assert.IsNull(SharedBuildCache.BuildStageRequest(Request(BuildMode.BuildKit), pushed: false, "build"), "no other engine reads an image that is not pushed");
        Assert.IsNull(SharedBuildCache.BuildStageRequest(Request(BuildMode.BuildKit, cacheTo: Array.Empty<string>()), pushed: true, "build"));
        Assert.IsNull(SharedBuildCache.BuildStageRequest(Request(BuildMode.BuildKit, appStage: "host"), pushed: true, "build"), "the host fed the image: the build stage never ran");
    }

    [TestMethod]
    public void TheHandOffBuildsAndPushesTheBuildStageCacheImageToo()
    {
        IReadOnlyList<ClientCommand> commands = HandOffCommands.Create(Request(BuildMode.BuildKit), new BuildOptions { Push = true, CacheTo = new[] { "type=inline" } }, null);

        string[] lines = commands.Select(command => command.ToString()).ToArray();
        Assert.HasCount(6, lines, string.Join("\n", lines));
        StringAssert.Contains(lines[1], "--target build --tag 127.0.0.1:5000/team/app:1.0-buildcache");
        CollectionAssert.AreEqual(
            new[] { "docker push 127.0.0.1:5000/team/app:1.0", "docker push 127.0.0.1:5000/team/app:latest", "docker push 127.0.0.1:5000/team/app:1.0-buildcache", "docker push 127.0.0.1:5000/team/app:latest-buildcache" },
            lines.Skip(2).ToArray());
    }
}
