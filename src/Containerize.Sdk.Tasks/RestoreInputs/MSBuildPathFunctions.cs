using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// The property functions repositories use to find their own build files, with MSBuild's semantics: the
    /// GetPathOfFileAbove / GetDirectoryNameOfFileAbove chaining of Directory.Build.props, and path joining.
    /// </summary>
    public static class MSBuildPathFunctions
    {
        /// <summary>The function's value, or null when it is not one of these functions.</summary>
        public static string? Call(string type, string method, IReadOnlyList<string> arguments, string thisFileDirectory)
        {
            if (string.Equals(type, "MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                return CallMSBuild(method, arguments, thisFileDirectory);
            }

            if (string.Equals(type, "System.IO.Path", StringComparison.OrdinalIgnoreCase) && arguments.Count > 0)
            {
                switch (method)
                {
                    case "Combine":
                        return Path.Combine(arguments.Select(ImportPathExpander.NativeSeparators).ToArray());
                    case "GetFullPath" when arguments.Count == 1:
                        return Path.GetFullPath(Rooted(arguments[0], thisFileDirectory));
                    case "GetDirectoryName" when arguments.Count == 1:
                        return Path.GetDirectoryName(ImportPathExpander.NativeSeparators(arguments[0])) ?? "";
                }
            }

            return null;
        }

        private static string? CallMSBuild(string method, IReadOnlyList<string> arguments, string thisFileDirectory)
        {
            switch (method.ToLowerInvariant())
            {
                case "getpathoffileabove" when arguments.Count == 1 || arguments.Count == 2:
                    // With one argument MSBuild starts in the folder of the file that makes the call.
                    return PathOfFileAbove(arguments[0], arguments.Count == 2 ? arguments[1] : thisFileDirectory, thisFileDirectory);
                case "getdirectorynameoffileabove" when arguments.Count == 2:
                    return DirectoryNameOfFileAbove(arguments[0], arguments[1], thisFileDirectory);
                case "normalizepath" when arguments.Count > 0:
                    return Path.GetFullPath(Rooted(Path.Combine(arguments.Select(ImportPathExpander.NativeSeparators).ToArray()), thisFileDirectory));
                case "normalizedirectory" when arguments.Count > 0:
                    return EnsureTrailingSlash(Path.GetFullPath(Rooted(Path.Combine(arguments.Select(ImportPathExpander.NativeSeparators).ToArray()), thisFileDirectory)));
                case "ensuretrailingslash" when arguments.Count == 1:
                    return arguments[0].Length == 0 ? "" : EnsureTrailingSlash(arguments[0]);
                case "valueordefault" when arguments.Count == 2:
                    return arguments[0].Length == 0 ? arguments[1] : arguments[0];
                default:
                    return null;
            }
        }

        /// <summary>The full path of the first <paramref name="fileName"/> in the starting folder or above it, or "".</summary>
        public static string PathOfFileAbove(string fileName, string startingDirectory, string baseDirectory)
        {
            string directory = DirectoryNameOfFileAbove(startingDirectory, fileName, baseDirectory);
            return directory.Length == 0 ? "" : Path.Combine(directory, ImportPathExpander.NativeSeparators(fileName));
        }

        /// <summary>The first folder, from the starting folder up to the root, that holds <paramref name="fileName"/>, or "".</summary>
        public static string DirectoryNameOfFileAbove(string startingDirectory, string fileName, string baseDirectory)
        {
            string relativeName = ImportPathExpander.NativeSeparators(fileName);
            for (DirectoryInfo? folder = new DirectoryInfo(Path.GetFullPath(Rooted(startingDirectory, baseDirectory))); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, relativeName)))
                {
                    return folder.FullName.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) is string trimmed && trimmed.Length > 0
                        ? trimmed
                        : folder.FullName;
                }
            }

            return "";
        }

        private static string Rooted(string path, string baseDirectory)
        {
            string native = ImportPathExpander.NativeSeparators(path);
            return Path.IsPathRooted(native) ? native : Path.Combine(baseDirectory, native);
        }

        private static string EnsureTrailingSlash(string path) =>
            path.EndsWith("/", StringComparison.Ordinal) || path.EndsWith("\\", StringComparison.Ordinal) ? path : path + Path.DirectorySeparatorChar;
    }
}
