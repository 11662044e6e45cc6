using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Tests.Slicing;

[TestClass]
public sealed class PublishOutputStagerTests
{
    private static readonly SliceLayout Layout = new(
        new[]
        {
            new SlicedFile("Serilog.dll", Slice.Packages),
            new SlicedFile("runtimes/linux-x64/native/libe_sqlite3.so", Slice.Packages),
            new SlicedFile("Lib.dll", Slice.ProjectReferences),
            new SlicedFile("Beta.dll", Slice.PrereleasePackages),
        },
        includeSymbols: false);

    [TestMethod]
    public void EachPublishedFileLandsInItsSliceFolderAndLeftOutFilesNowhere()
    {
        using var folder = new TempFolder();
        foreach (string file in new[] { "App.dll", "App.pdb", "web.config", "appsettings.json", "Serilog.dll", "runtimes/linux-x64/native/libe_sqlite3.so", "Lib.dll", "wwwroot/css/site.css" })
        {
            folder.Write("publish/" + file, file);
        }

        StagingResult result = PublishOutputStager.Stage(folder["publish"], folder["context"], Layout, "/srv/my app/");

        CollectionAssert.AreEqual(
            new[]
            {
                "app/srv/my app/App.dll", "app/srv/my app/appsettings.json", "app/srv/my app/wwwroot/css/site.css",
                "packages/srv/my app/Serilog.dll", "packages/srv/my app/runtimes/linux-x64/native/libe_sqlite3.so",
                "project-references/srv/my app/Lib.dll",
            },
            folder.Files("context"),
            "each slice's folder holds the image's tree from / down to the working directory");
        Assert.IsTrue(Directory.Exists(folder["context/prerelease-packages/srv/my app"]), "a slice the manifest lists exists for its COPY even without files");
        Assert.AreEqual(3, result.FilesPerSlice[Slice.App]);
        Assert.AreEqual(6, result.Copied);
        Assert.AreEqual("Serilog.dll", File.ReadAllText(folder["context/packages/srv/my app/Serilog.dll"]));
    }

    [TestMethod]
    public void ForTheHostStage_OnlyTheListedFilesAreStagedInTheLayerFolders()
    {
        using var folder = new TempFolder();
        foreach (string file in new[] { "App.dll", "App.pdb", "Serilog.dll", "Lib.dll", "Stale.dll" })
        {
            folder.Write("publish/" + file, file);
        }

        var listed = new[] { "App.dll", "App.pdb", "Serilog.dll", "Lib.dll" }
            .Select(file => new KeyValuePair<string, FileInfo>(file, new FileInfo(folder["publish/" + file])));
        PublishOutputStager.Stage(listed, folder["host"], Layout, "/app");

        CollectionAssert.AreEqual(
            new[] { "app/app/App.dll", "packages/app/Serilog.dll", "project-references/app/Lib.dll" },
            folder.Files("host"));
        Assert.IsTrue(Directory.Exists(folder["host/prerelease-packages/app"]), "each slice the final stage copies exists");
    }

    [TestMethod]
    public void StagedFilesGetATimeFromTheirContent_FoldersTheFixedTime()
    {
        using var folder = new TempFolder();
        folder.Write("publish/Serilog.dll", "x");
        folder.Write("publish/wwwroot/site.css", "y");
        folder.Write("publish/wwwroot/copy.css", "y");

        PublishOutputStager.Stage(folder["publish"], folder["context"], Layout, "/app");

        DateTime fixedTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        // sha256("x") = 2d711642b7…: 0x2d71164 seconds after 1980-01-01.
        Assert.AreEqual(fixedTime.AddSeconds(0x2d71164), File.GetLastWriteTimeUtc(folder["context/packages/app/Serilog.dll"]));
        Assert.AreEqual(File.GetLastWriteTimeUtc(folder["context/app/app/wwwroot/site.css"]), File.GetLastWriteTimeUtc(folder["context/app/app/wwwroot/copy.css"]), "the same content, the same time");
        Assert.AreNotEqual(File.GetLastWriteTimeUtc(folder["context/app/app/wwwroot/site.css"]), File.GetLastWriteTimeUtc(folder["context/packages/app/Serilog.dll"]));
        Assert.AreEqual(fixedTime, Directory.GetLastWriteTimeUtc(folder["context/packages/app"]), "the folder /app in the packages layer");
        Assert.AreEqual(fixedTime, Directory.GetLastWriteTimeUtc(folder["context/app/app/wwwroot"]));
    }

