using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Building;

[TestClass]
public sealed class PlatformImagesTests
{
    private static readonly ContainerClient Docker = new("/usr/bin/docker");

    private static BuildRequest MultiPlatform() => new()
    {
        Mode = BuildMode.BuildKit,
        Client = Docker,
        DockerfilePath = "/src/Dockerfile",
        ContextDirectory = "/src",
        ImageReferences = new[] { "127.0.0.1:5000/app:1.0", "127.0.0.1:5000/app:latest" },
        Platforms = new[] { "linux/amd64", "linux/arm64" },
        PushFromBuilder = true,
    };

    [TestMethod]
    public void EachPlatformIsBuiltAlone_UnderATagOfItsOwn()
    {
        ClientCommand command = BuildCommandFactory.Create(PlatformImages.ForPlatform(MultiPlatform(), "linux/arm64"));

        CollectionAssert.AreEqual(
            new[] { "build", "--progress=plain", "--file", "/src/Dockerfile", "--tag", "127.0.0.1:5000/app:1.0-linux-arm64", "--platform", "linux/arm64", "/src" },
            command.Arguments.ToArray());
        Assert.AreEqual("r.example.com/team/app:latest-linux-arm-v7", PlatformImages.PlatformReference("r.example.com/team/app", "linux/arm/v7"));
    }

    [TestMethod]
    public void TheListJoinsThePlatformTags_WithTheClientsExperimentalCommands()
    {
        ClientCommand create = PlatformImages.CreateList(Docker, "127.0.0.1:5000/app:1.0", new[] { "127.0.0.1:5000/app:1.0-linux-amd64", "127.0.0.1:5000/app:1.0-linux-arm64" });
        ClientCommand push = PlatformImages.PushList(Docker, "127.0.0.1:5000/app:1.0");

        CollectionAssert.AreEqual(new[] { "manifest", "create", "--insecure", "127.0.0.1:5000/app:1.0", "127.0.0.1:5000/app:1.0-linux-amd64", "127.0.0.1:5000/app:1.0-linux-arm64" }, create.Arguments.ToArray());
        CollectionAssert.AreEqual(new[] { "manifest", "push", "--purge", "--insecure", "127.0.0.1:5000/app:1.0" }, push.Arguments.ToArray());
        Assert.AreEqual("enabled", push.Environment[PlatformImages.ExperimentalVariable]);
    }

    [TestMethod]
    [DataRow("localhost:5000/app:1", true)]
    [DataRow("127.0.0.1:5000/app:1", true)]
    [DataRow("[::1]:5000/app:1", true)]
    [DataRow("registry.example.com/app:1", false)]
    [DataRow("localhost.example.com/app:1", false)]
    [DataRow("app:1", false)]
    public void OnlyARegistryOnThisMachineIsSpokenToWithoutTls(string reference, bool insecure)
    {
        Assert.AreEqual(insecure, PlatformImages.PushList(Docker, reference).Arguments.Contains("--insecure"));
    }
}
