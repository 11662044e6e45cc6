using System.Diagnostics;

namespace Containerize.Sdk.Tests.Building;

/// <summary>
/// A stand-in client: a shell script in a fresh temporary folder, which a test runs instead of docker or podman.
/// Disposing it removes the folder with whatever the script wrote next to itself.
/// </summary>
internal sealed class FakeClientScript : IDisposable
{
    private FakeClientScript(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>The script's folder, where a script may leave what it was called with.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    public static FakeClientScript Create(string body, string name = "docker")
    {
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ctz-fake-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string path = System.IO.Path.Combine(folder, name);

        // Written by a child shell, not by this process: tests run in parallel, and a process another test forks while
        // this one holds the file open for writing would keep it open, so starting the script fails with "Text file busy".
        var startInfo = new ProcessStartInfo("/bin/sh") { RedirectStandardInput = true, UseShellExecute = false };
        foreach (string argument in new[] { "-c", "cat > \"$1\" && chmod 700 \"$1\"", "sh", path })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using Process writer = Process.Start(startInfo)!;
        writer.StandardInput.Write("#!/bin/sh\n" + body + "\n");
        writer.StandardInput.Close();
        writer.WaitForExit();
        Assert.AreEqual(0, writer.ExitCode, "Could not write " + path);
        return new FakeClientScript(path);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A script a killed test left running may still hold the folder; temporary files must not fail a test.
        }
    }
}
