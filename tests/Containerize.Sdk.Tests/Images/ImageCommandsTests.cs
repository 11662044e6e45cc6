using Containerize.Sdk.Builders;
using Containerize.Sdk.Images;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Images;

[TestClass]
public sealed class ImageCommandsTests
{
    [TestMethod]
    public void DockerPushesOneReferenceAndPrintsItsDigest()
    {
        ClientCommand command = ImageCommands.Push(new ContainerClient("/usr/bin/docker"), BuilderKind.Docker, "127.0.0.1:5000/app:1.0", podmanDigestFile: "/tmp/ignored");

        Assert.AreEqual("/usr/bin/docker", command.Executable);
        CollectionAssert.AreEqual(new[] { "push", "127.0.0.1:5000/app:1.0" }, command.Arguments.ToArray());
        Assert.IsEmpty(command.Environment);
    }

    [TestMethod]
    public void PodmanWritesTheDigestToAFile()
    {
        ClientCommand command = ImageCommands.Push(new ContainerClient("/usr/bin/podman"), BuilderKind.Podman, "quay.io/team/app:1.0", "/tmp/d.txt");

        CollectionAssert.AreEqual(new[] { "push", "--digestfile", "/tmp/d.txt", "quay.io/team/app:1.0" }, command.Arguments.ToArray());
    }

    [TestMethod]
    public void DockerSavesEveryTagIntoOneArchive()
    {
        ClientCommand command = ImageCommands.Save(new ContainerClient("docker"), BuilderKind.Docker, "/out/app.tar", new[] { "app:1.0", "app:latest" });

        CollectionAssert.AreEqual(new[] { "save", "--output", "/out/app.tar", "app:1.0", "app:latest" }, command.Arguments.ToArray());
    }

    [TestMethod]
    public void PodmanSavesADockerArchiveAndKeepsSeveralNames()
    {
        CollectionAssert.AreEqual(
            new[] { "save", "--multi-image-archive", "--format", "docker-archive", "--output", "/out/app.tar", "app:1.0", "app:latest" },
            ImageCommands.Save(new ContainerClient("podman"), BuilderKind.Podman, "/out/app.tar", new[] { "app:1.0", "app:latest" }).Arguments.ToArray());
        CollectionAssert.AreEqual(
            new[] { "save", "--format", "docker-archive", "--output", "/out/app.tar", "app:1.0" },
            ImageCommands.Save(new ContainerClient("podman"), BuilderKind.Podman, "/out/app.tar", new[] { "app:1.0" }).Arguments.ToArray());
    }

    [TestMethod]
    [DataRow("app:1.0", "app", "1.0")]
    [DataRow("127.0.0.1:5000/team/app:1.0", "127.0.0.1:5000/team/app", "1.0")]
    [DataRow("127.0.0.1:5000/team/app", "127.0.0.1:5000/team/app", "latest")]
    [DataRow("app", "app", "latest")]
    public void ReferencesSplitIntoRepositoryAndTag(string reference, string repository, string tag)
    {
        Assert.AreEqual(repository, ImageCommands.RepositoryOf(reference));
        Assert.AreEqual(tag, ImageCommands.TagOf(reference));
    }

    [TestMethod]
    public void TheDigestReferenceReplacesTheTag()
    {
        Assert.AreEqual("127.0.0.1:5000/app@sha256:abc", ImageCommands.DigestReference("127.0.0.1:5000/app:1.0", "sha256:abc"));
    }
}
