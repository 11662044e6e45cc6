using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Containerize.Sdk.Files
{
    /// <summary>The build context folder and the context-relative, forward-slash paths the Dockerfile uses.</summary>
    public static class BuildContext
    {
        private static readonly StringComparison PathComparison =
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        /// <summary>The deepest folder that holds every path given.</summary>
        public static string CommonFolder(IEnumerable<string> paths)
        {
            string? common = null;
            foreach (string path in paths)
            {
                string folder = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
                common = common == null ? folder : CommonPrefix(common, folder);
            }

            return common ?? throw new ArgumentException("No paths were given.");
        }

        /// <summary>The path relative to the context with '/' separators, or null when it lies outside.</summary>
        public static string? Relative(string context, string path)
        {
            string root = Normalize(context).TrimEnd('/') + "/";
            string full = Normalize(path);
            if (full.Equals(root.TrimEnd('/'), PathComparison))
            {
                return "";
            }

            return full.StartsWith(root, PathComparison) ? full.Substring(root.Length) : null;
        }

        /// <summary>'/' on Linux, a drive's root such as C:\ on Windows.</summary>
        public static bool IsFileSystemRoot(string folder)
        {
            string full = Path.GetFullPath(folder);
            return string.Equals(full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), (Path.GetPathRoot(full) ?? "").TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), PathComparison);
        }

        private static string Normalize(string path) => ToForwardSlashes(Path.GetFullPath(path));

        /// <summary>On Linux a backslash is part of a file name, not a separator.</summary>
        private static string ToForwardSlashes(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

        private static string CommonPrefix(string a, string b)
        {
            string[] left = ToForwardSlashes(a).Split('/');
            string[] right = ToForwardSlashes(b).Split('/');
            int count = 0;
            while (count < left.Length && count < right.Length && string.Equals(left[count], right[count], PathComparison))
            {
                count++;
            }

            string prefix = string.Join("/", left.Take(count));
            if (prefix.Length == 0 || (prefix.Length == 2 && prefix[1] == ':'))
            {
                prefix += "/";
            }

            return Path.GetFullPath(prefix);
        }
    }
}
