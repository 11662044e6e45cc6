using System.Text.RegularExpressions;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// One console app published once with ContainerRegistry=127.0.0.1:5000, two tags and ContainerArchiveOutputPath: the
/// registry holds both tags under the digest the build reports, the image pulls back by that digest after the local
/// copy is removed, and the archive is one that docker load accepts.
/// </summary>
[TestClass]
public sealed class PushTests
{
    private const string Line = "Hello from the pushed image";
    private static readonly string[] Tags = { "first", "second" };

    private static TestProject? _project;
    private static LocalRegistry? _registry;
    private static string? _repository;
    private static string? _archiveFolder;
    private static ProcessResult? _publish;

    private static DockerClient Docker => DockerClient.Instance;

    private static string ImageName => LocalRegistry.Address + "/" + _repository;

    [ClassInitialize]
    public static void PublishOnce(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _registry = LocalRegistry.Require();
        _project = TestProject.Create(AppKind.Console, $"Console.WriteLine(\"{Line}\");\n");
        _repository = "containerize-e2e/push-" + Guid.NewGuid().ToString("N")[..8];

        // Outside the repository: a 400 MB archive must not land in any build context under artifacts/.
        _archiveFolder = Path.Combine(Path.GetTempPath(), "ctz-e2e-archive-" + Guid.NewGuid().ToString("N")) + Path.DirectorySeparatorChar;
        _publish = ContainerizePublish.Run(_project.ProjectPath, new[]
        {
            "ContainerRegistry=" + LocalRegistry.Address,
            "ContainerRepository=" + _repository,
            BuilderPublish.List("ContainerImageTags", Tags),
            "ContainerArchiveOutputPath=" + _archiveFolder,
        });
    }

    [ClassCleanup]
    public static void RemoveImagesRegistryContentAndProject()
    {
        string? digest = _project != null ? RecordedDigestOrNull() : null;
        if (_repository != null)
        {
            foreach (string tag in Tags)
            {
                Docker.RemoveImage(ImageName + ":" + tag);
            }

            if (digest != null)
            {
                Docker.RemoveImage(ImageName + "@" + digest);
                _registry?.Delete(_repository, digest);
            }
        }

        _registry?.Dispose();
        if (_archiveFolder != null && Directory.Exists(_archiveFolder))
        {
            Directory.Delete(_archiveFolder, recursive: true);
        }

        Docker.RemoveProject(_project);
    }

    [TestMethod]
    public void TheRegistryHoldsEveryTagUnderTheRecordedDigest()
    {
        string digest = RecordedDigest();

        CollectionAssert.AreEquivalent(Tags, _registry!.Tags(_repository!).ToArray());
        foreach (string tag in Tags)
        {
            Assert.AreEqual(digest, _registry.Digest(_repository!, tag), tag);
        }
    }

    [TestMethod]
    public void TheSummaryLineNamesTagsImageSizeAndDigest()
    {
        string digest = RecordedDigest();

        string pattern = $@"Containerize: built and pushed {Regex.Escape(ImageName)} with tags first, second \(image [0-9a-f]{{12}}, [0-9.]+ MB, digest {Regex.Escape(digest)}\) in [0-9.]+ s";
        Assert.MatchesRegex(pattern, _publish!.StandardOutput);
    }

    [TestMethod]
    public void TheImagePullsBackByDigestAfterTheLocalCopyIsRemoved()
    {
        string digest = RecordedDigest();
        RemoveLocalImage(digest);

        Docker.RunChecked("pull", ImageName + "@" + digest);
        ProcessResult run = Docker.RunToEnd(ImageName + "@" + digest);

        Assert.IsTrue(run.Succeeded, run.Describe());
        Assert.AreEqual(Line, run.StandardOutput.Trim());
    }

    [TestMethod]
    public void TheArchiveIsOneDockerLoadAcceptsWithEveryTag()
    {
        string archive = Path.Combine(_archiveFolder!, _repository!.Split('/').Last() + ".tar");
        RemoveLocalImage(RecordedDigest());
        Assert.IsTrue(File.Exists(archive), $"No archive {archive} after:{Environment.NewLine}{_publish!.Describe()}");
        Assert.Contains("Containerize: wrote " + archive, _publish!.StandardOutput);

        string loaded = Docker.RunChecked("load", "--input", archive);

        foreach (string tag in Tags)
        {
            Assert.Contains("Loaded image: " + ImageName + ":" + tag, loaded);
        }

        ProcessResult run = Docker.RunToEnd(ImageName + ":" + Tags[0]);
        Assert.IsTrue(run.Succeeded, run.Describe());
        Assert.AreEqual(Line, run.StandardOutput.Trim());
    }

    private static void RemoveLocalImage(string digest)
    {
        foreach (string tag in Tags)
        {
            Docker.RemoveImage(ImageName + ":" + tag);
        }

        Docker.RemoveImage(ImageName + "@" + digest);
        Assert.IsFalse(Docker.ImageExists(ImageName + ":" + Tags[0]), "The local image is still there.");
    }

    /// <summary>The digest the publish wrote under obj/, failing the test with the publish output when there is none.</summary>
    private static string RecordedDigest()
    {
        Assert.IsNotNull(_publish);
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
        string? digest = RecordedDigestOrNull();
        Assert.IsNotNull(digest, "No image-digest.txt after:" + Environment.NewLine + _publish.Describe());
        Assert.MatchesRegex("^sha256:[0-9a-f]{64}$", digest);
        return digest;
    }

    private static string? RecordedDigestOrNull()
    {
        string obj = Path.Combine(_project!.Directory, "obj");
        string? path = Directory.Exists(obj) ? Directory.GetFiles(obj, "image-digest.txt", SearchOption.AllDirectories).SingleOrDefault() : null;
        return path == null ? null : File.ReadAllText(path).Trim();
    }
}
