using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Tests.Slicing;

[TestClass]
public sealed class BuildFingerprintTests
{
    [TestMethod]
    public void NothingChangedGivesTheSameFingerprint()
    {
        using var folder = Context();

        Assert.AreEqual(Fingerprint(folder), Fingerprint(folder));
    }

    [TestMethod]
    public void ASourceChangeChangesIt()
    {
        using var folder = Context();
        string before = Fingerprint(folder);

        folder.Write("context/src/Program.cs", "Console.WriteLine(2); // longer");

        Assert.AreNotEqual(before, Fingerprint(folder));
    }

    [TestMethod]
    public void ATouchedFileChangesItEvenWithTheSameSize()
    {
        using var folder = Context();
        string before = Fingerprint(folder);

        File.SetLastWriteTimeUtc(folder["context/src/Program.cs"], DateTime.UtcNow.AddMinutes(5));

        Assert.AreNotEqual(before, Fingerprint(folder));
    }

    [TestMethod]
    public void FilesTheBuilderNeverSeesDoNotChangeIt()
    {
        using var folder = Context();
        string before = Fingerprint(folder);

        folder.Write("context/src/obj/project.assets.json", "changed on every build");
        folder.Write("context/src/bin/Release/App.dll", "host build output");

        Assert.AreEqual(before, Fingerprint(folder));
    }

    [TestMethod]
    public void TheDockerfileTheIgnoreFileAndTheBuildOptionsChangeIt()
    {
        using var folder = Context();
        string before = Fingerprint(folder);

        folder.Write("Dockerfile", "FROM scratch\nCOPY . .\n");
        string dockerfileChanged = Fingerprint(folder);
        folder.Write("Dockerfile.dockerignore", "**/bin\n");
        string ignoreChanged = Fingerprint(folder);

        Assert.AreNotEqual(before, dockerfileChanged);
        Assert.AreNotEqual(dockerfileChanged, ignoreChanged);
        Assert.AreNotEqual(ignoreChanged, Fingerprint(folder, "image repo:other-tag"));
        Assert.AreNotEqual(ignoreChanged, Fingerprint(folder, buildMode: "legacy"));
    }

    [TestMethod]
    public void TheLegacyBuilderReadsOnlyTheContextRootsIgnoreFile()
    {
        using var folder = Context();

        Assert.AreEqual(folder["Dockerfile.dockerignore"], BuildFingerprint.IgnoreFile(folder["Dockerfile"], folder["context"], "buildkit"));
        Assert.IsNull(BuildFingerprint.IgnoreFile(folder["Dockerfile"], folder["context"], "legacy"));
        folder.Write("context/.dockerignore", "**/obj\n");
        Assert.AreEqual(folder["context/.dockerignore"], BuildFingerprint.IgnoreFile(folder["Dockerfile"], folder["context"], "legacy"));
    }

    [TestMethod]
    public void TheRecordReadsBackAndComparesImageIdsWithOrWithoutTheirPrefix()
    {
        using var folder = new TempFolder();
        string path = folder["last-build.txt"];

        Assert.IsNull(FingerprintRecord.Read(path));
        Assert.IsTrue(new FingerprintRecord("line 1\nline 2\n", "sha256:0123").Write(path));
        Assert.IsFalse(new FingerprintRecord("line 1\nline 2\n", "sha256:0123").Write(path), "unchanged content is not rewritten");
        FingerprintRecord? record = FingerprintRecord.Read(path);

        Assert.AreEqual("line 1\nline 2\n", record!.Fingerprint);
        Assert.IsTrue(FingerprintRecord.SameImage(record.ImageId, "0123"));
        Assert.IsFalse(FingerprintRecord.SameImage(record.ImageId, "sha256:0124"));
    }

    [TestMethod]
    public void TheDifferencesNameTheChangedFile()
    {
        using var folder = Context();
        string before = Fingerprint(folder);

        folder.Write("context/src/New.cs", "class New {}");

        IReadOnlyList<string> differences = BuildFingerprint.Differences(before, Fingerprint(folder), 6);
        Assert.HasCount(1, differences);
        Assert.StartsWith("now: file\tsrc/New.cs\t", differences[0]);
    }

    private static TempFolder Context()
    {
        var folder = new TempFolder();
        folder.Write("Dockerfile", "FROM scratch\n");
        folder.Write("Dockerfile.dockerignore", "**/bin\n**/obj\n");
        folder.Write("context/src/Program.cs", "Console.WriteLine(1);");
        folder.Write("context/src/obj/project.assets.json", "{}");
        return folder;
    }

    private static string Fingerprint(TempFolder folder, string setting = "image repo:latest", string buildMode = "buildkit") =>
        BuildFingerprint.Describe(new BuildFingerprintInputs
        {
            DockerfilePath = folder["Dockerfile"],
            ContextDirectory = folder["context"],
            BuildMode = buildMode,
            BuilderPath = "/usr/bin/docker",
            Settings = new[] { setting },
        });
}
