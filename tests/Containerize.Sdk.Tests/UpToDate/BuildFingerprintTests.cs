using Containerize.Sdk.Tests.Slicing;
using Containerize.Sdk.UpToDate;

namespace Containerize.Sdk.Tests.UpToDate;

[TestClass]
public sealed class BuildFingerprintTests
{
    /// <summary>Each input of the build, changed alone, changes the fingerprint.</summary>
    [TestMethod]
    [DataRow("the Dockerfile's content")]
    [DataRow("the ignore file's content")]
    [DataRow("a source file's content")]
    [DataRow("a source file's time, same size")]
    [DataRow("a new source file")]
    [DataRow("a deleted source file")]
    [DataRow("a file the ignore file brings back")]
    [DataRow("an image tag")]
    [DataRow("a build option")]
    [DataRow("the build mode")]
    [DataRow("the builder")]
    public void EachInputChangesIt(string change)
    {
        using var folder = Context();
        string before = Fingerprint(folder);

        string after = Fingerprint(folder, Change(folder, change));

        Assert.AreNotEqual(before, after, change);
    }

    /// <summary>What the builder never receives, or receives unchanged, leaves the fingerprint as it was.</summary>
    [TestMethod]
    [DataRow("nothing")]
    [DataRow("host build output under obj/ and bin/")]
    [DataRow("the Dockerfile rewritten with the same bytes")]
    [DataRow("a file beside the context")]
    [DataRow("a source file read")]
    public void WhatTheBuilderDoesNotSeeLeavesItAsItWas(string change)
    {
        using var folder = Context();
        string before = Fingerprint(folder);

        string after = Fingerprint(folder, Change(folder, change));

        Assert.AreEqual(before, after, change);
    }

    /// <summary>Makes one change and returns the inputs to fingerprint with.</summary>
    private static Inputs Change(TempFolder folder, string change)
    {
        var inputs = new Inputs();
        switch (change)
        {
            case "the Dockerfile's content": folder.Write("Dockerfile", "FROM scratch\nCOPY . .\n"); break;
            case "the ignore file's content": folder.Write("Dockerfile.dockerignore", "**/bin\n"); break;
            case "a source file's content": folder.Write("context/src/Program.cs", "Console.WriteLine(2); // longer"); break;
            case "a source file's time, same size": File.SetLastWriteTimeUtc(folder["context/src/Program.cs"], DateTime.UtcNow.AddMinutes(5)); break;
            case "a new source file": folder.Write("context/src/New.cs", "class New {}"); break;
            case "a deleted source file": File.Delete(folder["context/src/Program.cs"]); break;
            case "a file the ignore file brings back": folder.Write("context/src/obj/keep.txt", "kept"); break;
            case "an image tag": inputs = inputs with { Setting = "image repo:other-tag" }; break;
            case "a build option": inputs = inputs with { Setting = "options arguments=--no-cache" }; break;
            case "the build mode": inputs = inputs with { BuildMode = "legacy" }; break;
            case "the builder": inputs = inputs with { BuilderPath = "/usr/local/bin/docker" }; break;
            case "nothing": break;
            case "host build output under obj/ and bin/":
                folder.Write("context/src/obj/project.assets.json", "changed on every build");
                folder.Write("context/src/bin/Release/App.dll", "host build output");
                break;
            case "the Dockerfile rewritten with the same bytes":
                folder.Write("Dockerfile", File.ReadAllText(folder["Dockerfile"]));
                File.SetLastWriteTimeUtc(folder["Dockerfile"], DateTime.UtcNow.AddMinutes(5));
                break;
            case "a file beside the context": folder.Write("elsewhere.txt", "not in the context"); break;
            case "a source file read": File.SetLastAccessTimeUtc(folder["context/src/Program.cs"], DateTime.UtcNow.AddMinutes(5)); break;
            default: throw new ArgumentException("Unknown change " + change);
        }

        return inputs;
    }

