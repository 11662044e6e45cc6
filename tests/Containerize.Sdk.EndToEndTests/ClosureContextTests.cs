using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// samples/MultiProject in a repository with a 50 MB folder beside it that the app is not built from, and a file the app
/// includes from a folder outside its projects: only the closure is sent to the builder and copied into the build stage,
/// and the out-of-folder file still reaches the image. Published once for the class.
/// </summary>
[TestClass]
public sealed class ClosureContextTests
{
    private const string UnrelatedFolder = "unrelated";
    private const int UnrelatedFiles = 50;
    private const int UnrelatedFileBytes = 1024 * 1024;

    private static readonly Regex BuildKitContext = new(@"transferring context: ([0-9.]+)\s*([kMG]?B)", RegexOptions.CultureInvariant);
    private static readonly Regex LegacyContext = new(@"Sending build context to Docker daemon\s+([0-9.]+)\s*([kMG]?B)", RegexOptions.CultureInvariant);

    private static MultiProjectSample? _sample;
    private static ProcessResult? _publish;
    private static ImageName? _image;
    private static ImageName? _buildStage;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void PublishBesideALargeUnrelatedFolder(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _sample = MultiProjectSample.Create();
        WriteRandomFiles(Path.Combine(_sample.Root, UnrelatedFolder));
        _sample.Write("../../shared/motto.txt", "built from the closure\n");
        _sample.Replace(MultiProjectSample.AppProject, "</Project>", """
              <ItemGroup>
                <Content Include="../../../../shared/**/*.txt" CopyToPublishDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);

        _image = ImageName.Unique("closure-context");
        _publish = _sample.Publish(MultiProjectSample.AppProject, _image);
    }

    [ClassCleanup]
    public static void RemoveImagesAndSample()
    {
        if (_image != null)
        {
            Docker.RemoveImage(_image.Reference);
        }

        if (_buildStage != null)
        {
            Docker.RemoveImage(_buildStage.Reference);
        }

        Docker.RemoveProject(_sample);
    }

    [TestMethod]
    public void TheBytesSentAreAtMostATenthMoreThanTheClosure()
    {
        RequirePublish();
        long closure = ClosureBytes(_sample!.Root);
        long sent = ContextBytesSent(_publish!.StandardOutput);
        long unrelated = (long)UnrelatedFiles * UnrelatedFileBytes;

        ReportSizes(closure, sent, unrelated);
        Assert.IsLessThanOrEqualTo((long)(closure * 1.1), sent, $"sent {sent} bytes for a closure of {closure} bytes, beside {unrelated} unrelated bytes:\n{_publish.StandardOutput}");
    }

    [TestMethod]
    public void TheBuildStageHoldsTheClosureButNotTheUnrelatedFolder()
    {
        RequirePublish();
        _buildStage = ImageName.Unique("closure-context-build");
        // The stage the publish built, from BuildKit's cache: the client the publish used, with BuildKit on.
        ProcessResult build = ProcessRunner.Run(
            Docker.Path,
            new[] { "build", "--target", "build", "-f", _sample!.GeneratedDockerfilePath(), "-t", _buildStage.Reference, _sample.Root },
            TimeSpan.FromMinutes(10),
            environment: new Dictionary<string, string?> { ["DOCKER_BUILDKIT"] = "1" });
        Assert.IsTrue(build.Succeeded, build.Describe());

        ProcessResult listing = Docker.RunEntrypoint(_buildStage.Reference, "sh", "-c", "ls /src; ls /src/samples/MultiProject/src/App /src/shared");
        Assert.IsTrue(listing.Succeeded, listing.Describe());
        string[] entries = listing.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        CollectionAssert.DoesNotContain(entries, UnrelatedFolder, listing.StandardOutput);
        CollectionAssert.Contains(entries, "Program.cs", listing.StandardOutput);
        CollectionAssert.Contains(entries, "motto.txt", listing.StandardOutput);
    }

    [TestMethod]
    public void AFileTheAppIncludesFromOutsideItsProjectsReachesTheImage()
    {
        RequirePublish();

        CollectionAssert.Contains(Docker.FileSystemPaths(_image!.Reference).ToArray(), "app/motto.txt");
        ProcessResult run = Docker.RunToEnd(_image.Reference);
        Assert.AreEqual(MultiProjectSample.AppOutput, run.StandardOutput.Trim(), run.Describe());
    }

    /// <summary>
    /// The context's files less the unrelated folder, the host's build output and the packages the host's restore
    /// extracted (the samples restore into artifacts/nuget-packages): what the app is built from.
    /// </summary>
    private static long ClosureBytes(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(file =>
            {
                string relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
                string[] parts = relative.Split('/');
                return parts[0] != UnrelatedFolder && !parts.Contains("bin") && !parts.Contains("obj")
                    && !relative.StartsWith("artifacts/nuget-packages/", StringComparison.Ordinal);
            })
            .Sum(file => new FileInfo(file).Length);

    /// <summary>The largest context the builder reports sending (BuildKit reports the Dockerfile and ignore file as contexts too).</summary>
    private static long ContextBytesSent(string output)
    {
        long largest = -1;
        foreach (Match match in BuildKitContext.Matches(output).Concat(LegacyContext.Matches(output)))
        {
            double value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            long multiplier = match.Groups[2].Value switch { "kB" => 1000, "MB" => 1000 * 1000, "GB" => 1000 * 1000 * 1000, _ => 1 };
            largest = Math.Max(largest, (long)(value * multiplier));
        }

        Assert.IsGreaterThanOrEqualTo(0, largest, "The builder printed no context size:\n" + output);
        return largest;
    }

    /// <summary>The measurement, kept with the test results for the benchmark notes.</summary>
    private static void ReportSizes(long closure, long sent, long unrelated)
    {
        string results = Path.Combine(RepositoryLayout.Artifacts, "test-results");
        Directory.CreateDirectory(results);
        File.WriteAllText(
            Path.Combine(results, "closure-context-bytes.txt"),
            $"closure {closure} bytes, sent {sent} bytes ({(double)sent / closure:0.00}x), beside an unrelated folder of {unrelated} bytes\n");
    }

    private static void WriteRandomFiles(string folder)
    {
        Directory.CreateDirectory(folder);
        var bytes = new byte[UnrelatedFileBytes];
        for (int index = 0; index < UnrelatedFiles; index++)
        {
            RandomNumberGenerator.Fill(bytes);
            File.WriteAllBytes(Path.Combine(folder, "blob" + index.ToString("D2", CultureInfo.InvariantCulture) + ".bin"), bytes);
        }
    }

    private static void RequirePublish()
    {
        Assert.IsNotNull(_publish, "The class setup did not publish.");
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
    }
}
