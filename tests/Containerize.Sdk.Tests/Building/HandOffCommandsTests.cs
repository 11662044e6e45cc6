using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Building;

[TestClass]
public sealed class HandOffCommandsTests
{
    private static BuildRequest Build(IReadOnlyList<string>? platforms = null) => new()
    {
        Mode = BuildMode.Legacy,
        Client = new ContainerClient("/opt/fake/docker"),
        DockerfilePath = "/p/obj/containerize/Dockerfile",
        ContextDirectory = "/p",
        ImageReferences = new[] { "r.example.com/app:1.0", "r.example.com/app:latest" },
        Platforms = platforms ?? Array.Empty<string>(),
        ExtraArguments = new[] { "--no-cache" },
    };

    private static string[] Lines(IReadOnlyList<ClientCommand> commands) => commands.Select(command => command.ToString()).ToArray();

    [TestMethod]
    public void APlainBuildUsesDockerBuildWithBuildKitAndNoProgressOption()
    {
        IReadOnlyList<ClientCommand> commands = HandOffCommands.Create(Build(), new BuildOptions(), archivePath: null);

        CollectionAssert.AreEqual(
            new[] { "DOCKER_BUILDKIT=1 docker build --file /p/obj/containerize/Dockerfile --tag r.example.com/app:1.0 --tag r.example.com/app:latest --no-cache /p" },
            Lines(commands));
    }

    [TestMethod]
    public void APushFollowsForEveryTagAndTheArchiveBeforeIt()
    {
        IReadOnlyList<ClientCommand> commands = HandOffCommands.Create(Build(), new BuildOptions { Push = true, Archive = true }, "/out/app.tar");

        CollectionAssert.AreEqual(
            new[]
            {
                "docker save --output /out/app.tar r.example.com/app:1.0 r.example.com/app:latest",
                "docker push r.example.com/app:1.0",
                "docker push r.example.com/app:latest",
            },
            Lines(commands).Skip(1).ToArray());
    }

    [TestMethod]
    public void AMultiPlatformImageIsBuiltAndPushedByBuildx()
    {
        string[] platforms = { "linux/amd64", "linux/arm64" };

        IReadOnlyList<ClientCommand> commands = HandOffCommands.Create(Build(platforms), new BuildOptions { Platforms = platforms, Push = true }, null);

        Assert.HasCount(1, commands);
        CollectionAssert.AreEqual(
            new[] { "buildx", "build", "--push", "--file", "/p/obj/containerize/Dockerfile", "--tag", "r.example.com/app:1.0", "--tag", "r.example.com/app:latest", "--platform", "linux/amd64,linux/arm64", "--no-cache", "/p" },
            commands[0].Arguments.ToArray());
        Assert.IsEmpty(commands[0].Environment);
    }

    [TestMethod]
    public void ACacheExportUsesBuildxAndLoadsTheImage()
    {
        IReadOnlyList<ClientCommand> commands = HandOffCommands.Create(Build(), new BuildOptions { CacheTo = new[] { "type=registry,ref=r.example.com/app:cache" } }, null);

        CollectionAssert.AreEqual(new[] { "buildx", "build", "--load" }, commands[0].Arguments.Take(3).ToArray());
    }
}
