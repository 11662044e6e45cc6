using System.Text.Json;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// A console app that names the package only as an additive project SDK, Sdk="Microsoft.NET.Sdk;Containerize.Sdk/x.y.z",
/// with no PackageReference. It is published twice, which the created label needs anyway: once with ContainerizeCreated,
/// once with SOURCE_DATE_EPOCH in the environment; the second build reuses every layer but the label's.
/// </summary>
[TestClass]
public sealed class ProjectSdkFormTests
{
    private const string AppOutput = "containerized through the project SDK";
    private const string CreatedLabel = "org.opencontainers.image.created";
    private const string Created = "2001-02-03T04:05:06Z";

    // 1234567890 seconds after the epoch.
    private const string SourceDateEpoch = "1234567890";
    private const string SourceDateEpochTime = "2009-02-13T23:31:30Z";

    private static readonly ImageName CreatedImage = ImageName.Unique("sdkform");
    private static readonly ImageName EpochImage = CreatedImage.WithNewTag();
    private static StandaloneApp? _app;
    private static ProcessResult? _createdPublish;
    private static ProcessResult? _epochPublish;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void PublishTwice(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _app = StandaloneApp.Create("sdkform", AppKind.Console, $"Console.WriteLine(\"{AppOutput}\");\n", asProjectSdk: true);
        _createdPublish = _app.Publish(CreatedImage, "ContainerizeCreated=" + Created);
        _epochPublish = ContainerizePublish.Run(
            _app.ProjectPath,
            EpochImage.Properties(),
            new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = SourceDateEpoch });
    }

    [ClassCleanup]
    public static void RemoveImagesAndApp()
    {
        Docker.RemoveImage(CreatedImage.Reference);
        Docker.RemoveImage(EpochImage.Reference);
        Docker.RemoveProject(_app);
    }

    [TestMethod]
    public void TheAdditiveSdkForm_BuildsAnImageThatRuns()
    {
        Succeeded(_createdPublish);
        string project = File.ReadAllText(_app!.ProjectPath);
        Assert.Contains($"Sdk=\"Microsoft.NET.Sdk;{RepositoryLayout.PackageId}/{RepositoryLayout.PackageVersion}\"", project);
        Assert.DoesNotContain("PackageReference", project);

        ProcessResult run = Docker.RunToEnd(CreatedImage.Reference);

        Assert.AreEqual(AppOutput, run.StandardOutput.Trim(), run.Describe());
    }

    [TestMethod]
    public void ContainerizeCreated_IsTheImagesCreatedLabel()
    {
        Succeeded(_createdPublish);

        Assert.AreEqual(Created, Label(CreatedImage, CreatedLabel));
    }

    [TestMethod]
    public void SourceDateEpoch_IsTheImagesCreatedLabel()
    {
        Succeeded(_epochPublish);

        Assert.AreEqual(SourceDateEpochTime, Label(EpochImage, CreatedLabel));
    }

    private static void Succeeded(ProcessResult? publish)
    {
        Assert.IsNotNull(publish, "The class setup did not get this far.");
        Assert.IsTrue(publish.Succeeded, publish.Describe());
    }

    private static string? Label(ImageName image, string key)
    {
        JsonElement labels = Docker.Inspect(image.Reference).GetProperty("Config").GetProperty("Labels");
        return labels.ValueKind == JsonValueKind.Object && labels.TryGetProperty(key, out JsonElement value) ? value.GetString() : null;
    }
}
