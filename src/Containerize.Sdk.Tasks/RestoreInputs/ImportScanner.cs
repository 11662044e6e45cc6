using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// Follows the &lt;Import Project="..."&gt; elements of a project's restore-input files, recursively and in
    /// evaluation order, to find the repository files they import (a shared build/common.props, the parent
    /// Directory.Build.props). Properties the files define unconditionally are tracked, so the usual
    /// <c>&lt;RepoRoot&gt;$(MSBuildThisFileDirectory)&lt;/RepoRoot&gt;</c> followed by <c>$(RepoRoot)build/x.props</c> resolves.
    /// Conditions on imports are not evaluated: an existing file that might be imported is an input.
    /// Files in the toolset folders (the SDK, the NuGet package cache) are not the repository's and are not followed.
    /// </summary>
    public sealed class ImportScanner
    {
        private static readonly StringComparison PathComparison =
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        private static readonly Regex DefaultCondition = new Regex(@"^\s*'\$\((?<name>[A-Za-z_][A-Za-z0-9_.-]*)\)'\s*==\s*''\s*$", RegexOptions.CultureInvariant);

        private readonly IReadOnlyList<string> _excludedFolders;
        private readonly Dictionary<string, XDocument?> _documents = new Dictionary<string, XDocument?>(StringComparer.Ordinal);

        /// <param name="excludedFolders">Toolset folders whose files are never inputs (MSBuild, the SDKs, the package cache).</param>
        public ImportScanner(IEnumerable<string> excludedFolders)
        {
            _excludedFolders = excludedFolders
                .Where(folder => !string.IsNullOrWhiteSpace(folder))
                .Select(folder => Path.GetFullPath(ImportPathExpander.NativeSeparators(folder.Trim())).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar)
                .ToList();
        }

        /// <summary>The files imported by <paramref name="rootFiles"/> (the project's own restore inputs, in evaluation order).</summary>
        public ImportScanResult Scan(string projectFullPath, IEnumerable<string> rootFiles)
        {
            var walk = new Walk(this, projectFullPath);
            List<string> roots = rootFiles.Select(Path.GetFullPath).ToList();
            foreach (string root in roots)
            {
                walk.Visited.Add(root);
            }

            foreach (string root in roots)
            {
                walk.ReadFile(root);
            }

            return new ImportScanResult(walk.Imports, walk.Skipped, walk.Unfollowed);
        }

        public bool IsExcluded(string fullPath) =>
            _excludedFolders.Any(folder => fullPath.StartsWith(folder, PathComparison));

        private XDocument? Load(string path)
        {
            if (!_documents.TryGetValue(path, out XDocument? document))
            {
                try
                {
                    document = XDocument.Load(path);
                }
                catch (Exception exception) when (exception is XmlException || exception is IOException || exception is UnauthorizedAccessException)
                {
                    document = null;
                }

                _documents[path] = document;
            }

            return document;
        }

        /// <summary>One project's scan: its properties, the files seen and what was found.</summary>
        private sealed class Walk
        {
            private readonly ImportScanner _scanner;
            private readonly Dictionary<string, string> _properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            private readonly HashSet<string> _reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

            public Walk(ImportScanner scanner, string projectFullPath)
            {
                _scanner = scanner;
                string fullPath = Path.GetFullPath(projectFullPath);
                SetReserved("MSBuildProjectFullPath", fullPath);
                SetReserved("MSBuildProjectDirectory", Path.GetDirectoryName(fullPath) ?? "");
                SetReserved("MSBuildProjectFile", Path.GetFileName(fullPath));
                SetReserved("MSBuildProjectName", Path.GetFileNameWithoutExtension(fullPath));
                SetReserved("MSBuildProjectExtension", Path.GetExtension(fullPath));
            }

            public HashSet<string> Visited { get; } = new HashSet<string>(StringComparer.Ordinal);

            public List<string> Imports { get; } = new List<string>();

            public List<string> Skipped { get; } = new List<string>();

            public List<UnfollowedImport> Unfollowed { get; } = new List<UnfollowedImport>();

            private void Skip(string expression, string description)
            {
                Skipped.Add(description);
                Unfollowed.Add(new UnfollowedImport(expression, description));
            }

            public void ReadFile(string path)
            {
                XDocument? document = _scanner.Load(path);
                if (document?.Root == null)
                {
                    Skip("", path + ": not readable as MSBuild XML, its imports are not followed");
                    return;
                }

                Dictionary<string, string> saved = ThisFileProperties();
                SetThisFile(path);
                foreach (XElement element in Evaluated(document.Root))
                {
                    if (element.Name.LocalName == "Import")
                    {
                        ReadImport(path, element);
                    }
                    else
                    {
                        Define(path, element);
                    }
                }

                foreach (KeyValuePair<string, string> property in saved)
                {
                    _properties[property.Key] = property.Value;
                }
            }

            /// <summary>Imports and property definitions in document order, outside targets (which run later) and item groups.</summary>
            private static IEnumerable<XElement> Evaluated(XElement parent)
            {
                foreach (XElement child in parent.Elements())
                {
                    switch (child.Name.LocalName)
                    {
                        case "Import":
                            yield return child;
                            break;
                        case "PropertyGroup":
                            foreach (XElement property in child.Elements())
                            {
                                yield return property;
                            }

                            break;
                        case "ImportGroup":
                        case "Choose":
                        case "When":
                        case "Otherwise":
                            foreach (XElement nested in Evaluated(child))
                            {
                                yield return nested;
                            }

                            break;
                    }
                }
            }

            private void ReadImport(string file, XElement import)
            {
                if (import.Attribute("Sdk") != null)
                {
                    return;
                }

                string? project = import.Attribute("Project")?.Value;
                if (string.IsNullOrWhiteSpace(project))
                {
                    return;
                }

                var expander = new ImportPathExpander(_properties, DirectoryOf(file));
                string? expanded = expander.Expand(project!, out string? unexpandable);
                if (expanded == null)
                {
                    Skip(project!, file + ": <Import Project=\"" + project + "\"> not followed: it uses " + unexpandable);
                    return;
                }

                foreach (string part in expanded.Split(';').Select(value => value.Trim()).Where(value => value.Length > 0))
                {
                    foreach (string imported in Files(DirectoryOf(file), part, file))
                    {
                        if (!Visited.Add(imported))
                        {
                            continue;
                        }

                        if (_scanner.IsExcluded(imported))
                        {
                            continue;
                        }

                        Imports.Add(imported);
                        ReadFile(imported);
                    }
                }
            }

            /// <summary>The existing files an import names, expanding a wildcard in the file name.</summary>
            private IEnumerable<string> Files(string directory, string path, string importingFile)
            {
                string native = ImportPathExpander.NativeSeparators(path);
                string full = Path.IsPathRooted(native) ? native : Path.Combine(directory, native);
                string fileName = Path.GetFileName(full);
                string folder = Path.GetDirectoryName(full) ?? directory;
                if (folder.IndexOfAny(new[] { '*', '?' }) >= 0)
                {
                    Skip(path, importingFile + ": <Import Project=\"" + path + "\"> not followed: wildcards in folder names are not supported");
                    return new string[0];
                }

                if (fileName.IndexOfAny(new[] { '*', '?' }) >= 0)
                {
                    return Directory.Exists(folder)
                        ? Directory.GetFiles(folder, fileName).Select(Path.GetFullPath).OrderBy(value => value, StringComparer.Ordinal).ToArray()
                        : new string[0];
                }

                string fullPath = Path.GetFullPath(full);
                return File.Exists(fullPath) ? new[] { fullPath } : new string[0];
            }

            private void Define(string file, XElement property)
            {
                string name = property.Name.LocalName;
                if (_reserved.Contains(name) || property.HasElements)
                {
                    return;
                }

                string? condition = property.Attribute("Condition")?.Value ?? property.Parent?.Attribute("Condition")?.Value;
                bool insideChoose = property.Ancestors().Any(ancestor => ancestor.Name.LocalName == "Choose");
                if (insideChoose || (condition != null && !IsUnsetDefault(condition, name)))
                {
                    // A conditional value may or may not apply: the property is unknown from here on.
                    _properties.Remove(name);
                    return;
                }

                if (condition != null && _properties.TryGetValue(name, out string? existing) && existing.Length > 0)
                {
                    return;
                }

                string? value = new ImportPathExpander(_properties, DirectoryOf(file)).Expand(property.Value.Trim(), out _);
                if (value == null)
                {
                    _properties.Remove(name);
                }
                else
                {
                    _properties[name] = value;
                }
            }

            /// <summary>Condition="'$(Name)' == ''": the usual default for a property not set yet.</summary>
            private static bool IsUnsetDefault(string condition, string name)
            {
                Match match = DefaultCondition.Match(condition);
                return match.Success && string.Equals(match.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase);
            }

            private Dictionary<string, string> ThisFileProperties() =>
                new[] { "MSBuildThisFileFullPath", "MSBuildThisFileDirectory", "MSBuildThisFile", "MSBuildThisFileName", "MSBuildThisFileExtension", "MSBuildThisFileDirectoryNoRoot" }
                    .Where(_properties.ContainsKey)
                    .ToDictionary(name => name, name => _properties[name], StringComparer.OrdinalIgnoreCase);

            private void SetThisFile(string path)
            {
                string directory = DirectoryOf(path);
                SetReserved("MSBuildThisFileFullPath", path);
                SetReserved("MSBuildThisFileDirectory", directory);
                SetReserved("MSBuildThisFile", Path.GetFileName(path));
                SetReserved("MSBuildThisFileName", Path.GetFileNameWithoutExtension(path));
                SetReserved("MSBuildThisFileExtension", Path.GetExtension(path));
                SetReserved("MSBuildThisFileDirectoryNoRoot", directory.Substring(Path.GetPathRoot(directory)?.Length ?? 0));
            }

            private void SetReserved(string name, string value)
            {
                _reserved.Add(name);
                _properties[name] = value;
            }

            /// <summary>The file's folder with a trailing separator, as $(MSBuildThisFileDirectory) has it.</summary>
            private static string DirectoryOf(string file) =>
                (Path.GetDirectoryName(file) ?? "").TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        }
    }
}
