using System;
using System.Collections.Generic;
using System.IO;
using System.Globalization;
using System.Linq;
using System.Text;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// Mirrors the host's publish output into one folder per slice under the staging folder (LayerFolders): for publish
    /// mode, the whole publish folder, and the staging folder is the build context; for the host stage of source mode, the
    /// files this publish listed. Every file lands in a slice (the app's unless the manifest says otherwise), except the
    /// ones a container never needs. Each staged file and folder gets the layers' time and mode (ReproducibleLayers), so
    /// the layers hold the same bytes as the build stage's. A file's time comes from its content: a staged file of the
    /// same size and time already holds it, and is not copied again. Files no longer published are removed. So that a
    /// republish does not read the whole publish output again, each source file's size and time and the time its content
    /// gave are kept beside the staging folder (&lt;staging&gt;.hashes, outside the build context): a source file the
    /// build did not write again (same size, same time) keeps the time its content gave last time.
    /// </summary>
    public static class PublishOutputStager
    {
        /// <summary>Publish mode: every file of the publish folder.</summary>
        public static StagingResult Stage(string publishDirectory, string stagingDirectory, SliceLayout layout, string workingDirectory) =>
            Stage(FileTree.Files(publishDirectory), stagingDirectory, layout, workingDirectory);

        /// <param name="files">Relative path and file of each published file.</param>
        /// <param name="workingDirectory">The image's working directory, where the app's files go.</param>
        public static StagingResult Stage(IEnumerable<KeyValuePair<string, FileInfo>> files, string stagingDirectory, SliceLayout layout, string workingDirectory)
        {
            string staging = Path.GetFullPath(stagingDirectory);
            var planned = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
            var counts = SliceNames.InLayerOrder.ToDictionary(slice => slice, slice => 0);
            foreach (KeyValuePair<string, FileInfo> file in files)
            {
                if (LeftOutFiles.IsLeftOut(file.Key, layout.IncludeSymbols))
                {
                    continue;
                }

                Slice slice = layout.SliceOf(file.Key);
                counts[slice]++;
                planned[LayerFolders.Folder(slice, workingDirectory) + "/" + file.Key] = file.Value;
            }

            string indexPath = staging.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + ".hashes";
            Dictionary<string, string> known = ReadIndex(indexPath);
            var index = new StringBuilder();
            int copied = 0;
            foreach (KeyValuePair<string, FileInfo> entry in planned)
            {
                var target = new FileInfo(Path.Combine(staging, entry.Key));
                FileInfo source = entry.Value;
                string sourceStamp = source.Length.ToString(CultureInfo.InvariantCulture) + "\t" + source.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture);
                DateTime time = known.TryGetValue(entry.Key, out string? line) && line.StartsWith(sourceStamp + "\t", StringComparison.Ordinal)
                    ? new DateTime(long.Parse(line.Substring(sourceStamp.Length + 1), CultureInfo.InvariantCulture), DateTimeKind.Utc)
                    : ReproducibleLayers.FileTime(Sha256(source.FullName));
                index.Append(entry.Key).Append('\t').Append(sourceStamp).Append('\t').Append(time.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
                if (target.Exists && target.Length == source.Length && target.LastWriteTimeUtc == time)
                {
                    continue;
                }

                Directory.CreateDirectory(target.DirectoryName!);
                File.Copy(source.FullName, target.FullName, overwrite: true);
                ReproducibleLayers.NormalizeMode(target.FullName, isDirectory: false);
                File.SetLastWriteTimeUtc(target.FullName, time);
                copied++;
            }

            int removed = 0;
            Directory.CreateDirectory(staging);
            foreach (KeyValuePair<string, FileInfo> stale in FileTree.Files(staging).Where(file => !planned.ContainsKey(file.Key)).ToList())
            {
                stale.Value.Delete();
                removed++;
            }

            // Each slice the Dockerfile copies must exist, even when the publish folder had none of its files.
            var sliceFolders = new HashSet<string>(
                layout.DependencySlices.Concat(new[] { Slice.App }).Select(slice => Path.GetFullPath(Path.Combine(staging, LayerFolders.Folder(slice, workingDirectory)))),
                StringComparer.Ordinal);
            foreach (string folder in sliceFolders)
            {
                Directory.CreateDirectory(folder);
            }

            FileTree.RemoveEmptyFolders(staging, sliceFolders);
            GeneratedFile.WriteIfChanged(indexPath, index.ToString());
            foreach (Slice slice in SliceNames.InLayerOrder)
            {
                string root = Path.Combine(staging, LayerFolders.Root(slice));
                if (Directory.Exists(root))
                {
                    NormalizeFolders(new DirectoryInfo(root));
                }
            }

            return new StagingResult(counts, copied, planned.Count - copied, removed);
        }

        /// <summary>Gives the folders under root (whose own entry is never in a layer) the layers' time and mode, after their files are in place.</summary>
        private static void NormalizeFolders(DirectoryInfo root)
        {
            foreach (DirectoryInfo folder in root.EnumerateDirectories())
            {
                NormalizeFolders(folder);
                ReproducibleLayers.NormalizeMode(folder.FullName, isDirectory: true);
                if (folder.LastWriteTimeUtc != ReproducibleLayers.FolderTime)
                {
                    Directory.SetLastWriteTimeUtc(folder.FullName, ReproducibleLayers.FolderTime);
                }
            }
        }

        /// <summary>The index's lines by staged path: "size\tticks\tfile time ticks" of each source file when it was staged.</summary>
        private static Dictionary<string, string> ReadIndex(string path)
        {
            var lines = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!File.Exists(path))
            {
                return lines;
            }

            foreach (string line in File.ReadAllLines(path))
            {
                string[] fields = line.Split('\t');
                if (fields.Length == 4 && long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    lines[fields[0]] = fields[1] + "\t" + fields[2] + "\t" + fields[3];
                }
            }

            return lines;
        }

        private static byte[] Sha256(string path)
        {
            using var sha = System.Security.Cryptography.SHA256.Create();
            using FileStream stream = File.OpenRead(path);
            return sha.ComputeHash(stream);
        }
    }
}
