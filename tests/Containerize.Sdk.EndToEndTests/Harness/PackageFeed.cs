namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>The tests restore Containerize.Sdk from the package ./build.sh packs; they do not pack it themselves.</summary>
internal static class PackageFeed
{
    public static void RequirePackage()
    {
        if (!File.Exists(RepositoryLayout.PackagePath))
        {
            Assert.Fail($"{RepositoryLayout.PackagePath} does not exist: run ./build.sh (it packs the package) before the end-to-end tests.");
        }
    }
}
