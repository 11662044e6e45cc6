using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// The org.opencontainers.image.* annotations generated from the project's properties (ContainerGenerateLabels=false
    /// turns them off). Project properties such as Description often span lines, which a label cannot: their blanks and
    /// line breaks collapse into single spaces rather than failing the build over a property the user never meant for
    /// the image.
    /// </summary>
    public static class OciLabels
    {
        public const string Prefix = "org.opencontainers.image.";
        public const string BaseName = Prefix + "base.name";
        public const string Created = Prefix + "created";

        /// <summary>The label suffixes read from the project, in the order they are written.</summary>
        public static IReadOnlyList<string> SourceNames { get; } = new[]
        {
            "title", "description", "version", "authors", "url", "source", "revision", "vendor", "licenses",
        };

        public static bool ShouldGenerate(string? value, Findings result)
        {
            string? text = value?.Trim();
            if (string.IsNullOrEmpty(text) || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            result.Diagnostics.Add(Errors.InvalidGenerateLabels(text!));
            return true;
        }

        /// <summary>The labels that stay the same from build to build: the project's metadata and the base image.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Stable(IReadOnlyList<NamedValue> sources, string baseImage)
        {
            var labels = new List<KeyValuePair<string, string>>();
            foreach (string name in SourceNames)
            {
                NamedValue? source = sources.LastOrDefault(item => string.Equals(item.Name, name, StringComparison.OrdinalIgnoreCase));
                string value = OneLine(source?.Value);
                if (value.Length > 0)
                {
                    labels.Add(new KeyValuePair<string, string>(Prefix + name, value));
                }
            }

            // A pinned base (ContainerizePinBaseImages, or a reference with its digest) gives its digest here, and its name
            // as a tagged one has it unpinned; an unpinned one gets its digest from the build (BuildContainerImage's
            // --label), when the engine knows it.
            string? digest = Images.BaseImageDigests.InReference(baseImage);
            string tagged = digest == null ? baseImage : Images.BaseImageDigests.WithoutDigest(baseImage);
            string baseName = Images.BaseImageDigests.RepositoryOf(tagged) == tagged ? baseImage : tagged;
            if (baseName.Length > 0)
            {
                labels.Add(new KeyValuePair<string, string>(BaseName, baseName));
            }

            if (digest != null)
            {
                labels.Add(new KeyValuePair<string, string>(Images.BaseImageDigests.DigestLabel, digest));
            }

            return labels;
        }

        /// <summary>org.opencontainers.image.created, which changes on every build and so is written last.</summary>
        /// <param name="created">ContainerizeCreated, written as it is.</param>
        /// <param name="sourceDateEpoch">SOURCE_DATE_EPOCH, seconds since 1970, when created is not set. Without either there is no created label, so the same inputs give the same Dockerfile.</param>
        public static IReadOnlyList<KeyValuePair<string, string>> Volatile(string? created, string? sourceDateEpoch)
        {
            string value = OneLine(string.IsNullOrWhiteSpace(created) ? FromEpoch(sourceDateEpoch) : created!.Trim());
            return value.Length == 0 ? new KeyValuePair<string, string>[0] : new[] { new KeyValuePair<string, string>(Created, value) };
        }

        private static string? FromEpoch(string? seconds) =>
            Slicing.ReproducibleLayers.ParseSourceDateEpoch(seconds) is long value
                ? Slicing.ReproducibleLayers.TimeOf(value).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)
                : null;

        private static string OneLine(string? value)
        {
            var text = new StringBuilder();
            bool blank = false;
            foreach (char c in value ?? "")
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    blank = text.Length > 0;
                    continue;
                }

                if (blank)
                {
                    text.Append(' ');
                    blank = false;
                }

                text.Append(c);
            }

            return text.ToString();
        }
    }
}
