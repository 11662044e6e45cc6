using System.Text.Json;
using System.Text.RegularExpressions;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// Reproducible layers and the SBOM (docs/supply-chain.md). samples/MultiProject (a NuGet package, two project references, the app)
/// is published once for its generated Dockerfile; a clean copy, where nothing was built, is then built twice with
/// docker build --no-cache, as a CI runner without a cache builds it, and its image pushed to the local registry. One
/// line of the app's Program.cs is changed and the copy is built again on a second engine whose build cache is empty
/// (../shared/ci/second-engine.sh, a fresh runner) and pushed to the same repository.
/// </summary>
[TestClass]
public sealed class SupplyChainTests
{
    private const int SecondEnginePort = 23751;

    private static readonly ImageName HostFed = ImageName.Unique("repro-host");
    private static readonly ImageName HostFedSameSize = ImageName.Unique("repro-host-same-size");
    private static readonly ImageName First = ImageName.Unique("repro-first");
    private static readonly ImageName Second = ImageName.Unique("repro-second");
    private static readonly string Repository = "ctz-repro-" + Guid.NewGuid().ToString("N")[..8];
    private static MultiProjectSample? _published;
    private static MultiProjectSample? _clean;
    private static ProcessResult? _publish;
    private static ProcessResult? _sameSizePublish;
    private static long[] _appDllSizes = Array.Empty<long>();
    private static ProcessResult? _firstBuild;
    private static ProcessResult? _secondBuild;
    private static ProcessResult? _freshRunnerPull;
    private static ProcessResult? _freshRunnerBuild;
    private static string[] _freshRunnerLayers = Array.Empty<string>();
    private static ProcessResult? _firstPush;
    private static ProcessResult? _freshRunnerPush;
    private static bool _secondEngineStarted;

    private static DockerClient Docker => DockerClient.Instance;

    private static string Pushed(string tag) => LocalRegistry.Address + "/" + Repository + ":" + tag;

    [ClassInitialize]
    public static void BuildTwiceThenOnAFreshRunner(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        using LocalRegistry registry = LocalRegistry.Require();
        _published = MultiProjectSample.Create();
        _publish = _published.Publish(MultiProjectSample.AppProject, HostFed);
        if (!_publish.Succeeded)
        {
            return;
        }

        // The host stage sends the app in the build context, where BuildKit sends again only files whose size or time
        // changed: a one-constant change keeps App.dll's size, and the image must still get the new App.dll.
        string appDll = Path.Combine(_published.PathOf("src/App"), "bin", "Release", "net10.0", "publish", "App.dll");
        long before = new FileInfo(appDll).Length;
        _published.Replace("src/App/Program.cs", "libraries: 2", "libraries: 3");
        _sameSizePublish = _published.Publish(MultiProjectSample.AppProject, HostFedSameSize);
        _appDllSizes = new[] { before, new FileInfo(appDll).Length };
        _published.Replace("src/App/Program.cs", "libraries: 3", "libraries: 2");

        _clean = MultiProjectSample.Create();
        string dockerfile = Path.Combine(_clean.Root, "ci", "Dockerfile");
        Directory.CreateDirectory(Path.GetDirectoryName(dockerfile)!);
        File.Copy(_published.GeneratedDockerfilePath(), dockerfile);
        File.Copy(_published.GeneratedDockerfilePath() + ".dockerignore", dockerfile + ".dockerignore");
        _firstBuild = NoCacheBuild(Docker.Path, null, dockerfile, First.Reference);
        _secondBuild = NoCacheBuild(Docker.Path, null, dockerfile, Second.Reference);
        if (!_firstBuild.Succeeded)
        {
            return;
        }

        Docker.RunChecked("tag", First.Reference, Pushed("v1"));
        _firstPush = Docker.Run(TimeSpan.FromMinutes(5), "push", Pushed("v1"));

        // A fresh runner: its own engine with only the base images, one changed line, no build cache. It pulls the last
        // image first, as a CI job does to know what the registry holds (docker push checks the registry only for layers
        // it has seen there); --no-cache builds every layer again all the same.
        _clean.Replace("src/App/Program.cs", "libraries: 2", "libraries: 2 + 0");
        ProcessResult start = ProcessRunner.Run("bash", new[] { Path.Combine(RepositoryLayout.Root, "..", "shared", "ci", "second-engine.sh"), "start", SecondEnginePort.ToString() }, TimeSpan.FromMinutes(3));
        Assert.IsTrue(start.Succeeded, start.Describe());
        _secondEngineStarted = true;
        string secondEngine = "tcp://127.0.0.1:" + SecondEnginePort;
        ProcessResult load = ProcessRunner.Run("bash", new[] { "-c", $"\"$0\" save mcr.microsoft.com/dotnet/sdk:10.0 mcr.microsoft.com/dotnet/runtime:10.0 | DOCKER_HOST={secondEngine} \"$0\" load -q", Docker.Path }, TimeSpan.FromMinutes(5));
        Assert.IsTrue(load.Succeeded, load.Describe());
        var onSecondEngine = new Dictionary<string, string?> { ["DOCKER_HOST"] = secondEngine };
        _freshRunnerPull = ProcessRunner.Run(Docker.Path, new[] { "pull", Pushed("v1") }, TimeSpan.FromMinutes(5), null, onSecondEngine);
        _freshRunnerBuild = NoCacheBuild(Docker.Path, secondEngine, dockerfile, Pushed("v2"));
        if (_freshRunnerBuild.Succeeded)
        {
            ProcessResult inspect = ProcessRunner.Run(Docker.Path, new[] { "image", "inspect", "--format", "{{json .RootFS.Layers}}", Pushed("v2") }, TimeSpan.FromMinutes(1), null, onSecondEngine);
            _freshRunnerLayers = inspect.Succeeded ? JsonSerializer.Deserialize<string[]>(inspect.StandardOutput.Trim()) ?? Array.Empty<string>() : Array.Empty<string>();
            _freshRunnerPush = ProcessRunner.Run(Docker.Path, new[] { "push", Pushed("v2") }, TimeSpan.FromMinutes(5), null, onSecondEngine);
        }
    }

