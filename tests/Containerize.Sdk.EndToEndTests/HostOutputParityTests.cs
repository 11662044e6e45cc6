using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// One generated Dockerfile, two feeds (docs/builders.md, "Two ways to feed the final stage"). samples/MultiProject is
/// published with -p:Containerize=true, which takes the app from the host's publish output (CONTAINERIZE_APP_STAGE=host);
/// a second, clean copy of the sample, where nothing was ever built or published, is built with a plain docker build of
/// that same Dockerfile, as CI runs it, so the build stage compiles. The two final stages are compared file by file.
/// </summary>
[TestClass]
public sealed class HostOutputParityTests
{
    /// <summary>The assemblies compiled from the sample's projects: they embed their PDB's path, host or container.</summary>
    private static readonly string[] CompiledFromSource = { "App.dll", "Formatting.dll", "Greetings.dll" };

    private static readonly ImageName HostFed = ImageName.Unique("hostfed");
    private static readonly ImageName HostFedMapped = ImageName.Unique("hostfed-mapped");
    private static readonly ImageName Hermetic = ImageName.Unique("hermetic");
    private static readonly ImageName HermeticAfterPublish = ImageName.Unique("hermetic-published");
    private static MultiProjectSample? _published;
    private static MultiProjectSample? _clean;
    private static ProcessResult? _publish;
    private static ProcessResult? _mappedPublish;
    private static ProcessResult? _hermeticBuild;
    private static ProcessResult? _hermeticAfterPublish;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void BuildBothWays(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _published = MultiProjectSample.Create();
        _publish = _published.Publish(MultiProjectSample.AppProject, HostFed);
        if (!_publish.Succeeded)
        {
            return;
        }

        // What CI has: a clean copy with the generated Dockerfile and its .dockerignore checked in, nothing built.
        _clean = MultiProjectSample.Create();
        string dockerfile = Path.Combine(_clean.Root, "ci", "Dockerfile");
        Directory.CreateDirectory(Path.GetDirectoryName(dockerfile)!);
        File.Copy(_published.GeneratedDockerfilePath(), dockerfile);
        File.Copy(_published.GeneratedDockerfilePath() + ".dockerignore", dockerfile + ".dockerignore");
        _hermeticBuild = PlainBuild(dockerfile, Hermetic, _clean.Root);

        // The same plain build in the checkout the host just published from: the host's obj/ must not reach the build stage.
        _hermeticAfterPublish = PlainBuild(_published.GeneratedDockerfilePath(), HermeticAfterPublish, _published.Root);

        // The host compile with the context root mapped to the build stage's /src/, as docs/builders.md suggests.
        _mappedPublish = _published.Publish(MultiProjectSample.AppProject, HostFedMapped, "PathMap=" + _published.Root + "/=/src/");
    }

    /// <summary>docker build of the Dockerfile without CONTAINERIZE_APP_STAGE, as CI runs it.</summary>
    private static ProcessResult PlainBuild(string dockerfile, ImageName image, string context) => ProcessRunner.Run(
        Docker.Path,
        new[] { "build", "--file", dockerfile, "--tag", image.Reference, context },
        TimeSpan.FromMinutes(10),
        context,
        new Dictionary<string, string?> { ["DOCKER_BUILDKIT"] = "1" });

    [ClassCleanup]
    public static void RemoveImagesAndSamples()
    {
        foreach (ImageName image in new[] { HostFed, HostFedMapped, Hermetic, HermeticAfterPublish })
        {
            Docker.RemoveImage(image.Reference);
        }

        Docker.RemoveProject(_published);
        Docker.RemoveProject(_clean);
    }

    [TestMethod]
    public void DefaultPublish_TakesTheAppFromTheHostsPublishOutput()
    {
        RequireBoth();
        StringAssert.Contains(_publish!.StandardOutput, "app from the host's publish output", _publish.Describe());
        Assert.IsTrue(
            File.Exists(Path.Combine(_published!.PathOf("src/App"), "obj", "Release", "net10.0", "containerize", "host", "app", "app", "App.dll")),
            "The host's output was not staged for the host stage.");
    }

    [TestMethod]
    public void HermeticBuild_OfACleanCopy_WithNothingPublished_BuildsAnImageThatRunsTheApp()
    {
        RequireBoth();
        string[] buildOutput = Directory.GetDirectories(_clean!.Root, "*", SearchOption.AllDirectories)
            .Where(folder => Path.GetFileName(folder) is "bin" or "obj")
            .ToArray();
        CollectionAssert.AreEqual(Array.Empty<string>(), buildOutput, "The clean copy was built on the host.");

        ProcessResult run = Docker.RunToEnd(Hermetic.Reference);
        Assert.AreEqual(MultiProjectSample.AppOutput, run.StandardOutput.Trim(), run.Describe());
    }

