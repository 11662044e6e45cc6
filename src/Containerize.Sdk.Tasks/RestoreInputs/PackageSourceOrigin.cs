using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// Where a local package source comes from, for the error that says it lies outside the build context: the
    /// NuGet.config that names it, or else the MSBuild properties NuGet adds sources from (a project, a Directory.*.props
    /// or an SDK it imports sets them).
    /// </summary>
    public static class PackageSourceOrigin
    {
        private static readonly StringComparer PathComparer =
            Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        /// <param name="folder">The source's full folder path (see PackageSourceFolders.LocalFolder).</param>
        /// <param name="configs">Every NuGet.config NuGet read for the closure, user-level ones included.</param>
        /// <param name="projectFullPath">The project whose restore uses the source.</param>
        public static string Describe(string folder, IEnumerable<string> configs, string projectFullPath)
        {
            string? config = configs.FirstOrDefault(path => Names(path, folder));
            return config != null
                ? "named in the NuGet.config '" + config + "'"
                : "added by the RestoreSources or RestoreAdditionalProjectSources property that '" + projectFullPath + "' or a file it imports sets, not by a NuGet.config";
        }

        private static bool Names(string configPath, string folder)
        {
            XDocument document;
            try
            {
                document = XDocument.Load(configPath);
            }
            catch (Exception exception) when (exception is XmlException || exception is IOException || exception is UnauthorizedAccessException)
            {
                return false;
            }

            string configFolder = Path.GetDirectoryName(configPath) ?? "";
            return document.Root?.Elements().Where(section => section.Name.LocalName == "packageSources")
                .SelectMany(section => section.Elements().Where(element => element.Name.LocalName == "add"))
                .Select(add => (string?)add.Attribute("value"))
                .Any(value => value != null && PackageSourceFolders.LocalFolder(Rooted(value, configFolder)) is string named && PathComparer.Equals(named, folder)) ?? false;
        }

        /// <summary>NuGet reads a relative source path relative to the config that names it.</summary>
        private static string Rooted(string value, string configFolder)
        {
            string native = ImportPathExpander.NativeSeparators(value.Trim());
            return native.IndexOf("://", StringComparison.Ordinal) >= 0 || Path.IsPathRooted(native) ? native : Path.Combine(configFolder, native);
        }
    }
}
