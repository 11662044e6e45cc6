namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>
/// Copies one of samples/ into a folder of its own, laid out as it sits in this repository: root/samples/&lt;name&gt;
/// with the samples' shared files beside it, and the package ./build.sh packed in root/artifacts/packages. The sample's
/// relative paths hold unchanged, and nothing of this repository (its NuGet.config, global.json) reaches the copy.
/// </summary>
internal static class SampleCopy
{
    /// <param name="name">The sample's folder under samples/.</param>
    /// <param name="root">The copy's root, which becomes the build context.</param>
    /// <param name="sharedFiles">Files of samples/ copied beside the sample, such as Directory.Build.props.</param>
    /// <returns>The sample's folder in the copy.</returns>
    public static string Create(string name, string root, params string[] sharedFiles)
    {
        string samples = Path.Combine(RepositoryLayout.Root, "samples");
        string sample = Path.Combine(root, "samples", name);
        CopyFolder(Path.Combine(samples, name), sample);
        foreach (string file in sharedFiles)
        {
            File.Copy(Path.Combine(samples, file), Path.Combine(root, "samples", file));
        }

        string feed = Path.Combine(root, "artifacts", "packages");
        Directory.CreateDirectory(feed);
        File.Copy(RepositoryLayout.PackagePath, Path.Combine(feed, Path.GetFileName(RepositoryLayout.PackagePath)));
        return sample;
    }

    private static void CopyFolder(string source, string destination)
    {
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            string[] parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }

            string target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