    private static ProcessResult NoCacheBuild(string client, string? engine, string dockerfile, string tag) => ProcessRunner.Run(
        client,
        new[] { "build", "--no-cache", "--file", dockerfile, "--tag", tag, _clean!.Root },
        TimeSpan.FromMinutes(10),
        _clean.Root,
        new Dictionary<string, string?> { ["DOCKER_BUILDKIT"] = "1", ["DOCKER_HOST"] = engine });

    [ClassCleanup]
    public static void RemoveImagesEngineAndSamples()
    {
        foreach (string image in new[] { HostFed.Reference, HostFedSameSize.Reference, First.Reference, Second.Reference, Pushed("v1") })
        {
            Docker.RemoveImage(image);
        }

        if (_secondEngineStarted)
        {
            ProcessRunner.Run("bash", new[] { Path.Combine(RepositoryLayout.Root, "..", "shared", "ci", "second-engine.sh"), "stop", SecondEnginePort.ToString() }, TimeSpan.FromMinutes(2));
        }

        using (var registry = new LocalRegistry())
        {
            foreach (string tag in new[] { "v1", "v2" })
            {
                if (_firstPush?.Succeeded == true && registry.Digest(Repository, tag) is string digest)
                {
                    registry.Delete(Repository, digest);
                }
            }
        }

        Docker.RemoveProject(_published);
        Docker.RemoveProject(_clean);
    }

    [TestMethod]
    public void TwoNoCacheBuildsOfTheSameCommit_GiveTheSameLayers()
    {
        RequireBuilds();
        Assert.IsNotNull(_secondBuild);
        Assert.IsTrue(_secondBuild.Succeeded, _secondBuild.Describe());
        IReadOnlyList<string> first = Layers(First.Reference);
        IReadOnlyList<string> second = Layers(Second.Reference);
        int baseLayers = Layers("mcr.microsoft.com/dotnet/runtime:10.0").Count;

        Assert.AreEqual(baseLayers + 4, first.Count, "the base's layers, then packages, project references, the app, and WORKDIR's (empty: the folder is there)");
        CollectionAssert.AreEqual(first.ToList(), second.ToList(), "every layer, ours included, has the same diff ID");
    }

