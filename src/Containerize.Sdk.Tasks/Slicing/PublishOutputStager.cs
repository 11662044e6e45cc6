using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// Publish mode: mirrors the host's publish folder into one folder per slice under the staging folder, which is the
    /// build context. Every file of the publish folder lands in a slice (the app's unless the manifest says otherwise),
    /// except the ones a container never needs. A file is copied only when its size or modification time differ from the
    /// staged copy, and the copy keeps the source's time: unchanged dependencies keep the same bytes and the same metadata
    /// build after build. Files no longer published are removed from the staging folder.
    /// </summary>
    public static class PublishOutputStager
    {
        public static StagingResult Stage(string publishDirectory, string stagingDirectory, SliceLayout layout)
        {
            string staging = Path.GetFullPath(stagingDirectory);
            var planned = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
            var counts = SliceNames.InLayerOrder.ToDictionary(slice => slice, slice => 0);
            foreach (KeyValuePair<string, FileInfo> file in FileTree.Files(publishDirectory))
            {
                if (LeftOutFiles.IsLeftOut(file.Key, layout.IncludeSymbols))
                {
                    continue;
                }

                Slice slice = layout.SliceOf(file.Key);
                counts[slice]++;
                planned[SliceNames.Folder(slice) + "/" + file.Key] = file.Value;
            }

            int copied = 0;
            foreach (KeyValuePair<string, FileInfo> entry in planned)
            {
                var target = new FileInfo(Path.Combine(staging, entry.Key));
                FileInfo source = entry.Value;
                if (target.Exists && target.Length == source.Length && target.LastWriteTimeUtc == source.LastWriteTimeUtc)
                {
                    continue;
                }

                Directory.CreateDirectory(target.DirectoryName!);
                File.Copy(source.FullName, target.FullName, overwrite: true);
                File.SetLastWriteTimeUtc(target.FullName, source.LastWriteTimeUtc);
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
                layout.DependencySlices.Concat(new[] { Slice.App }).Select(slice => Path.GetFullPath(Path.Combine(staging, SliceNames.Folder(slice)))),
                StringComparer.Ordinal);
            foreach (string folder in sliceFolders)
            {
                Directory.CreateDirectory(folder);
            }

            FileTree.RemoveEmptyFolders(staging, sliceFolders);
            return new StagingResult(counts, copied, planned.Count - copied, removed);
        }
    }
}
