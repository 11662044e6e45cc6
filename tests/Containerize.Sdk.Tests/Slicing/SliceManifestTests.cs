using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Tests.Slicing;

[TestClass]
public sealed class SliceManifestTests
{
    [TestMethod]
    public void WhatIsWrittenReadsBackTheSame()
    {
        SliceLayout layout = SliceAssignment.Assign(
            new[]
            {
                new PublishFile("Serilog.dll", "Serilog", "4.2.0"),
                new PublishFile("pt-BR/System.CommandLine.resources.dll", "System.CommandLine", "2.0.0-beta4.22272.1"),
                new PublishFile("My Lib.dll", isProjectReference: true),
                new PublishFile("App.dll"),
            },
            includeSymbols: true);

        string text = SliceManifest.Write(layout);
        SliceLayout read = SliceManifest.Read(text);

        CollectionAssert.AreEqual(layout.Files.Select(file => file.ToString()).ToList(), read.Files.Select(file => file.ToString()).ToList());
        Assert.IsTrue(read.IncludeSymbols);
        Assert.StartsWith("# " + SliceManifest.GeneratedMarker, text);
        Assert.Contains("project-references\tMy Lib.dll\n", text);
        Assert.DoesNotContain("App.dll", text);
    }

    [TestMethod]
    public void TheSameLayoutAlwaysWritesTheSameText()
    {
        PublishFile[] files = { new("b.dll", "B", "1.0.0"), new("a.dll", "A", "1.0.0") };

        Assert.AreEqual(
            SliceManifest.Write(SliceAssignment.Assign(files, false)),
            SliceManifest.Write(SliceAssignment.Assign(files.Reverse(), false)));
    }

    [TestMethod]
    public void AnUnknownSliceOrAMissingSymbolsLineIsRefused()
    {
        Assert.ThrowsExactly<FormatException>(() => SliceManifest.Read("symbols\texclude\nvendor\tx.dll\n"));
        Assert.ThrowsExactly<FormatException>(() => SliceManifest.Read("symbols\texclude\napp\tx.dll\n"), "the app slice is never listed");
        Assert.ThrowsExactly<FormatException>(() => SliceManifest.Read("packages\tx.dll\n"));
        Assert.ThrowsExactly<FormatException>(() => SliceManifest.Read("symbols\texclude\npackages\t../x.dll\n"));
    }

    [TestMethod]
    public void TryLoadGivesCtz2202ForABrokenManifest()
    {
        string path = Path.Combine(Path.GetTempPath(), "ctz-manifest-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "nonsense\n");
        try
        {
            Assert.IsFalse(SliceManifest.TryLoad(path, out SliceLayout? layout, out Containerize.Sdk.Diagnostics.ContainerizeDiagnostic? error));
            Assert.IsNull(layout);
            Assert.AreEqual("CTZ2202", error!.Code);
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
