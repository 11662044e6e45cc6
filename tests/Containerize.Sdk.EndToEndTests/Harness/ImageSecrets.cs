using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>Asserts that secrets are in no layer, no image config and no history entry of an image.</summary>
internal static class ImageSecrets
{
    public static void AssertNotInHistory(DockerClient docker, string image, params string[] secrets)
    {
        string history = docker.RunChecked("history", "--no-trunc", "--format", "{{.CreatedBy}} {{.Comment}}", image);

        Assert.IsGreaterThan(0, history.Trim().Length, "docker history printed nothing for " + image);
        foreach (string secret in secrets)
        {
            Assert.DoesNotContain(secret, history);
        }
    }

    /// <summary>docker save into scratchFolder, then every file of every layer (and the image config) searched for the secrets.</summary>
    public static void AssertNotInSavedImage(DockerClient docker, string image, string scratchFolder, params string[] secrets)
    {
        string archive = Path.Combine(scratchFolder, Guid.NewGuid().ToString("N") + ".tar");
        try
        {
            docker.Save(image, archive);
            byte[][] needles = secrets.Select(Encoding.UTF8.GetBytes).ToArray();
            int layers = 0;
            using FileStream stream = File.OpenRead(archive);
            using var reader = new TarReader(stream);
            while (reader.GetNextEntry() is TarEntry entry)
            {
                if (entry.DataStream == null)
                {
                    continue;
                }

                if (entry.Name.EndsWith(".tar", StringComparison.Ordinal) || entry.Name.Contains("blobs/", StringComparison.Ordinal))
                {
                    layers++;
                }

                Assert.IsFalse(StreamContains(entry.DataStream, needles), $"A secret is in {entry.Name} of docker save {image}.");
            }

            Assert.IsGreaterThan(0, layers, "docker save " + image + " held no layers: the search proved nothing.");
        }
        finally
        {
            File.Delete(archive);
        }
    }

    /// <summary>Searches a stream chunk by chunk (layers are hundreds of MB), a gzip-compressed one decompressed.</summary>
    private static bool StreamContains(Stream data, byte[][] needles)
    {
        byte[] buffer = new byte[1 << 20];
        int longest = needles.Max(needle => needle.Length);
        int carried = 0;
        bool first = true;
        while (true)
        {
            int read = data.Read(buffer, carried, buffer.Length - carried);
            if (read == 0)
            {
                return false;
            }

            int total = carried + read;
            if (first && total >= 2 && buffer[0] == 0x1f && buffer[1] == 0x8b)
            {
                var compressed = new MemoryStream();
                compressed.Write(buffer, 0, total);
                data.CopyTo(compressed);
                compressed.Position = 0;
                using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
                return StreamContains(gzip, needles);
            }

            first = false;
            if (needles.Any(needle => buffer.AsSpan(0, total).IndexOf(needle) >= 0))
            {
                return true;
            }

            // Keep the end of this chunk: a secret may straddle two reads.
            carried = Math.Min(longest - 1, total);
            Array.Copy(buffer, total - carried, buffer, 0, carried);
        }
    }
}
