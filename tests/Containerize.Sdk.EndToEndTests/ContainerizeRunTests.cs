using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// From the IDE and the terminal (docs/ide.md): dotnet run -p:ContainerizeRun=true runs the web sample in its container
/// with its launch profile's environment, Ctrl+C leaves nothing behind, a second run replaces the first, and a console
/// app's exit code is dotnet run's; -p:PublishProfile=Containerize builds the image.
/// </summary>
[TestClass]
public sealed class ContainerizeRunTests
{
    private static readonly TimeSpan StartTime = TimeSpan.FromMinutes(4);
    private static readonly ImageName Web = ImageName.Unique("run-web");
    private static readonly ImageName Console = ImageName.Unique("run-console");
    private static readonly ImageName Profile = ImageName.Unique("run-profile");
    private static SampleFolder? _web;
    private static TestProject? _console;

    private static DockerClient Docker => DockerClient.Instance;

    private static string WebContainer => Web.Repository.Replace('/', '-') + "-run";

    [ClassInitialize]
    public static void CopyTheSamples(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _web = SampleFolder.Create("WebApi", "Directory.Build.props", "Directory.Packages.props", "NuGet.config");
        _console = TestProject.Create(AppKind.Console, """
            Console.WriteLine("args: " + string.Join(" ", args));
            return int.Parse(args[0]);
            """);
    }

    [ClassCleanup]
    public static void RemoveImagesAndCopies()
    {
        Docker.RemoveContainer(WebContainer);
        foreach (ImageName image in new[] { Web, Console, Profile })
        {
            Docker.RemoveImage(image.Reference);
        }

        Docker.RemoveProject(_web);
        Docker.RemoveProject(_console);
    }

    [TestMethod]
    public void TheWebSampleAnswersOnLocalhost_WithItsLaunchProfilesEnvironment_AndCtrlCLeavesNoContainer()
    {
        using DotnetRun run = DotnetRun.Start(_web!.SampleDirectory, Web.Properties(), "--from", "dotnet-run");

        int port = run.WaitForUrlPort(StartTime);
        string answer = Get(port, "/started-with");
        Assert.AreEqual("Development; Hello from the launch profile; --from dotnet-run", answer, run.Output);
        StringAssert.Contains(run.Output, "Containerize: running " + Web.Reference + " as container " + WebContainer);
        Assert.IsTrue(Docker.Run("container", "inspect", WebContainer).Succeeded, "the container has the run's name");

        run.Interrupt();

        Assert.AreEqual(0, run.WaitForExit(TimeSpan.FromMinutes(1)), run.Output);
        Assert.IsFalse(Docker.Run("container", "inspect", WebContainer).Succeeded, "Ctrl+C removed the container:\n" + run.Output);
    }

    [TestMethod]
    public void ASecondRunReplacesTheFirst()
    {
        using DotnetRun first = DotnetRun.Start(_web!.SampleDirectory, Web.Properties());
        int firstPort = first.WaitForUrlPort(StartTime);
        Get(firstPort, "/");

        using DotnetRun second = DotnetRun.Start(_web.SampleDirectory, Web.Properties());
        int secondPort = second.WaitForUrlPort(StartTime);

        first.WaitForExit(TimeSpan.FromMinutes(1));
        Assert.AreEqual(firstPort, secondPort, "the first run's port is free again once its container is gone");
        Assert.AreEqual("Hello from Containerize.Sdk WebApi", Get(secondPort, "/"));
        second.Interrupt();
        second.WaitForExit(TimeSpan.FromMinutes(1));
        Assert.IsFalse(Docker.Run("container", "inspect", WebContainer).Succeeded, second.Output);
    }

    [TestMethod]
    [DataRow("0")]
    [DataRow("3")]
    public void AConsoleAppsExitCode_IsDotnetRunsExitCode(string code)
    {
        using DotnetRun run = DotnetRun.Start(_console!.Directory, Console.Properties(), code, "second");

        int exitCode = run.WaitForExit(StartTime);

        Assert.AreEqual(int.Parse(code), exitCode, run.Output);
        StringAssert.Contains(run.Output, "args: " + code + " second");
        Assert.IsFalse(Docker.Run("container", "inspect", Console.Repository.Replace('/', '-') + "-run").Succeeded, "the container is removed when the app exits");
    }

    [TestMethod]
    public void ThePublishProfileContainerize_BuildsTheImage()
    {
        // As an IDE's publish dialog or CI selects it: the profile alone, no Containerize property.
        var arguments = new List<string> { "publish", _console!.ProjectPath, "-c", "Release", "-p:PublishProfile=Containerize", "--disable-build-servers" };
        arguments.AddRange(Profile.Properties().Select(property => "-p:" + property));
        if (DockerClient.ConfiguredPath() is string dockerPath)
        {
            arguments.Add("-p:ContainerizeDockerPath=" + dockerPath);
        }

        ProcessResult publish = ProcessRunner.Run("dotnet", arguments, TimeSpan.FromMinutes(10), _console.Directory, ContainerizePublish.ChildEnvironment(null));

        Assert.IsTrue(publish.Succeeded, publish.Describe());
        Assert.IsTrue(Docker.ImageExists(Profile.Reference), publish.Describe());
        Assert.DoesNotContain("NETSDK1198", publish.StandardOutput);
    }

    private static string Get(int port, string path) =>
        HttpPolling.GetAsync(new Uri("http://127.0.0.1:" + port + path), TimeSpan.FromSeconds(60)).Result ?? "(no answer on 127.0.0.1:" + port + path + ")";
}
