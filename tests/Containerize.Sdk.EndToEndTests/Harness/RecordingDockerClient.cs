namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>
/// A docker client that writes each call's arguments as one line of calls.txt beside itself and then runs the real
/// client with them: given to the product as ContainerizeDockerPath, it shows which commands the product started,
/// whatever the product logs.
/// </summary>
internal sealed class RecordingDockerClient : IDisposable
{
    private RecordingDockerClient(string path)
    {
        Path = path;
    }

    /// <summary>The script, named docker.</summary>
    public string Path { get; }

    private string CallsFile => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, "calls.txt");

    /// <param name="realClient">The client to run; DockerClient.Instance's by default.</param>
    public static RecordingDockerClient Create(string? realClient = null)
    {
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ctz-e2e-recording-docker-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        string path = System.IO.Path.Combine(folder, "docker");
        string quoted = "'" + (realClient ?? DockerClient.Instance.Path).Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        File.WriteAllText(path, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"$(dirname \"$0\")/calls.txt\"\nexec " + quoted + " \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return new RecordingDockerClient(path);
    }

    /// <summary>The image builds (docker build, docker buildx build) recorded since the last call; the record starts afresh.</summary>
    public IReadOnlyList<string> TakeBuilds()
    {
        string[] calls = File.Exists(CallsFile) ? File.ReadAllLines(CallsFile) : Array.Empty<string>();
        File.Delete(CallsFile);
        return calls.Where(call => call.StartsWith("build ", StringComparison.Ordinal) || call.StartsWith("buildx build ", StringComparison.Ordinal)).ToList();
    }

    public void Dispose() => ScratchFolder.Delete(System.IO.Path.GetDirectoryName(Path)!);
}
