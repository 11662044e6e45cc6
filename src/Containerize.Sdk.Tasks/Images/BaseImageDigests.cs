using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Files;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Images
{
    /// <summary>
    /// The registry digest of each base image a build uses (docs/supply-chain.md): written in the reference when it is
    /// pinned; else the engine's RepoDigests for the tag, which only an image pulled from a registry has; else, for an
    /// image BuildKit pulled during the build (it keeps such images out of the engine's image list), the digest its
    /// progress output names in the FROM step.
    /// </summary>
    public static class BaseImageDigests
    {
        public const string DigestLabel = "org.opencontainers.image.base.digest";

        public const string RepoDigestsFormat = "{{json .RepoDigests}}";

        private static readonly TimeSpan InspectTimeout = TimeSpan.FromSeconds(30);

        private static readonly Regex Digest = new Regex("^sha256:[0-9a-f]{64}$", RegexOptions.CultureInvariant);

        // BuildKit's plain progress: "#4 [1/2] FROM 127.0.0.1:5000/dotnet/aspnet:10.0@sha256:…".
        private static readonly Regex BuildKitFrom = new Regex(@"\bFROM (\S+)@(sha256:[0-9a-f]{64})\b", RegexOptions.CultureInvariant);

        public static bool IsDigest(string value) => Digest.IsMatch(value);

        /// <summary>The digest written in a reference (name[:tag]@sha256:…); null when it has none.</summary>
        public static string? InReference(string reference)
        {
            int at = reference.IndexOf('@');
            return at >= 0 && IsDigest(reference.Substring(at + 1)) ? reference.Substring(at + 1) : null;
        }

        /// <summary>name[:tag]@digest.</summary>
        public static string Pinned(string reference, string digest) => reference + "@" + digest;

        /// <summary>
        /// The images the Dockerfile's FROM lines start from, in order, without stage names, scratch and references made
        /// of build arguments; the last is the final stage's.
        /// </summary>
        public static IReadOnlyList<string> FromLines(string dockerfileText)
        {
            var stages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var images = new List<string>();
            foreach (string line in dockerfileText.Split('\n'))
            {
                string[] words = line.Trim().Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < 2 || !string.Equals(words[0], "FROM", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string[] rest = words.Skip(1).SkipWhile(word => word.StartsWith("--", StringComparison.Ordinal)).ToArray();
                if (rest.Length == 0)
                {
                    continue;
                }

                string image = rest[0];
                if (!stages.Contains(image) && image.IndexOf('$') < 0 && !string.Equals(image, "scratch", StringComparison.OrdinalIgnoreCase))
                {
                    images.Remove(image);
                    images.Add(image);
                }

                if (rest.Length >= 3 && string.Equals(rest[1], "AS", StringComparison.OrdinalIgnoreCase))
                {
                    stages.Add(rest[2]);
                }
            }

            return images;
        }

        /// <summary>
        /// Before the build: each image's digest, as its reference names it or the engine knows it. The final stage's
        /// image is pulled first when the engine does not have it (the build pulls it all the same, and BuildKit would
        /// keep it out of the engine's list) or when pull asks for a newer one, so its digest can label the image; never
        /// for several platforms at once, whose images differ.
        /// </summary>
        /// <param name="images">FromLines of the Dockerfile.</param>
        /// <param name="platform">The one target platform, or null for the engine's own.</param>
        /// <param name="pullFinal">Whether the final stage's image may be pulled.</param>
        /// <param name="pull">ContainerizePull: ask for a newer final image even when the engine has one.</param>
        /// <param name="run">Runs a client command (ProbeOutput.Run unless a test replaces it).</param>
        /// <param name="decisions">What was found, for low-importance messages.</param>
        public static Dictionary<string, string?> BeforeBuild(
            ContainerClient client, IReadOnlyList<string> images, string? platform, bool pullFinal, bool pull, TimeSpan pullTimeout,
            Func<ClientCommand, TimeSpan, ProbeOutput> run, List<string> decisions)
        {
            var digests = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (string image in images)
            {
                if (InReference(image) is string pinned)
                {
                    digests[image] = pinned;
                    continue;
                }

                bool mayPull = image == images[images.Count - 1] && pullFinal;
                ProbeOutput? inspect = mayPull && pull ? null : run(Inspect(client, image), InspectTimeout);
                if (mayPull && inspect?.ExitCode != 0)
                {
                    ProbeOutput pulled = run(Pull(client, image, platform), pullTimeout);
                    decisions.Add(pulled.ExitCode == 0 ? "pulled " + image + " before the build, for its digest" : "pulling " + image + " failed (" + pulled.Problem(pullTimeout) + "); the build tries again");
                    inspect = pulled.ExitCode == 0 ? run(Inspect(client, image), InspectTimeout) : inspect;
                }

                digests[image] = inspect?.ExitCode == 0 ? FromRepoDigests(inspect.StandardOutput, image) : null;
                decisions.Add(image + (digests[image] is string digest ? " is " + digest : inspect?.ExitCode == 0 ? " has no registry digest in the engine (it was built or loaded locally)" : " is not in the engine before the build"));
            }

            return digests;
        }

        /// <summary>
        /// After the build: the digests still unknown, from the engine (podman and the legacy builder keep what they
        /// pulled) or from BuildKit's FROM steps.
        /// </summary>
        public static void AfterBuild(
            ContainerClient client, Dictionary<string, string?> digests, IReadOnlyList<string> buildOutput,
            Func<ClientCommand, TimeSpan, ProbeOutput> run, List<string> decisions)
        {
            foreach (string image in digests.Where(entry => entry.Value == null).Select(entry => entry.Key).ToList())
            {
                string? digest = FromBuildOutput(buildOutput, image) ?? FromEngine(client, image, run);
                if (digest != null)
                {
                    digests[image] = digest;
                    decisions.Add(image + " is " + digest + ", as the build pulled it");
                }
            }
        }

        /// <summary>
        /// ContainerizeLockBaseImages: each image pulled (on purpose: the point is the registry's current digest for the
        /// tag), then its digest from the engine. An image that cannot be pulled, or has no registry digest, is an error.
        /// </summary>
        public static Dictionary<string, string?> Lock(
            ContainerClient client, IEnumerable<string> images, TimeSpan pullTimeout, Func<ClientCommand, TimeSpan, ProbeOutput> run, List<ContainerizeDiagnostic> problems)
        {
            var digests = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (string image in images.Where(image => InReference(image) == null).Distinct(StringComparer.Ordinal))
            {
                ProbeOutput pulled = run(Pull(client, image, null), pullTimeout);
                if (pulled.ExitCode != 0)
                {
                    problems.Add(Errors.BaseImagePullFailed(image, pulled.Problem(pullTimeout)));
                    continue;
                }

                digests[image] = FromEngine(client, image, run);
                if (digests[image] == null)
                {
                    problems.Add(Errors.BaseImageWithoutRegistryDigest(image));
                }
            }

            return digests;
        }

        private static string? FromEngine(ContainerClient client, string image, Func<ClientCommand, TimeSpan, ProbeOutput> run)
        {
            ProbeOutput inspect = run(Inspect(client, image), InspectTimeout);
            return inspect.ExitCode == 0 ? FromRepoDigests(inspect.StandardOutput, image) : null;
        }

        /// <summary>For the summary line: each image with the start of its digest, or that it has none.</summary>
        public static string Summary(IReadOnlyDictionary<string, string?> digests) =>
            string.Join(", ", digests.Select(entry => entry.Value == null ? entry.Key + " (no registry digest)" : WithoutDigest(entry.Key) + "@sha256:" + ImageDigests.Short(entry.Value)));

        /// <summary>The reference without its @digest: name[:tag].</summary>
        public static string WithoutDigest(string reference)
        {
            int at = reference.IndexOf('@');
            return at >= 0 ? reference.Substring(0, at) : reference;
        }

        public static ClientCommand Inspect(ContainerClient client, string reference) =>
            client.Command(new[] { "image", "inspect", "--format", RepoDigestsFormat, reference });

        public static ClientCommand Pull(ContainerClient client, string reference, string? platform) =>
            client.Command(string.IsNullOrEmpty(platform) ? new[] { "pull", reference } : new[] { "pull", "--platform", platform!, reference });

        /// <summary>
        /// The digest of the reference's repository among the engine's RepoDigests (["repository@sha256:…", …]); null
        /// when the image has none for it, as an image built or loaded locally has none.
        /// </summary>
        public static string? FromRepoDigests(string json, string reference)
        {
            string repository = Familiar(RepositoryOf(reference));
            foreach (string entry in JsonFile.StringArray(json) ?? new string[0])
            {
                int at = entry.IndexOf('@');
                if (at > 0 && Familiar(entry.Substring(0, at)) == repository && IsDigest(entry.Substring(at + 1)))
                {
                    return entry.Substring(at + 1);
                }
            }

            return null;
        }

        /// <summary>The digest BuildKit's FROM step names for the reference; null when the output names none.</summary>
        public static string? FromBuildOutput(IEnumerable<string> lines, string reference)
        {
            string name = Familiar(reference);
            foreach (string line in lines)
            {
                Match match = BuildKitFrom.Match(line);
                if (match.Success && Familiar(match.Groups[1].Value) == name)
                {
                    return match.Groups[2].Value;
                }
            }

            return null;
        }

        /// <summary>The reference without its tag and digest.</summary>
        public static string RepositoryOf(string reference)
        {
            string name = reference.IndexOf('@') is int at && at >= 0 ? reference.Substring(0, at) : reference;
            int colon = name.LastIndexOf(':');
            return colon > name.LastIndexOf('/') ? name.Substring(0, colon) : name;
        }

        /// <summary>The short form docker shows (alpine, not docker.io/library/alpine), so both spellings compare equal.</summary>
        private static string Familiar(string name)
        {
            string familiar = name.StartsWith("docker.io/", StringComparison.Ordinal) ? name.Substring("docker.io/".Length) : name;
            return familiar.StartsWith("library/", StringComparison.Ordinal) ? familiar.Substring("library/".Length) : familiar;
        }
    }
}
