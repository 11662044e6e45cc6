using System;
using System.IO;

namespace Containerize.Sdk.Images
{
    /// <summary>
    /// Where ContainerArchiveOutputPath puts the archive. As with the .NET SDK's property of the same name, a folder
    /// (an existing one, or a path ending in a separator) gets a file named after the repository; unlike the SDK's
    /// name, it ends in .tar, because what docker save writes is a plain tar (docker load reads both).
    /// </summary>
    public static class ArchivePath
    {
        /// <param name="path">The property's value, already a full path.</param>
        /// <param name="imageName">The image's repository, possibly with a registry: its last part names the file.</param>
        /// <param name="directoryExists">Whether a folder exists; the file system unless a test replaces it.</param>
        public static string Resolve(string path, string imageName, Func<string, bool> directoryExists)
        {
            string trimmed = path.Trim();
            bool isFolder = trimmed.EndsWith("/", StringComparison.Ordinal) || trimmed.EndsWith("\\", StringComparison.Ordinal) || directoryExists(trimmed);
            if (!isFolder)
            {
                return trimmed;
            }

            string name = imageName.Trim().TrimEnd('/');
            name = name.Substring(name.LastIndexOf('/') + 1);
            return Path.Combine(trimmed, name + ".tar");
        }
    }
}