    [TestMethod]
    public void AChangedAssemblyOfTheSameSize_ReachesTheHostFedImage()
    {
        RequireBuilds();
        Assert.IsNotNull(_sameSizePublish);
        Assert.IsTrue(_sameSizePublish.Succeeded, _sameSizePublish.Describe());
        StringAssert.Contains(_sameSizePublish.StandardOutput, "app from the host's publish output", _sameSizePublish.Describe());
        Assert.AreEqual(_appDllSizes[0], _appDllSizes[1], "the change was meant to keep App.dll's size");

        ProcessResult run = Docker.RunToEnd(HostFedSameSize.Reference);
        Assert.AreEqual("[ Hello from MultiProject, built from three libraries ]", run.StandardOutput.Trim(), run.Describe());
    }

    [TestMethod]
    public void AFreshRunnersRebuildAfterAOneLineChange_UploadsOnlyTheAppLayer()
    {
        RequireBuilds();
        Assert.IsNotNull(_firstPush);
        Assert.IsTrue(_firstPush.Succeeded, _firstPush.Describe());
        Assert.IsNotNull(_freshRunnerPull);
        Assert.IsTrue(_freshRunnerPull.Succeeded, _freshRunnerPull.Describe());
        Assert.IsNotNull(_freshRunnerBuild);
        Assert.IsTrue(_freshRunnerBuild.Succeeded, _freshRunnerBuild.Describe());
        Assert.IsNotNull(_freshRunnerPush);
        Assert.IsTrue(_freshRunnerPush.Succeeded, _freshRunnerPush.Describe());

        // docker push prints "<first 12 hex digits of the diff ID>: Pushed" or ": Layer already exists" for each layer; the
        // manifest lists the same layers in the same order, compressed, with their sizes.
        string[] pushed = Regex.Matches(_freshRunnerPush.StandardOutput, "^([0-9a-f]{12}): Pushed", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToArray();
        int existing = Regex.Matches(_freshRunnerPush.StandardOutput, "^[0-9a-f]{12}: Layer already exists", RegexOptions.Multiline).Count;
        List<(string Digest, long Size)> layers = ManifestLayers("v2");
        Assert.HasCount(layers.Count, _freshRunnerLayers);
        int app = layers.Count - 2;  // the last is WORKDIR's, empty
        string Short(int index) => _freshRunnerLayers[index]["sha256:".Length..][..12];
        long appSize = layers[app].Size;
        long uploaded = Enumerable.Range(0, layers.Count).Where(index => pushed.Contains(Short(index))).Sum(index => layers[index].Size);

        Console.WriteLine($"fresh runner push: {pushed.Length} layer(s) uploaded ({uploaded} bytes compressed), {existing} already in the registry; the app layer is {appSize} bytes compressed; ratio {(double)uploaded / appSize:F3}");
        CollectionAssert.AreEqual(new[] { Short(app) }, pushed, "only the app's layer is uploaded: " + _freshRunnerPush.StandardOutput);
        Assert.AreEqual(layers.Count - 1, existing, "every other layer already exists in the registry");
        Assert.IsLessThanOrEqualTo(1.05, (double)uploaded / appSize);
    }

    [TestMethod]
    public void TheHermeticImage_HoldsTheSbomOfItsOwnRestore_WhereItsLabelSays_TheSameBytesAsTheHostFedImages()
    {
        RequireBuilds();
        string path = Docker.Inspect(First.Reference).GetProperty("Config").GetProperty("Labels").GetProperty("dev.containerize.sbom").GetString()!;
        Assert.AreEqual("/app/sbom.cdx.json", path);
        string hermetic = Sbom(First.Reference, path);
        using JsonDocument bom = JsonDocument.Parse(hermetic);

        Assert.AreEqual("1.6", bom.RootElement.GetProperty("specVersion").GetString());
        Assert.AreEqual("App", bom.RootElement.GetProperty("metadata").GetProperty("component").GetProperty("name").GetString());
        CollectionAssert.AreEqual(new[] { "pkg:nuget/Humanizer.Core@2.14.1" }, Purls(bom), "the package Greetings brings; not Containerize.Sdk, a build-time tool");
        Assert.AreEqual(hermetic, Sbom(HostFed.Reference, path), "the host's SBOM, staged with its output, is the container's");
        Assert.AreEqual(hermetic, File.ReadAllText(Path.Combine(Path.GetDirectoryName(_published!.GeneratedDockerfilePath())!, "sbom.cdx.json")), "the SBOM beside the Dockerfile");
    }

    /// <summary>The CycloneDX project's own .NET tool, run on the same project, lists the same packages with the same hashes.</summary>
    [TestMethod]
    public void TheSbomsPackages_AreTheOnesAnIndependentGeneratorFinds()
    {
        RequireBuilds();
        string tools = Path.Combine(_published!.Root, "tools");
        ProcessResult install = ProcessRunner.Run("dotnet", new[] { "tool", "install", "--tool-path", tools, "CycloneDX", "--version", "6.3.1" }, TimeSpan.FromMinutes(3));
        Assert.IsTrue(install.Succeeded, install.Describe());
        string output = Path.Combine(_published.Root, "cyclonedx");
        ProcessResult generate = ProcessRunner.Run(
            Path.Combine(tools, "dotnet-CycloneDX"),
            new[] { _published.PathOf(MultiProjectSample.AppProject), "--output", output, "--output-format", "Json", "--exclude-dev", "--disable-package-restore", "--spec-version", "1.6" },
            TimeSpan.FromMinutes(3));
        Assert.IsTrue(generate.Succeeded, generate.Describe());

        using JsonDocument theirs = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "bom.json")));
        using JsonDocument ours = JsonDocument.Parse(Sbom(First.Reference, "/app/sbom.cdx.json"));
        CollectionAssert.AreEqual(PackagesWithHashes(theirs), PackagesWithHashes(ours));
    }

    private static string Sbom(string image, string path)
    {
        ProcessResult cat = Docker.RunEntrypoint(image, "cat", path);
        Assert.IsTrue(cat.Succeeded, cat.Describe());
        return cat.StandardOutput.Replace("\r\n", "\n") + (cat.StandardOutput.EndsWith('\n') ? "" : "\n");
    }

    private static string[] Purls(JsonDocument bom) =>
        bom.RootElement.GetProperty("components").EnumerateArray()
            .Where(component => component.GetProperty("type").GetString() == "library")
            .Select(component => component.GetProperty("purl").GetString()!)
            .OrderBy(purl => purl, StringComparer.Ordinal)
            .ToArray();

    private static string[] PackagesWithHashes(JsonDocument bom) =>
        bom.RootElement.GetProperty("components").EnumerateArray()
            .Where(component => component.GetProperty("type").GetString() == "library")
            .Select(component => component.GetProperty("purl").GetString() + " " + string.Join(",", component.GetProperty("hashes").EnumerateArray()
                .Where(hash => hash.GetProperty("alg").GetString() == "SHA-512")
                .Select(hash => hash.GetProperty("content").GetString()!.ToLowerInvariant())))
            .OrderBy(entry => entry, StringComparer.Ordinal)
            .ToArray();

    private static IReadOnlyList<string> Layers(string image) =>
        Docker.Inspect(image).GetProperty("RootFS").GetProperty("Layers").EnumerateArray().Select(layer => layer.GetString()!).ToList();

    /// <summary>The compressed layers of the pushed manifest, as the registry holds them.</summary>
    private static List<(string Digest, long Size)> ManifestLayers(string tag)
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://" + LocalRegistry.Address + "/v2/") };
        using var request = new HttpRequestMessage(HttpMethod.Get, Repository + "/manifests/" + tag);
        request.Headers.Accept.ParseAdd("application/vnd.docker.distribution.manifest.v2+json");
        using HttpResponseMessage response = http.Send(request);
        using JsonDocument manifest = JsonDocument.Parse(response.Content.ReadAsStringAsync().Result);
        return manifest.RootElement.GetProperty("layers").EnumerateArray()
            .Select(layer => (layer.GetProperty("digest").GetString()!, layer.GetProperty("size").GetInt64()))
            .ToList();
    }

    private static void RequireBuilds()
    {
        Assert.IsNotNull(_publish, "The class setup did not publish.");
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
        Assert.IsNotNull(_firstBuild);
        Assert.IsTrue(_firstBuild.Succeeded, _firstBuild.Describe());
    }
}
