using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Tests.Slicing;

[TestClass]
public sealed class SliceAssignmentTests
{
    [TestMethod]
    public void StablePackageFilesGoIntoThePackagesSlice()
    {
        SliceLayout layout = Assign(new PublishFile("Serilog.dll", "Serilog", "4.2.0"));

        Assert.AreEqual(Slice.Packages, layout.SliceOf("Serilog.dll"));
    }

    [TestMethod]
    public void PrereleasePackageFilesGoIntoTheirOwnSlice()
    {
        SliceLayout layout = Assign(
            new PublishFile("System.CommandLine.dll", "System.CommandLine", "2.0.0-beta4.22272.1"),
            new PublishFile("Nightly.dll", "Nightly", "1.0.0-ci.20251126+sha.abc"));

        Assert.AreEqual(Slice.PrereleasePackages, layout.SliceOf("System.CommandLine.dll"));
        Assert.AreEqual(Slice.PrereleasePackages, layout.SliceOf("Nightly.dll"));
    }

    [TestMethod]
    public void BuildMetadataAloneIsNotAPrerelease()
    {
        Assert.IsFalse(SliceAssignment.IsPrerelease("1.2.3+build.5"));
        Assert.IsTrue(SliceAssignment.IsPrerelease("1.2.3-rc.1+build.5"));
        Assert.IsFalse(SliceAssignment.IsPrerelease(null));
    }

    [TestMethod]
    public void ProjectReferenceOutputsGoIntoTheProjectReferencesSlice()
    {
        SliceLayout layout = Assign(new PublishFile("Lib.dll", isProjectReference: true));

        Assert.AreEqual(Slice.ProjectReferences, layout.SliceOf("Lib.dll"));
    }

    [TestMethod]
    public void ATransitiveProjectReference_WhichAlsoCarriesAPackageId_GoesIntoTheProjectReferencesSlice()
    {
        SliceLayout layout = Assign(
            new PublishFile("Core.dll", "Core", "1.0.0", isProjectReference: true),
            new PublishFile("Core.xml", "Core", "1.0.0", isProjectReference: true),
            new PublishFile("Humanizer.dll", "Humanizer.Core", "2.14.1"));

        Assert.AreEqual(Slice.ProjectReferences, layout.SliceOf("Core.dll"));
        Assert.AreEqual(Slice.ProjectReferences, layout.SliceOf("Core.xml"));
        Assert.AreEqual(Slice.Packages, layout.SliceOf("Humanizer.dll"));
    }

    [TestMethod]
    public void TheAppsOwnFilesAndUnknownFilesStayInTheAppSlice()
    {
        SliceLayout layout = Assign(new PublishFile("App.dll"), new PublishFile("appsettings.json"), new PublishFile("wwwroot/site.css"));

        Assert.AreEqual(Slice.App, layout.SliceOf("App.dll"));
        Assert.AreEqual(Slice.App, layout.SliceOf("wwwroot/site.css"));
        Assert.AreEqual(Slice.App, layout.SliceOf("never-published.txt"));
        Assert.IsEmpty(layout.Files, "the app's files are what is left, never listed");
    }

    [TestMethod]
    public void SatelliteResourceAssembliesFollowTheirOrigin()
    {
        SliceLayout layout = Assign(
            new PublishFile("de/System.CommandLine.resources.dll", "System.CommandLine", "2.0.0-beta4.22272.1"),
            new PublishFile("fr/Humanizer.resources.dll", "Humanizer.Core.fr", "2.14.1"),
            new PublishFile("de/Lib.resources.dll", isProjectReference: true),
            new PublishFile("de/App.resources.dll"));

        Assert.AreEqual(Slice.PrereleasePackages, layout.SliceOf("de/System.CommandLine.resources.dll"));
        Assert.AreEqual(Slice.Packages, layout.SliceOf("fr/Humanizer.resources.dll"));
        Assert.AreEqual(Slice.ProjectReferences, layout.SliceOf("de/Lib.resources.dll"));
        Assert.AreEqual(Slice.App, layout.SliceOf("de/App.resources.dll"));
    }

    [TestMethod]
    public void RuntimeSpecificNativeAssetsGoWithTheirPackage()
    {
        SliceLayout layout = Assign(
            new PublishFile("runtimes/linux-x64/native/libe_sqlite3.so", "SQLitePCLRaw.lib.e_sqlite3", "2.1.11"),
            new PublishFile(@"runtimes\win-x64\native\e_sqlite3.dll", "SQLitePCLRaw.lib.e_sqlite3", "2.1.11"));

        Assert.AreEqual(Slice.Packages, layout.SliceOf("runtimes/linux-x64/native/libe_sqlite3.so"));
        Assert.AreEqual(Slice.Packages, layout.SliceOf("runtimes/win-x64/native/e_sqlite3.dll"), "Windows separators are normalized");
        CollectionAssert.Contains(layout.FilesIn(Slice.Packages).ToList(), "runtimes/win-x64/native/e_sqlite3.dll");
    }

