using Containerize.Sdk.Building;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Images;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Processes;

[TestClass]
public sealed class ContainerClientTests
{
    private static readonly ContainerClient Remote = new("/usr/bin/docker", "remote");

    [TestMethod]
    public void AContextGoesBeforeEveryCommand_BuildPushSaveAndInspect()
    {
        var build = new BuildRequest
        {
            Mode = BuildMode.BuildKit,
            Client = Remote,
            DockerfilePath = "/src/Dockerfile",
            ContextDirectory = "/src",
            ImageReferences = new[] { "app:1" },
        };

        foreach (ClientCommand command in new[]
        {
            BuildCommandFactory.Create(build),
            ImageCommands.Push(Remote, BuilderKind.Docker, "r.example.com/app:1", null),
            ImageCommands.Save(Remote, BuilderKind.Docker, "/out/app.tar", new[] { "app:1" }),
            ProbeCommands.ImageInspect(Remote, "app:1"),
            ProbeCommands.DockerVersion(Remote),
            BaseImageDigests.Pull(Remote, "mcr.microsoft.com/dotnet/aspnet:10.0", null),
        })
        {
            Assert.AreEqual("/usr/bin/docker", command.Executable);
            CollectionAssert.AreEqual(new[] { "--context", "remote" }, command.Arguments.Take(2).ToArray(), command.ToString());
        }
    }

    [TestMethod]
    public void WithoutAContextTheClientChoosesItsEngine()
    {
        ClientCommand command = ProbeCommands.ImageInspect(new ContainerClient("docker", "  "), "app:1");

        Assert.AreEqual("image", command.Arguments[0]);
        Assert.AreEqual("docker", new ContainerClient("docker", null).ToString());
        Assert.AreEqual("/usr/bin/docker --context remote", Remote.ToString());
    }

    [TestMethod]
    [DataRow("remote", true)]
    [DataRow("ci-runner_2.eu+1", true)]
    [DataRow("-H", false)]
    [DataRow("--host=tcp://x", false)]
    [DataRow("a b", false)]
    [DataRow("x", false)]
    [DataRow("name\n--debug", false)]
    [DataRow("$(id)", false)]
    public void OnlyNamesDockerAcceptsAreContexts(string name, bool valid)
    {
        Assert.AreEqual(valid, ContainerClient.IsDockerContextName(name));
    }

    [TestMethod]
    public void TheHandOffCommandsKeepTheContext()
    {
        var build = new BuildRequest
        {
            Mode = BuildMode.Legacy,
            Client = new ContainerClient("/opt/docker", "remote"),
            DockerfilePath = "/p/Dockerfile",
            ContextDirectory = "/p",
            ImageReferences = new[] { "r.example.com/app:1" },
        };

        IReadOnlyList<ClientCommand> commands = HandOffCommands.Create(build, new BuildOptions { Push = true }, null);

        CollectionAssert.AreEqual(
            new[]
            {
                "DOCKER_BUILDKIT=1 docker --context remote build --file /p/Dockerfile --tag r.example.com/app:1 /p",
                "docker --context remote push r.example.com/app:1",
            },
            commands.Select(command => command.ToString()).ToArray());
    }
}
