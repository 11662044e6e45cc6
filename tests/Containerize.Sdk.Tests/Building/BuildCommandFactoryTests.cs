using Containerize.Sdk.Building;

namespace Containerize.Sdk.Tests.Building;

[TestClass]
public sealed class BuildCommandFactoryTests
{
    private static BuildRequest Request(BuildMode mode) => new()
    {
        Mode = mode,
        ClientPath = "/usr/bin/docker",
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
    public void PodmanUsesTheDockerFormatOnlyForHealthchecks()
    {
        BuildRequest plain = Request(BuildMode.Podman);
        BuildRequest withHealthcheck = new()
        {
            Mode = BuildMode.Podman,
            ClientPath = "/usr/bin/podman",
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
            ClientPath = "docker",
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
    public void NoModeEverPulls()
    {
        foreach (BuildMode mode in Enum.GetValues<BuildMode>())
        {
            ClientCommand command = BuildCommandFactory.Create(Request(mode));

            Assert.DoesNotContain("--pull", command.Arguments.ToList(), mode.ToString());
        }
    }
}