    [TestMethod]
    public void RuntimePackFilesOfASelfContainedAppAreStablePackages()
    {
        SliceLayout layout = Assign(new PublishFile("libcoreclr.so", "Microsoft.NETCore.App.Runtime.linux-x64", "10.0.0"));

        Assert.AreEqual(Slice.Packages, layout.SliceOf("libcoreclr.so"));
    }

    [TestMethod]
    public void WebConfigAndSymbolsAreLeftOut()
    {
        SliceLayout layout = Assign(
            new PublishFile("web.config"),
            new PublishFile("Serilog.pdb", "Serilog", "4.2.0"),
            new PublishFile("Lib.pdb", isProjectReference: true),
            new PublishFile("Serilog.dll", "Serilog", "4.2.0"));

        CollectionAssert.AreEqual(new[] { "Serilog.dll" }, layout.Files.Select(file => file.Path).ToList());
        Assert.IsTrue(LeftOutFiles.IsLeftOut("web.config", includeSymbols: true));
        Assert.IsTrue(LeftOutFiles.IsLeftOut("App.pdb", includeSymbols: false));
        Assert.IsTrue(LeftOutFiles.IsLeftOut("App.dbg", includeSymbols: false));
        Assert.IsFalse(LeftOutFiles.IsLeftOut("wwwroot/web.config", includeSymbols: false), "only the root web.config is the one the Web SDK writes for IIS");
    }

    [TestMethod]
    public void ContainerIncludeSymbolsKeepsSymbols()
    {
        SliceLayout layout = SliceAssignment.Assign(new[] { new PublishFile("Serilog.pdb", "Serilog", "4.2.0") }, includeSymbols: true);

        Assert.AreEqual(Slice.Packages, layout.SliceOf("Serilog.pdb"));
        Assert.IsTrue(layout.IncludeSymbols);
        Assert.IsFalse(LeftOutFiles.IsLeftOut("App.pdb", includeSymbols: true));
    }

    [TestMethod]
    public void APathPublishedTwiceKeepsTheLessStableSlice()
    {
        SliceLayout layout = Assign(new PublishFile("Shared.dll", "Shared", "1.0.0"), new PublishFile("Shared.dll"));

        Assert.AreEqual(Slice.App, layout.SliceOf("Shared.dll"));
        Assert.IsEmpty(layout.Files);
    }

    [TestMethod]
    public void PathsThatCannotBeListedStayInTheAppSlice()
    {
        SliceLayout layout = Assign(
            new PublishFile("../outside.dll", "Evil", "1.0.0"),
            new PublishFile("/abs.dll", "Evil", "1.0.0"),
            new PublishFile("line\nbreak.dll", "Evil", "1.0.0"));

        Assert.IsEmpty(layout.Files);
    }

    [TestMethod]
    public void FilesAreInLayerOrderThenOrdinalPathOrderWhateverTheInputOrder()
    {
        PublishFile[] files =
        {
            new("b.dll", "B", "1.0.0"),
            new("Lib.dll", isProjectReference: true),
            new("pre.dll", "Pre", "1.0.0-alpha"),
            new("A.dll", "A", "1.0.0"),
        };

        SliceLayout forward = Assign(files);
        SliceLayout backward = Assign(files.Reverse().ToArray());

        string[] expected = { "packages A.dll", "packages b.dll", "prerelease-packages pre.dll", "project-references Lib.dll" };
        CollectionAssert.AreEqual(expected, forward.Files.Select(file => file.ToString()).ToList());
        CollectionAssert.AreEqual(expected, backward.Files.Select(file => file.ToString()).ToList());
        CollectionAssert.AreEqual(new[] { Slice.Packages, Slice.PrereleasePackages, Slice.ProjectReferences }, forward.DependencySlices.ToList());
    }

    [TestMethod]
    public void AnotherProjectsSourceFileMarksAProjectReference()
    {
        string project = Path.Combine(Path.GetTempPath(), "repo", "App", "App.csproj");
        string library = Path.Combine(Path.GetTempPath(), "repo", "Lib", "Lib.csproj");

        Assert.IsTrue(SliceAssignment.IsOtherProject(library, project));
        Assert.IsFalse(SliceAssignment.IsOtherProject(project, project));
        Assert.IsFalse(SliceAssignment.IsOtherProject("", project));
    }

    private static SliceLayout Assign(params PublishFile[] files) => SliceAssignment.Assign(files, includeSymbols: false);
}