    [TestMethod]
    public void HermeticBuild_OfTheCheckoutTheHostPublishedFrom_KeepsTheHostsObjOut()
    {
        RequireBoth();
        Assert.IsNotNull(_hermeticAfterPublish);
        Assert.IsTrue(_hermeticAfterPublish.Succeeded, _hermeticAfterPublish.Describe());
        ProcessResult run = Docker.RunToEnd(HermeticAfterPublish.Reference);
        Assert.AreEqual(MultiProjectSample.AppOutput, run.StandardOutput.Trim(), run.Describe());
    }

    [TestMethod]
    public void BothFeeds_GiveTheSameFilesAndConfig_OnlyTheCompiledAssembliesEmbedTheirOwnPdbPath()
    {
        RequireBoth();
        Dictionary<string, string> host = Files(HostFed);
        Dictionary<string, string> hermetic = Files(Hermetic);

        CollectionAssert.AreEquivalent(hermetic.Keys.ToList(), host.Keys.ToList(), "Files (mode, owner, path) differ.");
        string[] differing = host.Where(file => file.Value != hermetic[file.Key]).Select(file => Path.GetFileName(file.Key)).OrderBy(name => name, StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(CompiledFromSource, differing, "Files whose content differs: " + string.Join(", ", differing));
        foreach (string assembly in CompiledFromSource)
        {
            Assert.IsTrue(EmbedsPath(Hermetic, assembly, "/src/samples/MultiProject/"), $"{assembly} of the build stage does not name its PDB under /src.");
            Assert.IsTrue(EmbedsPath(HostFed, assembly, _published!.Root + "/samples/MultiProject/"), $"{assembly} of the host stage does not name its PDB under the host's folder.");
        }

        Assert.AreEqual(Docker.Inspect(Hermetic.Reference).GetProperty("Config").GetRawText(), Docker.Inspect(HostFed.Reference).GetProperty("Config").GetRawText());
    }

    [TestMethod]
    public void WithTheContextRootMappedToSrc_BothFeedsGiveTheSameBytes()
    {
        RequireBoth();
        Assert.IsNotNull(_mappedPublish);
        Assert.IsTrue(_mappedPublish.Succeeded, _mappedPublish.Describe());
        StringAssert.Contains(_mappedPublish.StandardOutput, "app from the host's publish output", _mappedPublish.Describe());

        CollectionAssert.AreEquivalent(
            Files(Hermetic).Select(file => file.Key + " " + file.Value).ToList(),
            Files(HostFedMapped).Select(file => file.Key + " " + file.Value).ToList());
    }

    /// <summary>
    /// Every file and folder under /app as "mode uid:gid path", with each file's SHA-256 and time, which comes from its
    /// content (docs/supply-chain.md), the same whichever stage fed it ("folder" for a folder).
    /// </summary>
    private static Dictionary<string, string> Files(ImageName image)
    {
        string[] entries = Lines(image, "cd /app && find . -exec stat -c '%A %u:%g %n' {} +");
        Dictionary<string, string> times = Lines(image, "cd /app && find . -type f -exec stat -c '%Y %n' {} +")
            .ToDictionary(line => line[(line.IndexOf(' ') + 1)..], line => line[..line.IndexOf(' ')], StringComparer.Ordinal);
        Dictionary<string, string> hashes = Lines(image, "cd /app && find . -type f -exec sha256sum {} +")
            .ToDictionary(line => line[66..], line => line[..64] + " " + times[line[66..]], StringComparer.Ordinal);
        Assert.IsNotEmpty(hashes, "No files under /app in " + image);
        return entries.ToDictionary(
            entry => entry,
            entry => hashes.TryGetValue(entry[(entry.IndexOf(' ', entry.IndexOf(' ') + 1) + 1)..], out string? hash) ? hash : "folder",
            StringComparer.Ordinal);
    }

    private static string[] Lines(ImageName image, string script)
    {
        ProcessResult result = Docker.RunEntrypoint(image.Reference, "sh", "-c", script);
        Assert.IsTrue(result.Succeeded, result.Describe());
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool EmbedsPath(ImageName image, string assembly, string path) =>
        Docker.RunEntrypoint(image.Reference, "grep", "-q", "-F", path, "/app/" + assembly).Succeeded;

    private static void RequireBoth()
    {
        Assert.IsNotNull(_publish, "The class setup did not publish.");
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
        Assert.IsNotNull(_hermeticBuild);
        Assert.IsTrue(_hermeticBuild.Succeeded, _hermeticBuild.Describe());
    }
}
