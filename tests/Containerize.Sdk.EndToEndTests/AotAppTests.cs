using System.Diagnostics;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// samples/AotApp (PublishAot=true) published with -p:Containerize=true, once for the class: it must build in the SDK's
/// -aot image, which has the native linker, and its image must hold a native executable, no .dll of the app and no
/// .NET runtime. The publish compiles natively twice (on the host, then in the build stage), so it is the slowest here.
/// </summary>
[TestClass]
public sealed class AotAppTests
{
    private const string Executable = "app/AotApp";
    private const string Output = "Hello from the Containerize.Sdk AotApp sample (Native AOT, /app/AotApp)";

    private static SampleFolder? _sample;
    private static ImageName? _image;
    private static ProcessResult? _publish;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void PublishOnce(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _sample = SampleFolder.Create("AotApp", "Directory.Build.props", "Directory.Packages.props", "NuGet.config");
        _image = ImageName.Unique("aot");
        var stopwatch = Stopwatch.StartNew();
        _publish = ContainerizePublish.Run(_sample.PathOf("AotApp.csproj"), _image.Properties());
        context.WriteLine($"AotApp publish (host AOT publish and image build): {stopwatch.Elapsed.TotalSeconds:0} s");
    }

    [ClassCleanup]
    public static void RemoveImageAndSample()
    {
        if (_image != null)
        {
            Docker.RemoveImage(_image.Reference);
        }

        Docker.RemoveProject(_sample);
        _sample?.Dispose();
    }

    [TestMethod]
    public void Image_RunsTheNativeExecutable()
    {
        ProcessResult run = Docker.RunToEnd(PublishedImage().Reference);

        Assert.IsTrue(run.Succeeded, run.Describe());
        Assert.AreEqual(Output, run.StandardOutput.Trim());
    }

    [TestMethod]
    public void GeneratedDockerfile_BuildsInTheAotSdkImage_AndRunsOnRuntimeDeps()
    {
        PublishedImage();
        string dockerfile = File.ReadAllText(_sample!.GeneratedDockerfilePath("."));

        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build\n", dockerfile);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS final\n", dockerfile);
    }

    [TestMethod]
    public void FinalImage_HoldsANativeExecutable_AndNoDllOrRuntime()
    {
        IReadOnlyList<string> paths = Docker.FileSystemPaths(PublishedImage().Reference);

        CollectionAssert.Contains(paths.ToList(), Executable, "The app's executable is not in /app.");
        string[] dlls = paths.Where(path => path.StartsWith("app/", StringComparison.Ordinal) && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.IsEmpty(dlls, "/app holds .dll files, so the app is not only native code: " + string.Join(", ", dlls));
        Assert.IsFalse(paths.Any(path => path.StartsWith("usr/share/dotnet/", StringComparison.Ordinal)), "The final image holds a .NET installation, which a Native AOT app does not need.");

        ProcessResult magic = Docker.RunEntrypoint(PublishedImage().Reference, "head", "-c", "4", "/" + Executable);
        Assert.IsTrue(magic.Succeeded, magic.Describe());
        Assert.AreEqual("\u007fELF", magic.StandardOutput.TrimEnd('\n'), "/" + Executable + " is not an ELF executable.");
    }

    private static ImageName PublishedImage()
    {
        Assert.IsNotNull(_publish, "The class initializer did not publish.");
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
        Assert.IsTrue(Docker.ImageExists(_image!.Reference), $"No image {_image} after the publish:{Environment.NewLine}{_publish.Describe()}");
        return _image;
    }
}
