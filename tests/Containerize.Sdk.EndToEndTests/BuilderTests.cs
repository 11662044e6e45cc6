using System.Text.RegularExpressions;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// How the builder fails and what builder none leaves behind, on one console project: ContainerizeBuilder=none writes
/// the Dockerfile, its .dockerignore and the build command without starting any process; a DOCKER_HOST where nothing
/// listens fails with CTZ3002 in seconds; a RUN that fails (an OS package that does not exist) is CTZ3003 at its step.
/// </summary>
[TestClass]
public sealed class BuilderTests
{
    private const string MissingPackage = "no-such-package-ctz";
    private static readonly TimeSpan ProbeLimit = TimeSpan.FromSeconds(10);

    private static TestProject? _project;
    private static string? _fakeDocker;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void CreateProject(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _project = TestProject.Create(AppKind.Console, "Console.WriteLine(\"builder tests\");\n");

        // The OS package only when a test asks for it, so the other publishes of this project build nothing that fails.
        string projectFile = File.ReadAllText(_project.ProjectPath).Replace(
            "</Project>",
            $"  <ItemGroup Condition=\"'$(CtzE2eMissingPackage)' == 'true'\">\n    <ContainerOsPackage Include=\"{MissingPackage}\" />\n  </ItemGroup>\n</Project>");
        _project.WriteFile(TestProject.ProjectName + ".csproj", projectFile);

        // Outside the repository, so nothing under artifacts/ changes; it records every call and fails.
        _fakeDocker = Path.Combine(Path.GetTempPath(), "ctz-e2e-fake-docker-" + Guid.NewGuid().ToString("N"), "docker");
        Directory.CreateDirectory(Path.GetDirectoryName(_fakeDocker)!);
        File.WriteAllText(_fakeDocker, "#!/bin/sh\necho \"$@\" >> \"$0.calls\"\nexit 1\n");
        MakeExecutable(_fakeDocker);
    }

    [ClassCleanup]
    public static void RemoveProject()
    {
        if (_fakeDocker != null)
        {
            Directory.Delete(Path.GetDirectoryName(_fakeDocker)!, recursive: true);
        }

        Docker.RemoveProject(_project);
    }

    [TestMethod]
    public void BuilderNone_WritesTheFilesAndTheCommand_AndStartsNoProcess()
    {
        ImageName image = ImageName.Unique("none");
        ProcessResult publish = ContainerizePublish.Run(_project!.ProjectPath, new[]
        {
            "ContainerizeBuilder=none",
            "ContainerizeDockerPath=" + _fakeDocker,
            "ContainerizePodmanPath=" + _fakeDocker,
            "ContainerRegistry=" + LocalRegistry.Address,
            "ContainerRepository=" + image.Repository,
            "ContainerImageTag=" + image.Tag,
            "ContainerizeBuildArguments=--label 'note=two words $HOME'",
        });

        Assert.IsTrue(publish.Succeeded, publish.Describe());
        Assert.IsFalse(File.Exists(_fakeDocker + ".calls"), "The docker client was started: " + ReadOrEmpty(_fakeDocker + ".calls"));
        string folder = BuilderPublish.GeneratedFolder(_project!);
        string dockerfile = Path.Combine(folder, "Dockerfile");
        string script = Path.Combine(folder, "build-command.sh");
        foreach (string file in new[] { dockerfile, dockerfile + ".dockerignore", script, Path.Combine(folder, "build-command.cmd") })
        {
            Assert.IsTrue(File.Exists(file), "Missing " + file);
        }

        Assert.Contains("Containerize: ContainerizeBuilder is none, so no image was built", publish.StandardOutput);
        Assert.Contains(script, publish.StandardOutput);
        Assert.IsFalse(Docker.ImageExists(LocalRegistry.Address + "/" + image.Reference), "builder none built an image");

        // Run by a real shell with a docker on PATH that prints what it receives: the exact build, then the push.
        string reference = LocalRegistry.Address + "/" + image.Reference;
        IReadOnlyList<string> commands = RunScriptWithPrintingDocker(script);
        Assert.HasCount(2, commands, string.Join(Environment.NewLine, commands));
        string build = commands[0];
        Assert.StartsWith("DOCKER_BUILDKIT=1|build|--file|" + dockerfile + "|--tag|" + reference + "|", build);
        Assert.Contains("|--label|note=two words $HOME|", build);
        string context = build.Split('|').Last();
        Assert.IsTrue(Directory.Exists(context), "The last argument is not the context folder: " + build);
        Assert.StartsWith(Path.TrimEndingDirectorySeparator(context) + Path.DirectorySeparatorChar, _project!.Directory + Path.DirectorySeparatorChar);
        Assert.AreEqual("DOCKER_BUILDKIT=|push|" + reference, commands[1]);
    }

