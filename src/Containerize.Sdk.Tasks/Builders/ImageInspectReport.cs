using System;
using System.Globalization;

namespace Containerize.Sdk.Builders
{
    /// <summary>What <c>image inspect --format '{{.Id}}|{{.Size}}'</c> says about the built image.</summary>
    public sealed class ImageInspectReport
    {
        private ImageInspectReport(string imageId, long sizeBytes)
        {
            ImageId = imageId;
            SizeBytes = sizeBytes;
        }

        /// <summary>The image id as the engine reports it: "sha256:…" from docker, bare hex from podman.</summary>
        public string ImageId { get; }

        public long SizeBytes { get; }

        /// <summary>The first 12 hex digits, as docker images shows them.</summary>
        public string ShortId
        {
            get
            {
                string hex = ImageId.StartsWith("sha256:", StringComparison.Ordinal) ? ImageId.Substring("sha256:".Length) : ImageId;
                return hex.Length > 12 ? hex.Substring(0, 12) : hex;
            }
        }

        /// <summary>Megabytes as docker counts them (10^6 bytes), to one decimal.</summary>
        public string SizeMegabytes => (SizeBytes / 1000000.0).ToString("0.0", CultureInfo.InvariantCulture);

        /// <returns>The report; null when the output is not an id and a size.</returns>
        public static ImageInspectReport? Parse(string standardOutput)
        {
            foreach (string line in standardOutput.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string[] parts = line.Trim().Split('|');
                if (parts.Length == 2 && parts[0].Length > 0 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long size))
                {
                    return new ImageInspectReport(parts[0], size);
                }
            }

            return null;
        }
    }
}
