using System.IO.Compression;
using System.Reflection.PortableExecutable;

namespace Containerize.Sdk.TargetsTests;

/// <summary>
/// The packed Containerize.Sdk (./build.sh packs it to artifacts/packages before the tests): the IL task assembly for
/// every MSBuild, and ReadyToRun copies for dotnet's MSBuild on the common platforms.
/// </summary>
[TestClass]
public sealed class PackageContentsTests
{
    private static readonly string[] ReadyToRunPlatforms = { "linux-x64", "linux-arm64", "osx-arm64", "win-x64" };
    private static readonly string[] TaskFiles = { "Containerize.Sdk.Tasks.dll", "NuGet.Versioning.dll" };

    [TestMethod]
    public void TheILTaskAssembliesAreNotPrecompiled()
    {
        using ZipArchive package = OpenPackage();

        foreach (string file in TaskFiles)
        {
            Assert.IsFalse(IsReadyToRun(package, "tasks/netstandard2.0/" + file), file + " in tasks/netstandard2.0 must stay IL for Visual Studio's MSBuild");
        }
    }

    [TestMethod]
    public void EveryPlatformHasReadyToRunTaskAssemblies()
    {
        using ZipArchive package = OpenPackage();

        foreach (string platform in ReadyToRunPlatforms)
        {
            foreach (string file in TaskFiles)
            {
                Assert.IsTrue(IsReadyToRun(package, $"tasks/readytorun/{platform}/{file}"), $"tasks/readytorun/{platform}/{file} is not a ReadyToRun image");
            }
        }
    }

    /// <summary>NuGet shows the readme; the help links of the diagnostics point at docs/errors.md beside the tasks.</summary>
    [TestMethod]
    public void ThePackageShipsItsReadmeAndTheDocsTheHelpLinksName()
    {
        using ZipArchive package = OpenPackage();

        Assert.IsNotNull(package.GetEntry("README.md"), "README.md is not in the package");
        Assert.IsNotNull(package.GetEntry("docs/errors.md"), "docs/errors.md is not in the package");
        ZipArchiveEntry nuspec = package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var reader = new StreamReader(nuspec.Open());
        Assert.Contains("<readme>README.md</readme>", reader.ReadToEnd());
    }

    private static ZipArchive OpenPackage()
    {
        string path = Path.Combine(RepositoryPaths.Root, "artifacts", "packages", "Containerize.Sdk.0.1.0-dev.nupkg");
        Assert.IsTrue(File.Exists(path), path + " is missing: ./build.sh packs it");
        return ZipFile.OpenRead(path);
    }

    /// <summary>crossgen2 output carries a managed native header (the ReadyToRun header); a compiler's IL does not.</summary>
    private static bool IsReadyToRun(ZipArchive package, string entryName)
    {
        ZipArchiveEntry? entry = package.GetEntry(entryName);
        Assert.IsNotNull(entry, entryName + " is not in the package");
        using var image = new MemoryStream();
        using (Stream stream = entry.Open())
        {
            stream.CopyTo(image);
        }

        image.Position = 0;
        using var reader = new PEReader(image);
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }
}