    [TestMethod]
    public void AnUnreachableDockerHost_IsCtz3002_WithinSeconds()
    {
        int closedPort = FreePort.OnLoopback();
        string host = "tcp://127.0.0.1:" + closedPort;

        ProcessResult publish = ContainerizePublish.Run(
            _project!.ProjectPath,
            new[] { "ContainerizeBuilder=docker", "ContainerRepository=" + ImageName.Unique("nohost").Repository },
            new Dictionary<string, string?> { ["DOCKER_HOST"] = host, ["DOCKER_CONTEXT"] = null },
            "-clp:PerformanceSummary");

        Assert.IsFalse(publish.Succeeded, publish.Describe());
        string output = publish.StandardOutput;
        Assert.Contains("error CTZ3002", output);
        Assert.Contains("DOCKER_HOST=" + host, output);
        Assert.DoesNotContain("BuildContainerImage", output);

        // MSBuild's own timing of the probe target, which is where the daemon is asked.
        Match timing = Regex.Match(output, @"(\d+) ms\s+_ContainerizeProbeBuilder\s+1 calls");
        Assert.IsTrue(timing.Success, "No timing of _ContainerizeProbeBuilder in:" + Environment.NewLine + output);
        Assert.IsLessThan(ProbeLimit.TotalMilliseconds, double.Parse(timing.Groups[1].Value), "The probe took " + timing.Groups[1].Value + " ms");
    }

    [TestMethod]
    public void AFailingRun_IsCtz3003_NamingTheStepAndItsDockerfileLine()
    {
        ImageName image = ImageName.Unique("failing");

        ProcessResult publish = ContainerizePublish.Run(_project!.ProjectPath, new[]
        {
            "CtzE2eMissingPackage=true",
            "ContainerRepository=" + image.Repository,
            "ContainerImageTag=" + image.Tag,
        });

        Assert.IsFalse(publish.Succeeded, publish.Describe());
        Assert.IsFalse(Docker.ImageExists(image.Reference), "A failed build left an image.");
        string dockerfile = _project!.GeneratedDockerfilePath();
        string[] lines = File.ReadAllLines(dockerfile);
        int runLine = Array.FindIndex(lines, line => line.StartsWith("RUN", StringComparison.Ordinal) && line.Contains(MissingPackage, StringComparison.Ordinal)) + 1;
        Assert.IsGreaterThan(0, runLine, "No RUN installing " + MissingPackage + " in:" + Environment.NewLine + string.Join(Environment.NewLine, lines));

        Match error = Regex.Match(publish.StandardOutput, $@"^\s*{Regex.Escape(dockerfile)}\({runLine}\): error CTZ3003: The container build failed at step (?<step>.+)$", RegexOptions.Multiline);
        Assert.IsTrue(error.Success, $"No CTZ3003 at {dockerfile}({runLine}) in:{Environment.NewLine}{publish.Describe()}");
        Assert.Contains("RUN", error.Groups["step"].Value);
        Assert.Contains(MissingPackage, error.Groups["step"].Value);
        Assert.Contains(MissingPackage, publish.StandardOutput[error.Index..]);
    }

    /// <summary>Runs build-command.sh with a docker on PATH that prints each call as DOCKER_BUILDKIT=…|arg|arg….</summary>
    private static IReadOnlyList<string> RunScriptWithPrintingDocker(string script)
    {
        string folder = Path.Combine(Path.GetTempPath(), "ctz-e2e-printing-docker-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string printer = Path.Combine(folder, "docker");
            File.WriteAllText(printer, "#!/bin/sh\nline=\"DOCKER_BUILDKIT=$DOCKER_BUILDKIT\"\nfor a in \"$@\"; do line=\"$line|$a\"; done\nprintf '%s\\n' \"$line\"\n");
            MakeExecutable(printer);
            ProcessResult run = ProcessRunner.Run("/bin/sh", new[] { script }, TimeSpan.FromSeconds(30), folder, new Dictionary<string, string?>
            {
                ["PATH"] = folder + ":/usr/bin:/bin",
                ["DOCKER_BUILDKIT"] = null,
            });
            Assert.IsTrue(run.Succeeded, run.Describe());
            return run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : "";
}
