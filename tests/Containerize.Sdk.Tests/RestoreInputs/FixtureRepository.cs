namespace Containerize.Sdk.Tests.RestoreInputs;

/// <summary>A throwaway repository in the temp folder: files written by relative path, deleted at the end.</summary>
internal sealed class FixtureRepository : IDisposable
{
    public FixtureRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "ctz-restore-inputs", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The full path of a repository-relative path written with '/'.</summary>
    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar)));

    public string Write(string relative, string text)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Folder(string relative)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Repository-relative, '/'-separated forms of full paths, for readable assertions.</summary>
    public string[] Relative(IEnumerable<string> paths) =>
        paths.Select(path => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/')).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not hide the test's own result.
        }
    }

    public const string EmptyProject = "<Project />\n";

    public static string ProjectImporting(params string[] imports) =>
        "<Project>\n" + string.Concat(imports.Select(import => $"  <Import Project=\"{import}\" />\n")) + "</Project>\n";
}
