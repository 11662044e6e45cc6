using System;
using System.IO;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>Package sources that are folders on this machine (the container needs a copy); feeds on the network are not.</summary>
    public static class PackageSourceFolders
    {
        /// <summary>The source's full folder path when it is an existing local folder, else null.</summary>
        public static string? LocalFolder(string source)
        {
            string value = source.Trim();
            if (value.Length == 0)
            {
                return null;
            }

            if (value.IndexOf("://", StringComparison.Ordinal) >= 0)
            {
                if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || !uri.IsFile)
                {
                    return null;
                }

                value = uri.LocalPath;
            }

            string native = ImportPathExpander.NativeSeparators(value);
            if (!Path.IsPathRooted(native) || !Directory.Exists(native))
            {
                return null;
            }

            return Path.GetFullPath(native).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        }
    }
}
