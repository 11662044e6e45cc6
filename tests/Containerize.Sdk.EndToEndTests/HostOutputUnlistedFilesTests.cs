using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// The host stage takes the files the publish items list and the files this build wrote into the publish folder (the SDK
/// copies static web assets that way, outside the items). A file of the publish folder that neither names (what an
/// earlier publish left there) cannot be told from the app's, so the default publish then compiles in the container: the
/// image is the hermetic one, never one without the web assets, never one with stale files.
/// </summary>
[TestClass]
public sealed class HostOutputUnlistedFilesTests
{
    private const string Stale = "left-by-an-earlier-publish.txt";

    private const string Copied = "copied-by-a-target.txt";

    private static readonly ImageName Image = ImageName.Unique("unlisted");
    private static readonly ImageName WrittenImage = ImageName.Unique("written");
    private static MultiProjectSample? _sample;
    private static MultiProjectSample? _written;
    private static ProcessResult? _publish;
    private static ProcessResult? _writtenPublish;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void PublishWithAFileNoItemNames(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _sample = MultiProjectSample.Create();
        _sample.Write("src/App/bin/Release/net10.0/publish/" + Stale, "stale");
        _publish = _sample.Publish(MultiProjectSample.AppProject, Image);

        // As the SDK copies static web assets: a Copy into the publish folder whose destinations go to FileWrites.
        _written = MultiProjectSample.Create();
        _written.Write("src/App/" + Copied, "copied");
        _written.Write("src/App/Directory.Build.targets", """
            <Project>
              <Target Name="CopyOwnFile" AfterTargets="ComputeAndCopyFilesToPublishDirectory">
                <Copy SourceFiles="$(MSBuildProjectDirectory)/copied-by-a-target.txt" DestinationFolder="$(PublishDir)">
                  <Output TaskParameter="DestinationFiles" ItemName="FileWrites" />
                </Copy>
              </Target>
            </Project>
            """);
        _writtenPublish = _written.Publish(MultiProjectSample.AppProject, WrittenImage);
    }

    [ClassCleanup]
    public static void RemoveImageAndSample()
    {
        Docker.RemoveImage(Image.Reference);
        Docker.RemoveImage(WrittenImage.Reference);
        Docker.RemoveProject(_sample);
        Docker.RemoveProject(_written);
    }

    [TestMethod]
    public void AnUnlistedFileInThePublishFolder_MakesTheBuildStageCompile_AndStaysOutOfTheImage()
    {
        Assert.IsNotNull(_publish);
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
        StringAssert.Contains(_publish.StandardOutput, "app compiled in the container", _publish.Describe());
        Assert.IsFalse(
            Directory.Exists(Path.Combine(_sample!.PathOf("src/App"), "obj", "Release", "net10.0", "containerize", "host")),
            "Nothing is staged for the host stage when it is not used.");

        ProcessResult files = Docker.RunEntrypoint(Image.Reference, "sh", "-c", "ls /app");
        Assert.IsTrue(files.Succeeded, files.Describe());
        StringAssert.Contains(files.StandardOutput, "App.dll", files.Describe());
        Assert.IsFalse(files.StandardOutput.Contains(Stale, StringComparison.Ordinal), "A stale file of the host's publish folder reached the image.");
        Assert.AreEqual(MultiProjectSample.AppOutput, Docker.RunToEnd(Image.Reference).StandardOutput.Trim());
    }

    [TestMethod]
    public void AFileThisPublishWroteIntoThePublishFolder_KeepsTheHostFeed_AndIsInTheImage()
    {
        Assert.IsNotNull(_writtenPublish);
        Assert.IsTrue(_writtenPublish.Succeeded, _writtenPublish.Describe());
        StringAssert.Contains(_writtenPublish.StandardOutput, "app from the host's publish output", _writtenPublish.Describe());

        ProcessResult file = Docker.RunEntrypoint(WrittenImage.Reference, "cat", "/app/" + Copied);
        Assert.IsTrue(file.Succeeded, file.Describe());
        Assert.AreEqual("copied", file.StandardOutput.Trim());
    }
}
