namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>A copy of one of samples/ in the temp folder (see SampleCopy), deleted afterwards.</summary>
internal sealed class SampleFolder : IScratchProject
{
    private SampleFolder(string root, string sampleDirectory)
    {
        Root = root;
        SampleDirectory = sampleDirectory;
    }

    /// <summary>The copy's root: the build context.</summary>
    public string Root { get; }

    public string SampleDirectory { get; }

    public string UniqueName => Path.GetFileName(Root);

    /// <param name="name">The sample's folder under samples/.</param>
    /// <param name="sharedFiles">Files of samples/ it needs beside it.</param>
    public static SampleFolder Create(string name, params string[] sharedFiles)
    {
        string root = Path.Combine(Path.GetTempPath(), "ctz-e2e-" + name.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..12]);
        return new SampleFolder(root, SampleCopy.Create(name, root, sharedFiles));
    }

    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(SampleDirectory, relative.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>The Dockerfile generated for a project of the sample (its folder relative to the sample), under obj/.../containerize/.</summary>
    public string GeneratedDockerfilePath(string projectFolder)
    {
        string[] found = Directory.GetFiles(Path.Combine(PathOf(projectFolder), "obj"), "Dockerfile", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == "containerize")
            .ToArray();
        Assert.HasCount(1, found, $"Expected one generated Dockerfile under {projectFolder}/obj/**/containerize/.");
        return found[0];
    }

    public void Dispose() => ScratchFolder.Delete(Root);
}
