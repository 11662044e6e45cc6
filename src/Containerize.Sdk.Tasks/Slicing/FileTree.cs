using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// The files under a folder with their '/'-separated relative paths, in ordinal order. Symbolic links to folders are
    /// not entered (they could loop); a folder is entered only when the caller's filter agrees.
    /// </summary>
    public static class FileTree
    {
        public static IEnumerable<KeyValuePair<string, FileInfo>> Files(string root, Func<string, bool>? enterFolder = null)
        {
            var pending = new Stack<KeyValuePair<string, DirectoryInfo>>();
            pending.Push(new KeyValuePair<string, DirectoryInfo>("", new DirectoryInfo(root)));
            var found = new List<KeyValuePair<string, FileInfo>>();
            while (pending.Count > 0)
            {
                KeyValuePair<string, DirectoryInfo> folder = pending.Pop();
                foreach (FileSystemInfo entry in folder.Value.EnumerateFileSystemInfos())
                {
                    string relative = folder.Key.Length == 0 ? entry.Name : folder.Key + "/" + entry.Name;
                    if (entry is DirectoryInfo directory)
                    {
                        if ((directory.Attributes & FileAttributes.ReparsePoint) == 0 && (enterFolder == null || enterFolder(relative)))
                        {
                            pending.Push(new KeyValuePair<string, DirectoryInfo>(relative, directory));
                        }
                    }
                    else if (entry is FileInfo file)
                    {
                        found.Add(new KeyValuePair<string, FileInfo>(relative, file));
                    }
                }
            }

            return found.OrderBy(pair => pair.Key, StringComparer.Ordinal);
        }

        /// <summary>Removes the empty folders under root (not root itself), deepest first, except those kept.</summary>
        public static void RemoveEmptyFolders(string root, ISet<string> keep)
        {
            foreach (string folder in Directory.GetDirectories(root))
            {
                RemoveEmptyFolders(folder, keep);
                if (!keep.Contains(Path.GetFullPath(folder)) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
        }
    }
}
