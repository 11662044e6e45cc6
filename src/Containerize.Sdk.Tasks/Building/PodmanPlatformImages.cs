using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml.Linq;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Files;
using Containerize.Sdk.Images;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Building
{
    /// <summary>
    /// Podman images for a platform other than this machine's (docs/builders.md#multi-platform-images). Podman 4.3.1
    /// takes a base image's tag from its local store for every platform, so an arm64 build would start from the amd64
    /// image that tag names locally, and the image would not start (seen here). So the final stage of each platform's
    /// build starts from the base image's own image for that platform, named by its digest, which a temporary manifest
    /// list of the base reads from the registry; each platform gets its own Dockerfile beside the generated one
    /// (<c>Dockerfile.linux-arm64</c>, with its own copy of the ignore file). The build stage runs on this machine's platform: this podman does not set
    /// BUILDPLATFORM, so it is a build argument. Several platforms are then pushed as docker's are (PlatformImages), each
    /// under a tag of its own, and joined in one manifest list pushed under each of the image's tags.
    /// </summary>
    public static class PodmanPlatformImages
    {
        /// <summary>Whether a podman build asks for a platform this machine is not: only then is the base named by digest.</summary>
        public static bool Applies(BuildRequest request, string hostPlatform) =>
            request.Mode == BuildMode.Podman && request.Platforms.Any(platform => platform != hostPlatform);

        /// <summary>The Dockerfile of one platform's build, beside the generated one.</summary>
        public static string PlatformDockerfilePath(string dockerfilePath, string platform) =>
            dockerfilePath + "." + platform.Replace('/', '-');

        /// <summary>
        /// The Dockerfile's text with the final stage's FROM naming pinnedBase instead of finalBase; null when no FROM line
        /// names finalBase.
        /// </summary>
        public static string? PinFinalBase(string dockerfileText, string finalBase, string pinnedBase)
        {
            string[] lines = dockerfileText.Split('\n');
            for (int index = lines.Length - 1; index >= 0; index--)
            {
                string[] words = lines[index].Split(' ');
                if (words.Length < 2 || !string.Equals(words[0], "FROM", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                int image = Array.FindIndex(words, 1, word => !word.StartsWith("--", StringComparison.Ordinal));
                if (image > 0 && words[image] == finalBase)
                {
                    words[image] = pinnedBase;
                    lines[index] = string.Join(" ", words);
                    return string.Join("\n", lines);
                }
            }

            return null;
        }

        /// <summary>
        /// The digest of each platform's image in a manifest list, from <c>podman manifest inspect</c>: os/architecture,
        /// and os/architecture/variant where the list names a variant.
        /// </summary>
        public static IReadOnlyDictionary<string, string> DigestsByPlatform(string manifestListJson)
        {
            var digests = new Dictionary<string, string>(StringComparer.Ordinal);
            XElement list = JsonFile.Parse(Encoding.UTF8.GetBytes(manifestListJson));
            foreach (XElement manifest in JsonFile.Members(JsonFile.Member(list, "manifests")))
            {
                XElement? platform = JsonFile.Member(manifest, "platform");
                string? digest = JsonFile.Text(manifest, "digest");
                string? os = JsonFile.Text(platform, "os");
                string? architecture = JsonFile.Text(platform, "architecture");
                if (digest == null || os == null || architecture == null)
                {
                    continue;
                }

                string? variant = JsonFile.Text(platform, "variant");
                string name = os + "/" + architecture;
                if (!digests.ContainsKey(name))
                {
                    digests[name] = digest;
                }

                if (!string.IsNullOrEmpty(variant) && !digests.ContainsKey(name + "/" + variant))
                {
                    digests[name + "/" + variant] = digest;
                }
            }

            return digests;
        }

        /// <summary>One platform's build: its own Dockerfile, for that platform, the build stage on this machine's.</summary>
        public static BuildRequest ForPlatform(BuildRequest image, string platform, string hostPlatform, bool platformTag) => image with
        {
            Platforms = new[] { platform },
            DockerfilePath = PlatformDockerfilePath(image.DockerfilePath, platform),
            BuildArguments = image.BuildArguments.Concat(new[] { new KeyValuePair<string, string>("BUILDPLATFORM", hostPlatform) }).ToList(),
            ImageReferences = platformTag ? new[] { PlatformImages.PlatformReference(image.ImageReferences[0], platform) } : image.ImageReferences,
            PushFromBuilder = false,
            MetadataFile = null,
        };

        /// <summary><c>podman manifest push --all --digestfile F list docker://reference</c>: the list and every image it names.</summary>
        public static ClientCommand PushList(ContainerClient client, string list, string reference, string digestFile) =>
            client.Command(new[] { "manifest", "push", "--all", "--digestfile", digestFile, list, "docker://" + reference });

        /// <summary>
        /// Builds the image for each platform of the request from the base's own image for it; with several platforms,
        /// pushes each and joins them under each of the image's tags, so the outcome is a pushed image whose digest is
        /// the list's; with one, the image is in podman's store under the image's tags.
        /// </summary>
        public static ImageBuildOutcome Build(
            BuildRequest image,
            string dockerfileText,
            string hostPlatform,
            TimeSpan? timeout,
            Action<OutputLine> onLine,
            CancellationToken cancellationToken)
        {
            var stopwatch = Stopwatch.StartNew();
            TimeSpan commandTimeout = timeout ?? TimeSpan.FromMinutes(30);
            string? finalBase = BaseImageDigests.FromLines(dockerfileText).LastOrDefault();
            if (finalBase == null)
            {
                return Failed(Errors.PlatformBaseUnknown("(none)", image.Platforms, "the Dockerfile names no base image for its final stage"), stopwatch);
            }

            // A temporary local list of the base, to read each platform's digest from; removed whatever happens.
            string temporaryList = "localhost/containerize-base-platforms-" + Guid.NewGuid().ToString("N").Substring(0, 12);
            ProbeOutput listed;
            try
            {
                ProbeOutput created = ProbeOutput.Run(image.Client.Command(new[] { "manifest", "create", temporaryList }), commandTimeout);
                ProbeOutput added = created.ExitCode == 0
                    ? ProbeOutput.Run(image.Client.Command(new[] { "manifest", "add", "--all", temporaryList, "docker://" + finalBase }), commandTimeout)
                    : created;
                listed = added.ExitCode == 0 ? ProbeOutput.Run(image.Client.Command(new[] { "manifest", "inspect", temporaryList }), commandTimeout) : added;
            }
            finally
            {
                ProbeOutput.Run(image.Client.Command(new[] { "manifest", "rm", temporaryList }), commandTimeout);
            }

            if (listed.ExitCode != 0)
            {
                return Failed(Errors.PlatformBaseUnknown(finalBase, image.Platforms, listed.Problem(commandTimeout)), stopwatch);
            }

            IReadOnlyDictionary<string, string> digests;
            try
            {
                digests = DigestsByPlatform(listed.StandardOutput);
            }
            catch (FormatException exception)
            {
                return Failed(Errors.PlatformBaseUnknown(finalBase, image.Platforms, "podman manifest inspect printed no JSON: " + exception.Message), stopwatch);
            }

            bool several = image.IsMultiPlatform;
            var platformReferences = new List<string>();
            foreach (string platform in image.Platforms)
            {
                if (!digests.TryGetValue(platform, out string? digest))
                {
                    string has = digests.Count == 0 ? "no platform" : string.Join(", ", digests.Keys);
                    return Failed(Errors.PlatformBaseUnknown(finalBase, image.Platforms, "it has no image for " + platform + " (it has " + has + ")"), stopwatch);
                }

                string? pinned = PinFinalBase(dockerfileText, finalBase, BaseImageDigests.Pinned(BaseImageDigests.WithoutDigest(finalBase), digest));
                if (pinned == null)
                {
                    return Failed(Errors.PlatformBaseUnknown(finalBase, image.Platforms, "no FROM line of the Dockerfile names it"), stopwatch);
                }

                BuildRequest build = ForPlatform(image, platform, hostPlatform, platformTag: several);
                GeneratedFile.WriteIfChanged(build.DockerfilePath, pinned);

                // The builder reads the ignore file named after the Dockerfile: without it the context would bring the
                // host's obj/ (its project.assets.json for the host's runtime identifier) over the container's restore.
                string ignoreFile = Dockerignore.BesideDockerfile(image.DockerfilePath);
                if (File.Exists(ignoreFile))
                {
                    GeneratedFile.WriteIfChanged(Dockerignore.BesideDockerfile(build.DockerfilePath), File.ReadAllText(ignoreFile));
                }

                ImageBuildOutcome built = ImageBuild.Run(build, pinned, timeout, onLine, cancellationToken);
                if (!built.Succeeded || !several)
                {
                    return built;
                }

                platformReferences.Add(build.ImageReferences[0]);
            }

            ImageBuildOutcome? notPushed = PlatformImages.PushEach(image, BuilderKind.Podman, platformReferences, timeout, onLine, cancellationToken, stopwatch);
            if (notPushed != null)
            {
                return notPushed;
            }

            return JoinAndPush(image, platformReferences, timeout, onLine, cancellationToken, stopwatch);
        }

        private static ImageBuildOutcome JoinAndPush(
            BuildRequest image,
            IReadOnlyList<string> platformReferences,
            TimeSpan? timeout,
            Action<OutputLine> onLine,
            CancellationToken cancellationToken,
            Stopwatch stopwatch)
        {
            string list = "localhost/containerize-list-" + Guid.NewGuid().ToString("N").Substring(0, 12);
            string digestFile = Path.GetTempFileName();
            string? digest = null;
            try
            {
                var steps = new List<(ClientCommand Command, string Reference, bool Pushes)> { (image.Client.Command(new[] { "manifest", "create", list }), image.ImageReferences[0], false) };
                steps.AddRange(platformReferences.Select(reference => (image.Client.Command(new[] { "manifest", "add", list, "docker://" + reference }), image.ImageReferences[0], false)));
                steps.AddRange(image.ImageReferences.Select(reference => (PushList(image.Client, list, reference, digestFile), reference, true)));
                foreach ((ClientCommand command, string reference, bool pushes) in steps)
                {
                    ImageBuildOutcome? failed = PlatformImages.RunListCommand(image, command, reference, onLine, timeout, cancellationToken, stopwatch);
                    if (failed != null)
                    {
                        return failed;
                    }

                    // Every tag names the same list, so the first push's digest is the image's.
                    if (pushes && digest == null)
                    {
                        digest = ImageDigests.FromDigestFile(File.ReadAllText(digestFile));
                    }
                }
            }
            finally
            {
                ProcessRunner.Run(image.Client.Command(new[] { "manifest", "rm", list }), line => { }, timeout, CancellationToken.None);
                File.Delete(digestFile);
            }

            return PlatformImages.PushedList(image, digest, "podman manifest push wrote no digest to its --digestfile", stopwatch);
        }

        private static ImageBuildOutcome Failed(ContainerizeDiagnostic error, Stopwatch stopwatch) =>
            new ImageBuildOutcome { Error = error, Elapsed = stopwatch.Elapsed };
    }
}