    [TestMethod]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void StagedFilesAndFoldersGetNormalizedModesWhateverTheUmask()
    {
        using var folder = new TempFolder();
        string tool = folder.Write("publish/tool", "#!/bin/sh");
        string data = folder.Write("publish/data/app.json", "{}");
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);
        File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);

        PublishOutputStager.Stage(folder["publish"], folder["context"], Layout, "/app");

        Assert.AreEqual(Convert.ToInt32("755", 8), (int)File.GetUnixFileMode(folder["context/app/app/tool"]), "an executable keeps its execute bits: rwxr-xr-x");
        Assert.AreEqual(Convert.ToInt32("644", 8), (int)File.GetUnixFileMode(folder["context/app/app/data/app.json"]), "rw-r--r--");
        Assert.AreEqual(Convert.ToInt32("755", 8), (int)File.GetUnixFileMode(folder["context/app/app/data"]));
    }

    [TestMethod]
    public void AFileWithTheSameBytesIsNotCopiedAgain_OneWithNewBytesOfTheSameLengthIs_WithANewTime()
    {
        using var folder = new TempFolder();
        folder.Write("publish/App.dll", "version 1");
        PublishOutputStager.Stage(folder["publish"], folder["context"], Layout, "/app");

        StagingResult same = PublishOutputStager.Stage(folder["publish"], folder["context"], Layout, "/app");
        folder.Write("publish/App.dll", "version 2");
        StagingResult changed = PublishOutputStager.Stage(folder["publish"], folder["context"], Layout, "/app");

        Assert.AreEqual(0, same.Copied);
        Assert.AreEqual(1, changed.Copied);
        Assert.AreEqual("version 2", File.ReadAllText(folder["context/app/app/App.dll"]));
        Assert.AreNotEqual(
            ReproducibleLayers.FileTime(System.Security.Cryptography.SHA256.HashData("version 1"u8.ToArray())),
            File.GetLastWriteTimeUtc(folder["context/app/app/App.dll"]),
            "BuildKit sends again a context file whose size or time changed: a changed file of the same size needs a new time");
    }

    [TestMethod]
    public void ASecondStagingCopiesOnlyWhatChangedAndRemovesWhatIsNoLongerPublished()
    {
        using var folder = new TempFolder();
        folder.Write("publish/Serilog.dll", "serilog");
        folder.Write("publish/App.dll", "app v1");
        folder.Write("publish/old/Gone.dll", "gone");
        PublishOutputStager.Stage(folder["publish"], folder["context"], Layout, "/app");

        folder.Write("publish/App.dll", "app v2, longer");
        File.Delete(folder["publish/old/Gone.dll"]);
        StagingResult second = PublishOutputStager.Stage(folder["publish"], folder["context"], Layout, "/app");

        Assert.AreEqual(1, second.Copied);
        Assert.AreEqual(1, second.Unchanged);
        Assert.AreEqual(1, second.Removed);
        Assert.AreEqual("app v2, longer", File.ReadAllText(folder["context/app/app/App.dll"]));
        Assert.IsFalse(Directory.Exists(folder["context/app/app/old"]), "emptied folders are removed");
        CollectionAssert.AreEqual(new[] { "app/app/App.dll", "packages/app/Serilog.dll" }, folder.Files("context"));
    }

    [TestMethod]
    public void TheTimesContentGaveAreKeptBesideTheStagingFolder_AndANewerSourceIsHashedAgain()
    {
        using var folder = new TempFolder();
        string source = folder.Write("publish/App.dll", "version 1");
        PublishOutputStager.Stage(folder["publish"], folder["context"], Layout, "/app");

        Assert.IsTrue(File.Exists(folder["context.hashes"]), "the index lies beside the staging folder, outside the build context");
        Assert.IsFalse(folder.Files("context").Any(file => file.EndsWith(".hashes", StringComparison.Ordinal)));
        StringAssert.StartsWith(File.ReadAllText(folder["context.hashes"]), "app/app/App.dll\t9\t");

        File.WriteAllText(source, "version 2");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddMinutes(1));
        StagingResult second = PublishOutputStager.Stage(folder["publish"], folder["context"], Layout, "/app");

        Assert.AreEqual(1, second.Copied);
        Assert.AreEqual(ReproducibleLayers.FileTime(System.Security.Cryptography.SHA256.HashData("version 2"u8.ToArray())), File.GetLastWriteTimeUtc(folder["context/app/app/App.dll"]));
    }

    [TestMethod]
    public void AFileMovingToAnotherSliceLeavesItsOldSlice()
    {
        using var folder = new TempFolder();
        folder.Write("publish/Serilog.dll", "serilog");
        PublishOutputStager.Stage(folder["publish"], folder["context"], Layout, "/app");

        PublishOutputStager.Stage(folder["publish"], folder["context"], new SliceLayout(new SlicedFile[0], includeSymbols: false), "/app");

        CollectionAssert.AreEqual(new[] { "app/app/Serilog.dll" }, folder.Files("context"));
    }

    [TestMethod]
    public void SymbolsAreStagedWhenIncluded()
    {
        using var folder = new TempFolder();
        folder.Write("publish/App.pdb", "symbols");

        PublishOutputStager.Stage(folder["publish"], folder["context"], new SliceLayout(new SlicedFile[0], includeSymbols: true), "/app");

        CollectionAssert.AreEqual(new[] { "app/app/App.pdb" }, folder.Files("context"));
    }
}
