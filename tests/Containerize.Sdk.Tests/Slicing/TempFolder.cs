namespace Containerize.Sdk.Tests.Slicing;

/// <summary>A folder under the temp directory, deleted with everything in it at the end of a test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ctz-slicing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes a file (folders made as needed) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        string path = this[relativePath];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public List<string> Files(string relativeFolder = "") =>
        Directory.GetFiles(this[relativeFolder], "*", SearchOption.AllDirectories)
            .Select(path => System.IO.Path.GetRelativePath(this[relativeFolder], path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
