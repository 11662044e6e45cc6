using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// Mirrors the host's publish output into one folder per slice under the staging folder (LayerFolders): for publish
    /// mode, the whole publish folder, and the staging folder is the build context; for the host stage of source mode, the
    /// files this publish listed. Every file lands in a slice (the app's unless the manifest says otherwise), except the
    /// ones a container never needs. Each staged file and folder gets the layer's time and normalized mode
    /// (ReproducibleLayers), so the layers hold the same bytes as the build stage's. A file is copied only when its bytes
    /// differ from the staged copy. Files no longer published are removed from the staging folder.
    /// </summary>
    public static class PublishOutputStager
    {
        /// <summary>Publish mode: every file of the publish folder.</summary>
        public static StagingResult Stage(string publishDirectory, string stagingDirectory, SliceLayout layout, string workingDirectory, string? sourceDateEpoch) =>
            Stage(FileTree.Files(publishDirectory), stagingDirectory, layout, workingDirectory, sourceDateEpoch);

        /// <param name="files">Relative path and file of each published file.</param>
        /// <param name="workingDirectory">The image's working directory, where the app's files go.</param>
        /// <param name="sourceDateEpoch">SOURCE_DATE_EPOCH: the app slice's time when set.</param>
        public static StagingResult Stage(IEnumerable<KeyValuePair<string, FileInfo>> files, string stagingDirectory, SliceLayout layout, string workingDirectory, string? sourceDateEpoch)
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

            int copied = 0;
            foreach (KeyValuePair<string, FileInfo> entry in planned)
            {
                var target = new FileInfo(Path.Combine(staging, entry.Key));
                FileInfo source = entry.Value;
                if (target.Exists && target.Length == source.Length && SameBytes(source.FullName, target.FullName))
                {
                    continue;
                }

                Directory.CreateDirectory(target.DirectoryName!);
                File.Copy(source.FullName, target.FullName, overwrite: true);
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
            foreach (Slice slice in SliceNames.InLayerOrder)
            {
                string root = Path.Combine(staging, LayerFolders.Root(slice));
                if (Directory.Exists(root))
                {
                    Normalize(new DirectoryInfo(root), ReproducibleLayers.TimeOf(ReproducibleLayers.EpochOf(slice, sourceDateEpoch)));
                }
            }

            return new StagingResult(counts, copied, planned.Count - copied, removed);
        }

        /// <summary>Gives everything under root (whose own entry is never in a layer) the layer's time and mode; a folder's time last, after its entries.</summary>
        private static void Normalize(DirectoryInfo root, DateTime time)
        {
            foreach (FileSystemInfo entry in root.EnumerateFileSystemInfos())
            {
                bool isDirectory = entry is DirectoryInfo;
                if (isDirectory)
                {
                    Normalize((DirectoryInfo)entry, time);
                }

                ReproducibleLayers.NormalizeMode(entry.FullName, isDirectory);
                if (entry.LastWriteTimeUtc != time)
                {
                    if (isDirectory)
                    {
                        Directory.SetLastWriteTimeUtc(entry.FullName, time);
                    }
                    else
                    {
                        File.SetLastWriteTimeUtc(entry.FullName, time);
                    }
                }
            }
        }

        private static bool SameBytes(string first, string second)
        {
            const int size = 81920;
            using var a = new FileStream(first, FileMode.Open, FileAccess.Read, FileShare.Read, size);
            using var b = new FileStream(second, FileMode.Open, FileAccess.Read, FileShare.Read, size);
            var bufferA = new byte[size];
            var bufferB = new byte[size];
            while (true)
            {
                int readA = ReadFull(a, bufferA);
                int readB = ReadFull(b, bufferB);
                if (readA != readB)
                {
                    return false;
                }

                if (readA == 0)
                {
                    return true;
                }

                for (int i = 0; i < readA; i++)
                {
                    if (bufferA[i] != bufferB[i])
                    {
                        return false;
                    }
                }
            }
        }

        private static int ReadFull(Stream stream, byte[] buffer)
        {
            int total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            return total;
        }
    }
}
