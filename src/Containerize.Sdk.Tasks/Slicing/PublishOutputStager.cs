using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// Mirrors the host's publish output into one folder per slice under the staging folder: for publish mode, the whole
    /// publish folder, and the staging folder is the build context; for the host stage of source mode, the files this
    /// publish listed, laid out as HostOutputLayout says. Every file lands in a slice (the app's unless the manifest says
    /// otherwise), except the ones a container never needs. A file is copied only when its size or modification time
    /// differ from the staged copy, and the copy keeps the source's time: unchanged dependencies keep the same bytes and
    /// the same metadata build after build. Files no longer published are removed from the staging folder.
    /// </summary>
    public static class PublishOutputStager
    {
        /// <summary>Publish mode: every file of the publish folder, each slice in its own folder.</summary>
        public static StagingResult Stage(string publishDirectory, string stagingDirectory, SliceLayout layout) =>
            Stage(FileTree.Files(publishDirectory), stagingDirectory, layout, SliceNames.Folder);

        /// <param name="files">Relative path and file of each published file.</param>
        /// <param name="folderOf">The staging folder of a slice.</param>
        public static StagingResult Stage(IEnumerable<KeyValuePair<string, FileInfo>> files, string stagingDirectory, SliceLayout layout, Func<Slice, string> folderOf)
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
                planned[folderOf(slice) + "/" + file.Key] = file.Value;
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
                layout.DependencySlices.Concat(new[] { Slice.App }).Select(slice => Path.GetFullPath(Path.Combine(staging, folderOf(slice)))),
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
