using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.Images
{
    /// <summary>
    /// The JSON that maps each base image reference to its registry digest: the lock file beside the project
    /// (ContainerizeBaseImageLockFile, read when ContainerizePinBaseImages is true) and the record of what a build used,
    /// base-images.json beside the Dockerfile, where a digest is null when it is not known. One format, so a record can
    /// be committed as a lock.
    /// </summary>
    public static class BaseImageLock
    {
        public const string FileName = "base-images.lock.json";

        public const string RecordFileName = "base-images.json";

        public const int Version = 1;

        private const string ImagesMember = "baseImages";

        /// <summary>The entries sorted by reference, so the same images give the same bytes.</summary>
        public static string Text(IEnumerable<KeyValuePair<string, string?>> digests)
        {
            var text = new StringBuilder();
            text.Append("{\n  \"version\": ").Append(Version).Append(",\n  \"").Append(ImagesMember).Append("\": {");
            bool first = true;
            foreach (KeyValuePair<string, string?> entry in digests.OrderBy(entry => entry.Key, StringComparer.Ordinal))
            {
                text.Append(first ? "\n    " : ",\n    ").Append(JsonFile.Quote(entry.Key)).Append(": ").Append(entry.Value == null ? "null" : JsonFile.Quote(entry.Value));
                first = false;
            }

            text.Append(first ? "}\n}\n" : "\n  }\n}\n");
            return text.ToString();
        }

        /// <summary>Each reference and its digest (null when the file records none).</summary>
        /// <exception cref="FormatException">The text is not such a file, or a digest is not sha256:&lt;64 hex digits&gt;.</exception>
        public static IReadOnlyDictionary<string, string?> Parse(byte[] json)
        {
            XElement root = JsonFile.Parse(json);
            string? version = JsonFile.Member(root, "version")?.Value;
            if (version != Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                throw new FormatException("its \"version\" is " + (version ?? "missing") + ", and this version of Containerize.Sdk reads version " + Version);
            }

            XElement? images = JsonFile.Member(root, ImagesMember);
            if (!JsonFile.IsObject(images))
            {
                throw new FormatException("it has no \"" + ImagesMember + "\" object");
            }

            var digests = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (XElement entry in JsonFile.Members(images))
            {
                string reference = JsonFile.Key(entry);
                string? digest = (string?)entry.Attribute("type") == "null" ? null : entry.Value;
                if (digest != null && !BaseImageDigests.IsDigest(digest))
                {
                    throw new FormatException("the digest of " + reference + " is '" + digest + "', not sha256: and 64 hexadecimal digits");
                }

                digests[reference] = digest;
            }

            return digests;
        }
    }
}
