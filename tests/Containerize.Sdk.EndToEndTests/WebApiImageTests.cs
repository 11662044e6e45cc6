using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>An ASP.NET Core minimal API published with -p:Containerize=true, built once for the class, then run and called.</summary>
[TestClass]
public sealed class WebApiImageTests
{
    private const string AppAssembly = TestProject.ProjectName + ".dll";
    private const string Answer = "Hello from the Containerize.Sdk end-to-end web app";
    private const int AppPort = 8080;

    private static readonly TimeSpan StartupTime = TimeSpan.FromSeconds(30);
    private static TestProject? _project;
    private static ImageName? _image;
    private static ProcessResult? _publish;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void PublishOnce(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _project = TestProject.Create(AppKind.Web, $"""
            WebApplication app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/", () => "{Answer}");
            app.Run();
            """);
        _image = ImageName.Unique("web");
        _publish = _project.Publish(_image);
    }

    [ClassCleanup]
    public static void RemoveImageAndProject()
    {
        if (_image != null)
        {
            Docker.RemoveImage(_image.Reference);
        }

        Docker.RemoveProject(_project);
    }

    [TestMethod]
    public async Task Container_AnswersGetRoot_OnThePublishedPort()
    {
        int hostPort = FreePort.OnLoopback();
        string container = Docker.StartPublished(PublishedImage().Reference, hostPort, AppPort);
        try
        {
            string? body = await HttpPolling.GetAsync(new Uri($"http://127.0.0.1:{hostPort}/"), StartupTime);

            Assert.AreEqual(Answer, body, $"GET / on 127.0.0.1:{hostPort} gave no answer within {StartupTime.TotalSeconds} s. Container log:{Environment.NewLine}{Docker.Logs(container)}");
        }
        finally
        {
            Docker.RemoveContainer(container);
        }
    }

    [TestMethod]
    public void FinalImage_HasTheAppAndRuntime_ButNoSdk()
    {
        FinalImageAssertions.HasTheAppAndRuntimeButNoSdk(Docker.FileSystemPaths(PublishedImage().Reference), AppAssembly);
    }

    [TestMethod]
    public void FinalImage_RunsAsNonRootUser()
    {
        FinalImageAssertions.RunsAsNonRootUser(Docker, PublishedImage().Reference);
    }

    private static ImageName PublishedImage()
    {
        Assert.IsNotNull(_publish);
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
        return _image!;
    }
}
