using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Planning;

/// <summary>When the Dockerfile gets a host stage, and when a local build may take the host's publish output through it.</summary>
[TestClass]
public sealed class HostOutputFeedTests
{
    private const string Context = "/repo";
    private const string HostOutput = "/repo/src/Web/obj/Release/net10.0/containerize/host";

    [TestMethod]
    public void ABuildKitSourceModeDockerfile_GetsAHostStage_ReadingTheStagedFolderRelativeToTheContext()
    {
        ContainerSpec spec = SpecExamples.WebAppWithBuildKit();

        Assert.IsNull(HostOutputFeed.WhyNoHostStage(spec, Context, HostOutput));
        Assert.AreEqual("src/Web/obj/Release/net10.0/containerize/host", HostOutputFeed.StagePath(spec, Context, HostOutput + "/"));
    }

    [TestMethod]
    public void NoHostStage_WithoutBuildKit_ForNativeAot_InPublishMode_OrOutsideTheContext()
    {
        ContainerSpec legacy = SpecExamples.ConsoleAppWithoutBuildKit();
        ContainerSpec aot = SpecExamples.WebAppWithBuildKit() with { PublishAot = true };
        ContainerSpec publish = SpecExamples.WebAppWithBuildKit() with { Mode = ContainerizeMode.Publish };

        StringAssert.Contains(HostOutputFeed.WhyNoHostStage(legacy, Context, HostOutput), "would build every stage");
        StringAssert.Contains(HostOutputFeed.WhyNoHostStage(aot, Context, HostOutput), "Native AOT");
        StringAssert.Contains(HostOutputFeed.WhyNoHostStage(publish, Context, HostOutput), "ContainerizeMode=Publish");
        StringAssert.Contains(HostOutputFeed.WhyNoHostStage(SpecExamples.WebAppWithBuildKit(), Context, "/elsewhere/host"), "is not inside the build context");
        Assert.IsNull(HostOutputFeed.StagePath(legacy, Context, HostOutput));
    }

    [TestMethod]
    public void AHostPublishLikeTheContainersOwn_FeedsTheImage()
    {
        Assert.IsNull(HostOutputFeed.WhyNotHostOutput(SpecExamples.WebAppWithBuildKit(), Published()));
    }

    [TestMethod]
    public void EveryHostPublishThatCouldDifferFromTheContainers_CompilesInTheContainer()
    {
        ContainerSpec spec = SpecExamples.WebAppWithBuildKit();
        ContainerSpec multiTargeting = SpecExamples.WebAppWithBuildKit() with { PublishTargetFramework = "net10.0" };
        ContainerSpec selfContained = SpecExamples.SelfContainedApp();

        StringAssert.Contains(Why(spec, Published(host => host.RequestedMode = "hermetic")), "ContainerizeMode=Hermetic");
        StringAssert.Contains(Why(spec, Published(host => host.HostPublished = false)), "did not publish");
        StringAssert.Contains(Why(spec, Published(host => host.DockerfileIsUsers = true)), "your own");
        StringAssert.Contains(Why(spec, Published(host => host.WritesBuildCommandOnly = true)), "ContainerizeBuilder=none");
        StringAssert.Contains(Why(spec, Published(host => host.PlatformCount = 2)), "several platforms");
        StringAssert.Contains(Why(spec, Published(host => host.RuntimeIdentifier = "linux-x64")), "RuntimeIdentifier 'linux-x64'");
        StringAssert.Contains(Why(multiTargeting, Published(host => host.TargetFramework = "net9.0")), "TargetFramework 'net9.0'");
        StringAssert.Contains(Why(selfContained, Published(host => { host.RuntimeIdentifier = selfContained.RuntimeIdentifier; host.HostIsWindows = true; })), "Linux or macOS");
        Assert.IsNull(Why(selfContained, Published(host => host.RuntimeIdentifier = selfContained.RuntimeIdentifier)));
        Assert.IsNull(Why(multiTargeting, Published(host => host.TargetFramework = "net10.0")));
    }

    [TestMethod]
    public void TheChoice_NamesTheStage_AndLeavesOutTheApphostOnlyWhenTheContainerMakesNone()
    {
        ContainerSpec spec = SpecExamples.WebAppWithBuildKit() with { HostOutputDirectory = "src/Web/obj/Release/net10.0/containerize/host" };
        ContainerSpec selfContained = SpecExamples.SelfContainedApp() with { HostOutputDirectory = "src/Web/obj/Release/net10.0/containerize/host" };

        HostOutputChoice host = HostOutputFeed.Choose(spec, Context, HostOutput, Published(input => input.HostAppHost = "Web"));
        HostOutputChoice hermetic = HostOutputFeed.Choose(spec, Context, HostOutput, Published(input => input.RequestedMode = "Hermetic"));
        HostOutputChoice legacy = HostOutputFeed.Choose(SpecExamples.ConsoleAppWithoutBuildKit(), Context, HostOutput, Published());
        HostOutputChoice withApphost = HostOutputFeed.Choose(selfContained, Context, HostOutput, Published(input => { input.HostAppHost = "Api"; input.RuntimeIdentifier = "linux-x64"; }));

        Assert.AreEqual("host", host.AppStage);
        CollectionAssert.AreEqual(new[] { "Web" }, host.HostOnlyFiles.ToArray());
        Assert.AreEqual("app from the host's publish output", host.Summary);
        Assert.AreEqual("build", hermetic.AppStage, "the argument is always given: podman before 4.4 ignores the ARG's default");
        Assert.AreEqual("app compiled in the container", hermetic.Summary);
        Assert.AreEqual("", legacy.AppStage, "no host stage, no argument");
        StringAssert.Contains(legacy.Decision, "would build every stage");
        Assert.AreEqual("host", withApphost.AppStage);
        Assert.IsEmpty(withApphost.HostOnlyFiles, "a self-contained app's container publish makes the apphost too");
    }

    private static string? Why(ContainerSpec spec, HostOutputFeedInputs host) => HostOutputFeed.WhyNotHostOutput(spec, host);

    private static HostOutputFeedInputs Published(Action<HostOutputFeedInputs>? change = null)
    {
        var host = new HostOutputFeedInputs { RequestedMode = "Source", HostPublished = true, PlatformCount = 1, HostIsWindows = false };
        change?.Invoke(host);
        return host;
    }
}
