using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Containerize.Sdk.Files;
using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.UpToDate
{
    /// <summary>
    /// A description, one line per input, of what an image build reads: the Dockerfile's text, the .dockerignore the builder applies, each file
    /// of the build context it does not leave out (path, size and modification time, as BuildKit itself compares files
    /// between builds), the builder and its options, the image references, and this task assembly's own identity (a new
    /// Containerize.Sdk may write a different image from the same inputs). Equal fingerprints mean the builder would
    /// get the same inputs as last time; the lines that differ say what changed.
    /// </summary>
    public static class BuildFingerprint
    {
        private const string Format = "containerize-fingerprint 1";

        private const string SettingPrefix = "setting\t";

        public static string Describe(BuildFingerprintInputs inputs)
        {
            var text = new StringBuilder();
            text.Append(Format).Append('\n');
            text.Append("tool\t").Append(typeof(BuildFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
            text.Append("builder\t").Append(inputs.BuilderPath).Append('\t').Append(inputs.BuildMode.ToLowerInvariant()).Append('\n');
            text.Append("dockerfile\t").Append(Path.GetFullPath(inputs.DockerfilePath)).Append('\t').Append(Sha256(File.ReadAllBytes(inputs.DockerfilePath))).Append('\n');
            foreach (string setting in inputs.Settings)
            {
                text.Append(SettingPrefix).Append(setting.Replace('\n', ' ')).Append('\n');
            }

            string context = Path.GetFullPath(inputs.ContextDirectory);
            text.Append("context\t").Append(context).Append('\n');
            string? ignoreFile = IgnoreFile(inputs.DockerfilePath, context, inputs.BuildMode);
            DockerignorePatterns patterns = DockerignorePatterns.None;
            if (ignoreFile != null)
            {
                string ignoreText = File.ReadAllText(ignoreFile);
                patterns = DockerignorePatterns.Parse(ignoreText);
                text.Append("ignore\t").Append(ignoreFile).Append('\t').Append(Sha256(Encoding.UTF8.GetBytes(ignoreText))).Append('\n');
            }

            foreach (KeyValuePair<string, FileInfo> file in ContextFiles(context, patterns))
            {
                text.Append("file\t").Append(file.Key)
                    .Append('\t').Append(file.Value.Length.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(file.Value.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture))
                    .Append('\n');
            }

            return text.ToString();
        }

        /// <summary>The rest of each setting of a description that starts with the prefix (as CheckImageUpToDate's "image ").</summary>
        public static IReadOnlyList<string> Settings(string description, string prefix)
        {
            var values = new List<string>();
            foreach (string line in description.Split('\n'))
            {
                if (line.StartsWith(SettingPrefix + prefix, StringComparison.Ordinal))
                {
                    values.Add(line.Substring(SettingPrefix.Length + prefix.Length));
                }
            }

            return values;
        }

        /// <summary>Up to count lines of one description that the other lacks, each side, for a message.</summary>
        public static IReadOnlyList<string> Differences(string before, string after, int count)
        {
            var old = new HashSet<string>(before.Split('\n'), StringComparer.Ordinal);
            var now = new HashSet<string>(after.Split('\n'), StringComparer.Ordinal);
            return old.Where(line => !now.Contains(line)).Select(line => "was: " + line)
                .Concat(now.Where(line => !old.Contains(line)).Select(line => "now: " + line))
                .Take(count)
                .ToList();
        }

        /// <summary>
        /// The ignore file the builder applies: with BuildKit (and podman) the Dockerfile's own &lt;Dockerfile&gt;.dockerignore
        /// when it exists, else the context root's .dockerignore; the legacy builder reads only the context root's.
        /// </summary>
        public static string? IgnoreFile(string dockerfilePath, string contextDirectory, string buildMode)
        {
            string own = Dockerignore.BesideDockerfile(Path.GetFullPath(dockerfilePath));
            if (!string.Equals(buildMode, "legacy", StringComparison.OrdinalIgnoreCase) && File.Exists(own))
            {
                return own;
            }

            string root = Path.Combine(contextDirectory, ".dockerignore");
            return File.Exists(root) ? root : null;
        }

        /// <summary>
        /// The context's files the builder receives; an ignored folder is not walked unless an exception could bring a file
        /// inside it back, so a large folder the .dockerignore leaves out costs nothing.
        /// </summary>
        public static IEnumerable<KeyValuePair<string, FileInfo>> ContextFiles(string contextDirectory, DockerignorePatterns patterns)
        {
            Func<string, bool> enter = folder => !patterns.IsIgnored(folder) || patterns.MayAdmitInside(folder);
            return FileTree.Files(contextDirectory, enter).Where(file => !patterns.IsIgnored(file.Key));
        }

        private static string Sha256(byte[] bytes)
        {
            using (SHA256 sha = SHA256.Create())
            {
                return string.Concat(sha.ComputeHash(bytes).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>Everything an image build depends on that the fingerprint covers.</summary>
    public sealed class BuildFingerprintInputs
    {
        public string DockerfilePath { get; set; } = "";

        public string ContextDirectory { get; set; } = "";

        /// <summary>buildx, buildkit, legacy or podman: decides which .dockerignore the builder reads.</summary>
        public string BuildMode { get; set; } = "";

        public string BuilderPath { get; set; } = "";

        /// <summary>The rest of the build command, one entry each: image references, build arguments, platform, extra arguments.</summary>
        public IReadOnlyList<string> Settings { get; set; } = new string[0];
    }
}
