using System.IO;
using System.Text;

namespace Containerize.Sdk.Files
{
    /// <summary>Writes generated files only when their content changed, so timestamps and incremental builds hold.</summary>
    public static class GeneratedFile
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

        /// <summary>Writes the text (UTF-8, no BOM) and returns true, or returns false when the file already holds it.</summary>
        public static bool WriteIfChanged(string path, string content)
        {
            byte[] bytes = Utf8NoBom.GetBytes(content);
            if (File.Exists(path) && BytesEqual(File.ReadAllBytes(path), bytes))
            {
                return false;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

            // Write beside and move, so a failure never leaves a half-written file.
            string temporary = path + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            File.Move(temporary, path);
            return true;
        }

        /// <summary>True when the file exists and was not written by Containerize.Sdk (its first line says so).</summary>
        public static bool IsUserOwned(string path, string generatedMarker)
        {
            if (!File.Exists(path))
            {
                return false;
            }

            using var reader = new StreamReader(path);
            string? firstLine = reader.ReadLine();
            return firstLine == null || firstLine.IndexOf(generatedMarker, System.StringComparison.Ordinal) < 0;
        }

        private static bool BytesEqual(byte[] left, byte[] right)
        {
            if (left.Length != right.Length)
            {
                return false;
            }

            for (int i = 0; i < left.Length; i++)
            {
                if (left[i] != right[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
