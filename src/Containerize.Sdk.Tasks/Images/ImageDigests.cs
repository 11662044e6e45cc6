using System.Text.RegularExpressions;

namespace Containerize.Sdk.Images
{
    /// <summary>Reads the digest of a pushed image from what the clients print and write.</summary>
    public static class ImageDigests
    {
        private static readonly Regex PushedDigest = new Regex(@"\bdigest: (sha256:[0-9a-f]{64})\b", RegexOptions.CultureInvariant);

        private static readonly Regex BareDigest = new Regex(@"^\s*(sha256:[0-9a-f]{64})\s*$", RegexOptions.CultureInvariant);

        // buildx --metadata-file: {"containerimage.digest": "sha256:…", …}; the index digest for a multi-platform image.
        private static readonly Regex MetadataDigest = new Regex(@"""containerimage\.digest""\s*:\s*""(sha256:[0-9a-f]{64})""", RegexOptions.CultureInvariant);

        /// <summary>The digest in docker push's last line, "1.0: digest: sha256:… size: 1573"; null when there is none.</summary>
        public static string? FromPushLine(string line)
        {
            Match match = PushedDigest.Match(line);
            return match.Success ? match.Groups[1].Value : null;
        }

        /// <summary>The digest podman push --digestfile wrote; null when the text is not one.</summary>
        public static string? FromDigestFile(string text)
        {
            Match match = BareDigest.Match(text);
            return match.Success ? match.Groups[1].Value : null;
        }

        /// <summary>The image (or index) digest in a buildx metadata file; null when it holds none.</summary>
        public static string? FromBuildxMetadata(string json)
        {
            Match match = MetadataDigest.Match(json);
            return match.Success ? match.Groups[1].Value : null;
        }

        /// <summary>The 12 hex digits after "sha256:", as short ids are shown.</summary>
        public static string Short(string digest)
        {
            string hex = digest.StartsWith("sha256:", System.StringComparison.Ordinal) ? digest.Substring("sha256:".Length) : digest;
            return hex.Length > 12 ? hex.Substring(0, 12) : hex;
        }
    }
}
