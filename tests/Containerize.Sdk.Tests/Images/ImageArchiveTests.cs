using Containerize.Sdk.Processes;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Images;
using Containerize.Sdk.Tests.Building;

namespace Containerize.Sdk.Tests.Images;

[TestClass]
[OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
public sealed class ImageArchiveTests
{
    private static string ArchiveIn(string client) => Path.Combine(Path.GetDirectoryName(client)!, "out", "sub", "app.tar");

    [TestMethod]
    public void TheClientWritesTheArchiveIntoAFolderThatIsCreated()
    {
        // save --output PATH ref...: the fake writes the references into the archive it is asked for.
        using FakeClientScript fake = FakeClientScript.Create("out=\"$3\"; shift 3; echo \"$@\" > \"$out\"");
        string client = fake.Path;
        string archive = ArchiveIn(client);

        ContainerizeDiagnostic? error = ImageArchive.Save(new ContainerClient(client), BuilderKind.Docker, archive, new[] { "app:1.0", "app:latest" }, null, line => { }, CancellationToken.None, out bool canceled);

        Assert.IsNull(error);
        Assert.IsFalse(canceled);
        Assert.AreEqual("app:1.0 app:latest", File.ReadAllText(archive).Trim());
    }

    [TestMethod]
    public void AFailedSaveIsCtz3013AndLeavesNoStaleArchive()
    {
        using FakeClientScript fake = FakeClientScript.Create("echo 'Error response from daemon: reference does not exist' >&2; exit 1");
        string client = fake.Path;
        string archive = ArchiveIn(client);
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        File.WriteAllText(archive, "an archive from an earlier publish");

        ContainerizeDiagnostic? error = ImageArchive.Save(new ContainerClient(client), BuilderKind.Docker, archive, new[] { "app:1.0" }, null, line => { }, CancellationToken.None, out _);

        Assert.AreEqual("CTZ3013", error!.Code);
        Assert.Contains("reference does not exist", error.Message);
        Assert.Contains(archive, error.Message);
        Assert.IsFalse(File.Exists(archive));
    }
}
