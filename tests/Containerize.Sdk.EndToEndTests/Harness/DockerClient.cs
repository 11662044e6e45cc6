using System.Diagnostics;
using System.Formats.Tar;
using System.Text.Json;

namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>The docker client the tests drive: CONTAINERIZE_DOCKER when set (the same variable the package reads), else docker on PATH.</summary>
internal sealed class DockerClient
{
    public const string ClientVariable = "CONTAINERIZE_DOCKER";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private DockerClient(string path)
    {
        Path = path;
    }

    public static DockerClient Instance { get; } = new(ConfiguredPath() ?? "docker");

    /// <summary>Podman, whose commands the tests use take the same arguments as docker's.</summary>
    public static DockerClient Podman { get; } = new("podman");

    public string Path { get; }

    /// <summary>The client path from CONTAINERIZE_DOCKER, or null when the variable is blank.</summary>
    public static string? ConfiguredPath()
    {
        string? value = Environment.GetEnvironmentVariable(ClientVariable);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public ProcessResult Run(params string[] arguments) => Run(CommandTimeout, arguments);

    public ProcessResult Run(TimeSpan timeout, params string[] arguments) => ProcessRunner.Run(Path, arguments, timeout);

    /// <summary>Runs the command and fails the test when it does not succeed; returns its standard output.</summary>
    public string RunChecked(params string[] arguments)
    {
        ProcessResult result = Run(arguments);
        if (!result.Succeeded)
        {
            Assert.Fail(result.Describe());
        }

        return result.StandardOutput;
    }

    public bool ImageExists(string image) => Run("image", "inspect", "--format", "{{.Id}}", image).Succeeded;

    /// <summary>docker run --rm: the container's output once it ends.</summary>
    public ProcessResult RunToEnd(string image, params string[] command) =>
        Run(new[] { "run", "--rm", image }.Concat(command).ToArray());

    /// <summary>docker run --rm with another entrypoint, to look inside an image.</summary>
    public ProcessResult RunEntrypoint(string image, string entrypoint, params string[] arguments) =>
        Run(new[] { "run", "--rm", "--entrypoint", entrypoint, image }.Concat(arguments).ToArray());

    /// <summary>Starts a detached container with containerPort published on 127.0.0.1:hostPort; returns its id.</summary>
    public string StartPublished(string image, int hostPort, int containerPort) =>
        RunChecked("run", "-d", "-p", $"127.0.0.1:{hostPort}:{containerPort}", image).Trim();

    public ProcessResult Exec(string container, params string[] command) =>
        Run(new[] { "exec", container }.Concat(command).ToArray());

    public string Logs(string container)
    {
        ProcessResult result = Run("logs", container);
        return result.StandardOutput + result.StandardError;
    }

    /// <summary>docker inspect of one image or container: the single element of the array it prints.</summary>
    public JsonElement Inspect(string nameOrId)
    {
        using JsonDocument document = JsonDocument.Parse(RunChecked("inspect", nameOrId));
        return document.RootElement[0].Clone();
    }

    /// <summary>The instruction that made each layer, newest first.</summary>
    public IReadOnlyList<string> History(string image) =>
        Lines(RunChecked("history", "--no-trunc", "--format", "{{.CreatedBy}}", image));

    public void Save(string image, string archivePath) => RunChecked("save", "--output", archivePath, image);

    /// <summary>
    /// Every path in the image's file system, relative to / with '/' separators and no trailing slash:
    /// docker create, then docker export read as a tar stream, so no tool inside the image is needed.
    /// </summary>
    public IReadOnlyList<string> FileSystemPaths(string image)
    {
        string container = RunChecked("create", image).Trim();
        try
        {
            return ExportedPaths(container);
        }
        finally
        {
            RemoveContainer(container);
        }
    }

    /// <summary>docker rm -f; for cleanup, so a container that is already gone is no error.</summary>
    public void RemoveContainer(string container) => Run("rm", "-f", container);

    /// <summary>docker rmi -f; for cleanup, so an image that was never built is no error.</summary>
    public void RemoveImage(string image) => Run("rmi", "-f", image);

    /// <summary>
    /// Removes the untagged images whose layers mention marker (a test project's unique folder name): the legacy
    /// builder leaves each build stage behind as an untagged image, which BuildKit keeps in its cache instead.
    /// </summary>
    private void RemoveUntaggedImagesMentioning(string marker)
    {
        ProcessResult untagged = Run("images", "--filter", "dangling=true", "--quiet", "--no-trunc");
        foreach (string image in Lines(untagged.StandardOutput).Distinct())
        {
            ProcessResult history = Run("history", "--no-trunc", "--format", "{{.CreatedBy}}", image);
            if (history.Succeeded && history.StandardOutput.Contains(marker, StringComparison.Ordinal))
            {
                RemoveImage(image);
            }
        }
    }

    /// <summary>
    /// The IDs of every image, intermediate ones included. Podman keeps every build step as an untagged image that
    /// removing the image keeps and whose history does not name the project, and it pulls base images by digest without
    /// a tag: a test class that builds with podman takes this list first and gives it to <see cref="RemoveImagesExcept"/>
    /// at the end (the tests run one at a time).
    /// </summary>
    public IReadOnlySet<string> ImageIds() =>
        Lines(RunChecked("images", "--all", "--quiet", "--no-trunc")).ToHashSet(StringComparer.Ordinal);

    /// <summary>Removes the images that are not in before: those made or pulled since it was taken.</summary>
    public void RemoveImagesExcept(IReadOnlySet<string> before)
    {
        foreach (string image in ImageIds().Where(image => !before.Contains(image)))
        {
            RemoveImage(image);
        }
    }

    /// <summary>Removes a scratch project with the untagged images its builds left behind; for cleanup, so null is no error.</summary>
    public void RemoveProject(IScratchProject? project)
    {
        if (project != null)
        {
            RemoveUntaggedImagesMentioning(project.UniqueName);
            project.Dispose();
        }
    }

    private List<string> ExportedPaths(string container)
    {
        using var process = new Process { StartInfo = ProcessRunner.StartInfo(Path, new[] { "export", container }) };
        process.Start();
        Task<string> standardError = process.StandardError.ReadToEndAsync();
        var paths = new List<string>();
        using (var reader = new TarReader(process.StandardOutput.BaseStream))
        {
            while (reader.GetNextEntry() is TarEntry entry)
            {
                paths.Add(entry.Name.TrimStart('.', '/').TrimEnd('/'));
            }
        }

        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path} export {container} did not finish in {CommandTimeout}.");
        }

        if (process.ExitCode != 0)
        {
            Assert.Fail($"{Path} export {container} exited with code {process.ExitCode}: {standardError.Result}");
        }

        return paths;
    }

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
