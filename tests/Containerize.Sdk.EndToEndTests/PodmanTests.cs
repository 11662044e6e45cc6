using System.ComponentModel;
using System.Text.Json;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// One image built with ContainerizeBuilder=podman (podman's own store; ../shared/ci/podman-setup.sh copies the stand-in
/// base images into it). The image has a HEALTHCHECK, which podman keeps only in the docker format Containerize asks for.
/// </summary>
[TestClass]
public sealed class PodmanTests
{
    private const string Line = "Hello from podman";

    private static TestProject? _project;
    private static ImageName? _image;
    private static ProcessResult? _publish;
    private static IReadOnlySet<string>? _imagesBefore;

    [ClassInitialize]
    public static void PublishOnce(TestContext context)
    {
        RequirePodman();
        PackageFeed.RequirePackage();
        _imagesBefore = Podman.ImageIds();
        _project = TestProject.Create(AppKind.Console, $"Console.WriteLine(\"{Line}\");\n");
        _image = ImageName.Unique("podman");
        _publish = ContainerizePublish.Run(_project.ProjectPath, new[]
        {
            "ContainerizeBuilder=podman",
            "ContainerRepository=" + _image.Repository,
            "ContainerImageTag=" + _image.Tag,
            BuilderPublish.List("ContainerHealthCheck", "dotnet", "--list-runtimes"),
        });
    }

    [ClassCleanup]
    public static void RemoveImageAndProject()
    {
        if (_image != null)
        {
            Podman.RemoveImage(_image.Reference);
        }

        Podman.RemoveProject(_project);
        if (_imagesBefore != null)
        {
            Podman.RemoveImagesExcept(_imagesBefore);
        }
    }

    [TestMethod]
    public void PodmanBuildsTheImage_AndItRunsTheApp()
    {
        PublishedImage();
        Assert.Contains("Containerize: built " + _image!.Repository + " with tags " + _image.Tag, _publish!.StandardOutput);

        ProcessResult run = Podman.Run("run", "--rm", _image.Reference);

        Assert.IsTrue(run.Succeeded, run.Describe());
        Assert.AreEqual(Line, run.StandardOutput.Trim());
    }

    [TestMethod]
    public void TheHealthCheckSurvives_BecauseTheImageIsInTheDockerFormat()
    {
        PublishedImage();
        ProcessResult inspect = Podman.Run("image", "inspect", _image!.Reference);
        Assert.IsTrue(inspect.Succeeded, inspect.Describe());

        using JsonDocument document = JsonDocument.Parse(inspect.StandardOutput);
        // Podman shows the health check beside Config, where docker has it inside.
        JsonElement image = document.RootElement[0];
        Assert.AreEqual("application/vnd.docker.distribution.manifest.v2+json", image.GetProperty("ManifestType").GetString());
        string[] test = image.GetProperty("Healthcheck").GetProperty("Test").EnumerateArray().Select(part => part.GetString()!).ToArray();
        CollectionAssert.AreEqual(new[] { "CMD", "dotnet", "--list-runtimes" }, test);
    }

    private static void PublishedImage()
    {
        Assert.IsNotNull(_publish);
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
    }

    /// <summary>With SOURCE_DATE_EPOCH, podman gets --timestamp: two builds without cache give the same image ID (docs/supply-chain.md).</summary>
    [TestMethod]
    public void WithSourceDateEpoch_TwoBuildsWithoutCacheGiveTheSameImage()
    {
        PublishedImage();
        var images = new[] { ImageName.Unique("podman-repro"), ImageName.Unique("podman-repro") };
        try
        {
            var ids = new List<string>();
            foreach (ImageName image in images)
            {
                ProcessResult publish = ContainerizePublish.Run(
                    _project!.ProjectPath,
                    new[] { "ContainerizeBuilder=podman", "ContainerRepository=" + image.Repository, "ContainerImageTag=" + image.Tag, "ContainerizeForceBuild=true", "ContainerizeBuildArguments=--no-cache" },
                    new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "1700000000" });
                Assert.IsTrue(publish.Succeeded, publish.Describe());
                ids.Add(Podman.RunChecked("image", "inspect", "--format", "{{.Id}} {{.Created}}", image.Reference).Trim());
            }

            StringAssert.Contains(ids[0], "2023-11-14 22:13:20", "the config's created time is SOURCE_DATE_EPOCH's");
            Assert.AreEqual(ids[0], ids[1], "the same image ID: every layer and the config are the same bytes");
        }
        finally
        {
            foreach (ImageName image in images)
            {
                Podman.RemoveImage(image.Reference);
            }
        }
    }

    private static DockerClient Podman => DockerClient.Podman;

    /// <summary>Podman, or the test ends as inconclusive (failed under CONTAINERIZE_E2E=required, where CI runs podman-setup.sh).</summary>
    private static void RequirePodman()
    {
        string problem;
        try
        {
            ProcessResult version = Podman.Run("version", "--format", "{{.Client.Version}}");
            if (version.Succeeded)
            {
                return;
            }

            problem = version.Describe();
        }
        catch (Win32Exception exception)
        {
            problem = "podman cannot be started: " + exception.Message;
        }

        string message = "No podman here (" + problem + "); ../shared/ci/podman-setup.sh installs it.";
        if (DockerEngine.IsRequired)
        {
            Assert.Fail(message + $" {DockerEngine.RequiredVariable}=required, so this is a failure, not a skip.");
        }

        Assert.Inconclusive(message);
    }
}
