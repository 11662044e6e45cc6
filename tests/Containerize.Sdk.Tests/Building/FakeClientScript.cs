using System.Diagnostics;

namespace Containerize.Sdk.Tests.Building;

/// <summary>A stand-in client: a shell script in a fresh temporary folder, which a test runs instead of docker or podman.</summary>
internal static class FakeClientScript
{
    /// <returns>The script's path; its folder also holds whatever the script writes next to itself.</returns>
    public static string Create(string body, string name = "docker")
    {
        string folder = Path.Combine(Path.GetTempPath(), "ctz-fake-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);

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
        return path;
    }
}
