using System;
using System.IO;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// Which of the NuGet.config files NuGet read for a project the container's restore reads as well: those in the
    /// project's folder and the folders above it. The user-level and machine-wide configs stay on the host.
    /// </summary>
    public static class NuGetConfigScope
    {
        private static readonly StringComparison PathComparison =
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        public static bool AppliesFromProjectFolder(string configPath, string projectDirectory)
        {
            string configFolder = WithSeparator(Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? "");
            return WithSeparator(Path.GetFullPath(projectDirectory)).StartsWith(configFolder, PathComparison);
        }

        private static string WithSeparator(string folder) =>
            folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
    }
}