    /// <summary>The host stage's staged output sits under obj/, admitted by our .dockerignore: a new host publish rebuilds.</summary>
    [TestMethod]
    public void AChangedHostOutput_UnderTheAdmittedFolder_ChangesIt()
    {
        using var folder = Context();
        const string host = "src/obj/Release/net10.0/containerize/host";
        folder.Write("Dockerfile.dockerignore", Containerize.Sdk.Files.Dockerignore.Text(null, new string[0], host));
        folder.Write("context/" + host + "/publish/App.dll", "first build");
        string before = Fingerprint(folder);

        folder.Write("context/" + host + "/publish/App.dll", "second build, longer");

        Assert.AreNotEqual(before, Fingerprint(folder));
        Assert.AreEqual(1, BuildFingerprint.Differences(before, Fingerprint(folder), 6).Count(line => line.StartsWith("now: file\t" + host + "/publish/App.dll\t", StringComparison.Ordinal)));
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

    /// <summary>With the generated ignore file of a closure, only a change the builder is sent rebuilds.</summary>
    [TestMethod]
    [DataRow("src/App/Program.cs", true)]
    [DataRow("shared/Extra.cs", true)]
    [DataRow("docs/guide.md", false)]
    [DataRow("unrelated/deep/data.bin", false)]
    [DataRow("src/App/obj/project.assets.json", false)]
    public void WithTheClosuresIgnoreFile_OnlyAChangeInTheClosureChangesIt(string changed, bool rebuilds)
    {
        using var folder = new TempFolder();
        folder.Write("Dockerfile", "FROM scratch\n");
        folder.Write("Dockerfile.dockerignore", Containerize.Sdk.Files.Dockerignore.Text(new[] { "shared", "src/App" }, new string[0]));
        foreach (string file in new[] { "src/App/Program.cs", "shared/Extra.cs", "docs/guide.md", "unrelated/deep/data.bin", "src/App/obj/project.assets.json" })
        {
            folder.Write("context/" + file, "before");
        }

        string before = Fingerprint(folder);
        folder.Write("context/" + changed, "after, longer");

        Assert.AreEqual(rebuilds, before != Fingerprint(folder), changed);
    }

    [TestMethod]
    public void ItsSettingsReadBackByPrefix_AsTheEarlyEngineQueriesReadTheImageReferences()
    {
        using var folder = Context();
        string description = BuildFingerprint.Describe(new BuildFingerprintInputs
        {
            DockerfilePath = folder["Dockerfile"],
            ContextDirectory = folder["context"],
            BuildMode = "buildkit",
            BuilderPath = "/usr/bin/docker",
            Settings = new[] { "image contoso/web:1.2.3", "options -p:image x", "image contoso/web:latest" },
        });

        CollectionAssert.AreEqual(new[] { "contoso/web:1.2.3", "contoso/web:latest" }, BuildFingerprint.Settings(description, "image ").ToArray());
        Assert.IsEmpty(BuildFingerprint.Settings(description, "nothing "));
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
        folder.Write("Dockerfile.dockerignore", "**/bin\n**/obj\n!**/obj/keep.txt\n");
        folder.Write("context/src/Program.cs", "Console.WriteLine(1);");
        folder.Write("context/src/obj/project.assets.json", "{}");
        return folder;
    }

    private sealed record Inputs(string Setting = "image repo:latest", string BuildMode = "buildkit", string BuilderPath = "/usr/bin/docker");

    private static string Fingerprint(TempFolder folder) => Fingerprint(folder, new Inputs());

    private static string Fingerprint(TempFolder folder, Inputs inputs) =>
        BuildFingerprint.Describe(new BuildFingerprintInputs
        {
            DockerfilePath = folder["Dockerfile"],
            ContextDirectory = folder["context"],
            BuildMode = inputs.BuildMode,
            BuilderPath = inputs.BuilderPath,
            Settings = new[] { inputs.Setting },
        });
}
