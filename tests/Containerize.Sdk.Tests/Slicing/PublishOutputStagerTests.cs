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

        StagingResult result = PublishOutputStager.Stage(folder["publish"], folder["context"], Layout);

        CollectionAssert.AreEqual(
            new[]
            {
                "app/App.dll", "app/appsettings.json", "app/wwwroot/css/site.css",
                "packages/Serilog.dll", "packages/runtimes/linux-x64/native/libe_sqlite3.so",
                "project-references/Lib.dll",
            },
            folder.Files("context"));
        Assert.IsTrue(Directory.Exists(folder["context/prerelease-packages"]), "a slice the manifest lists exists for its COPY even without files");
        Assert.AreEqual(3, result.FilesPerSlice[Slice.App]);
        Assert.AreEqual(6, result.Copied);
        Assert.AreEqual("Serilog.dll", File.ReadAllText(folder["context/packages/Serilog.dll"]));
    }

    [TestMethod]
    public void ForTheHostStage_SlicesGoWhereTheBuildStagesSortPutsThem_UnderSlicesAndPublish()
    {
        using var folder = new TempFolder();
        foreach (string file in new[] { "App.dll", "App.pdb", "Serilog.dll", "Lib.dll", "Stale.dll" })
        {
            folder.Write("publish/" + file, file);
        }

        var listed = new[] { "App.dll", "App.pdb", "Serilog.dll", "Lib.dll" }
            .Select(file => new KeyValuePair<string, FileInfo>(file, new FileInfo(folder["publish/" + file])));
        PublishOutputStager.Stage(listed, folder["host"], Layout, HostOutputLayout.Folder);

        CollectionAssert.AreEqual(
            new[] { "publish/App.dll", "slices/packages/Serilog.dll", "slices/project-references/Lib.dll" },
            folder.Files("host"));
        Assert.IsTrue(Directory.Exists(folder["host/slices/prerelease-packages"]), "each slice the final stage copies exists");
    }

    [TestMethod]
    public void StagedCopiesKeepTheSourcesModificationTime()
    {
        using var folder = new TempFolder();
        string source = folder.Write("publish/Serilog.dll", "x");
        var time = new DateTime(2024, 12, 6, 4, 11, 52, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(source, time);

        PublishOutputStager.Stage(folder["publish"], folder["context"], Layout);

        Assert.AreEqual(time, File.GetLastWriteTimeUtc(folder["context/packages/Serilog.dll"]));
    }

    [TestMethod]
    public void ASecondStagingCopiesOnlyWhatChangedAndRemovesWhatIsNoLongerPublished()
    {
        using var folder = new TempFolder();
        folder.Write("publish/Serilog.dll", "serilog");
        folder.Write("publish/App.dll", "app v1");
        folder.Write("publish/old/Gone.dll", "gone");
        PublishOutputStager.Stage(folder["publish"], folder["context"], Layout);

        folder.Write("publish/App.dll", "app v2, longer");
        File.Delete(folder["publish/old/Gone.dll"]);
        StagingResult second = PublishOutputStager.Stage(folder["publish"], folder["context"], Layout);

        Assert.AreEqual(1, second.Copied);
        Assert.AreEqual(1, second.Unchanged);
        Assert.AreEqual(1, second.Removed);
        Assert.AreEqual("app v2, longer", File.ReadAllText(folder["context/app/App.dll"]));
        Assert.IsFalse(Directory.Exists(folder["context/app/old"]), "emptied folders are removed");
        CollectionAssert.AreEqual(new[] { "app/App.dll", "packages/Serilog.dll" }, folder.Files("context"));
    }

    [TestMethod]
    public void AFileMovingToAnotherSliceLeavesItsOldSlice()
    {
        using var folder = new TempFolder();
        folder.Write("publish/Serilog.dll", "serilog");
        PublishOutputStager.Stage(folder["publish"], folder["context"], Layout);

        PublishOutputStager.Stage(folder["publish"], folder["context"], new SliceLayout(new SlicedFile[0], includeSymbols: false));

        CollectionAssert.AreEqual(new[] { "app/Serilog.dll" }, folder.Files("context"));
    }

    [TestMethod]
    public void SymbolsAreStagedWhenIncluded()
    {
        using var folder = new TempFolder();
        folder.Write("publish/App.pdb", "symbols");

        PublishOutputStager.Stage(folder["publish"], folder["context"], new SliceLayout(new SlicedFile[0], includeSymbols: true));

        CollectionAssert.AreEqual(new[] { "app/App.pdb" }, folder.Files("context"));
    }
}
