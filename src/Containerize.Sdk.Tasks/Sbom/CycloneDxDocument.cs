using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.Sbom
{
    /// <summary>What the SBOM describes: the app, its runtime packages and the image it runs on.</summary>
    public sealed class SbomSubject
    {
        public string AppName { get; init; } = "";

        public string? AppVersion { get; init; }

        /// <summary>The commit the app was built from (SourceRevisionId), when known.</summary>
        public string? Revision { get; init; }

        public IReadOnlyList<NuGetPackage> Packages { get; init; } = new NuGetPackage[0];

        /// <summary>The final stage's base image reference, as the Dockerfile names it.</summary>
        public string BaseImage { get; init; } = "";

        public string ToolVersion { get; init; } = "";
    }

    /// <summary>
    /// The SBOM as a CycloneDX 1.6 JSON document (docs/supply-chain.md says why CycloneDX). The same subject always gives
    /// the same bytes: no timestamp, no random serial number, members and components in a fixed order, so the SBOM does
    /// not change a layer that nothing else changed.
    /// </summary>
    public static class CycloneDxDocument
    {
        public const string SpecVersion = "1.6";

        /// <summary>The SBOM's file name, in the image's working directory and beside the generated Dockerfile.</summary>
        public const string FileName = "sbom.cdx.json";

        /// <summary>Where the container's publish writes the SBOM (the build stage's publish folder), and the base image it names.</summary>
        public const string FileProperty = "_ContainerizeSbomFile";

        public const string BaseImageProperty = "_ContainerizeSbomBaseImage";

        /// <summary>The label that names the SBOM's path in the image.</summary>
        public const string Label = "dev.containerize.sbom";

        public static string Write(SbomSubject subject)
        {
            var text = new StringBuilder();
            text.Append("{\n");
            text.Append("  \"bomFormat\": \"CycloneDX\",\n");
            text.Append("  \"specVersion\": \"").Append(SpecVersion).Append("\",\n");
            text.Append("  \"version\": 1,\n");
            text.Append("  \"metadata\": {\n");
            text.Append("    \"tools\": {\n      \"components\": [\n        ");
            Component(text, "        ", "application", null, "Containerize.Sdk", subject.ToolVersion, null, null, null);
            text.Append("\n      ]\n    },\n");
            text.Append("    \"component\": ");
            Component(text, "    ", "application", "app", subject.AppName, subject.AppVersion, null, null, subject.Revision);
            text.Append("\n  },\n");

            text.Append("  \"components\": [");
            bool first = true;
            foreach (NuGetPackage package in subject.Packages)
            {
                text.Append(first ? "\n    " : ",\n    ");
                first = false;
                string purl = "pkg:nuget/" + Uri.EscapeDataString(package.Id) + "@" + Uri.EscapeDataString(package.Version);
                Component(text, "    ", "library", purl, package.Id, package.Version, purl, Hex(package.Sha512), null);
            }

            if (subject.BaseImage.Length > 0)
            {
                text.Append(first ? "\n    " : ",\n    ");
                first = false;
                (string name, string? version) = ImageNameAndVersion(subject.BaseImage);
                Component(text, "    ", "container", "base-image", name, version, null, null, null);
            }

            text.Append(first ? "]\n" : "\n  ]\n");
            text.Append("}\n");
            return text.ToString();
        }

        /// <summary>The repository and the tag or digest of an image reference.</summary>
        public static (string Name, string? Version) ImageNameAndVersion(string reference)
        {
            int at = reference.IndexOf('@');
            if (at > 0)
            {
                return (Images.BaseImageDigests.RepositoryOf(reference), reference.Substring(at + 1));
            }

            int colon = reference.LastIndexOf(':');
            return colon > reference.LastIndexOf('/') ? (reference.Substring(0, colon), reference.Substring(colon + 1)) : (reference, null);
        }

        private static void Component(StringBuilder text, string indent, string type, string? bomRef, string name, string? version, string? purl, string? sha512Hex, string? revision)
        {
            var members = new List<string> { "\"type\": " + JsonFile.Quote(type) };
            if (bomRef != null)
            {
                members.Add("\"bom-ref\": " + JsonFile.Quote(bomRef));
            }

            members.Add("\"name\": " + JsonFile.Quote(name));
            if (!string.IsNullOrEmpty(version))
            {
                members.Add("\"version\": " + JsonFile.Quote(version!));
            }

            if (sha512Hex != null)
            {
                members.Add("\"hashes\": [ { \"alg\": \"SHA-512\", \"content\": " + JsonFile.Quote(sha512Hex) + " } ]");
            }

            if (purl != null)
            {
                members.Add("\"purl\": " + JsonFile.Quote(purl));
            }

            if (!string.IsNullOrEmpty(revision))
            {
                members.Add("\"properties\": [ { \"name\": \"org.opencontainers.image.revision\", \"value\": " + JsonFile.Quote(revision!) + " } ]");
            }

            text.Append("{\n").Append(indent).Append("  ").Append(string.Join(",\n" + indent + "  ", members)).Append('\n').Append(indent).Append('}');
        }

        /// <summary>NuGet records the .nupkg's SHA-512 in base64; CycloneDX wants hex. Null for none or a value that is not base64.</summary>
        private static string? Hex(string? base64)
        {
            if (string.IsNullOrEmpty(base64))
            {
                return null;
            }

            try
            {
                byte[] bytes = Convert.FromBase64String(base64);
                return bytes.Length == 64 ? string.Concat(bytes.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture))) : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
