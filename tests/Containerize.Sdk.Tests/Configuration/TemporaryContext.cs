namespace Containerize.Sdk.Tests.Configuration;

/// <summary>A real folder for tests that need files: the project sits at ROOT/src/Web/Web.csproj, the build context is ROOT/src/Web.</summary>
internal sealed class TemporaryContext : IDisposable
{
    public TemporaryContext()
    {
        Root = Path.Combine(Path.GetTempPath(), "ctz-configuration", Guid.NewGuid().ToString("N"));
        ProjectDirectory = Path.Combine(Root, "src", "Web");
        Directory.CreateDirectory(ProjectDirectory);
        System.IO.File.WriteAllText(Path.Combine(ProjectDirectory, "Web.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");
    }

    public string Root { get; }

    public string ProjectDirectory { get; }

    /// <summary>Writes a file under the project folder and returns its full path.</summary>
    public string File(string relativePath, string content = "content")
    {
        string path = Path.Combine(ProjectDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
    }
}
