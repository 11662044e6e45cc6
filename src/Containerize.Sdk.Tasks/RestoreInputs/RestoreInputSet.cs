using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// From the facts of every project in the closure to the restore inputs: the files (with the repository files
    /// their MSBuild files import), the local package-source folders, and the NuGet.config files that hold
    /// credentials, which are mounted as secrets instead of copied. Every list is sorted, so the Dockerfile is stable.
    /// </summary>
    public static class RestoreInputSet
    {
        private static readonly StringComparer PathComparer =
            Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        public static RestoreInputResult Compute(IEnumerable<RestoreFact> facts, IEnumerable<string> excludedFolders)
        {
            var scanner = new ImportScanner(excludedFolders);
            var files = new HashSet<string>(PathComparer);
            var configs = new HashSet<string>(PathComparer);
            var configsRead = new HashSet<string>(PathComparer);
            var sources = new Dictionary<string, string>(PathComparer);
            var skipped = new List<string>();
            var unfollowed = new List<UnfollowedImport>();

            foreach (IGrouping<string, RestoreFact> project in facts.GroupBy(fact => Path.GetFullPath(fact.ProjectFullPath), PathComparer))
            {
                string projectDirectory = Path.GetDirectoryName(project.Key) ?? "";
                foreach (RestoreFact fact in project)
                {
                    AddFact(fact, projectDirectory, scanner, files, configs, configsRead, sources, skipped);
                }

                List<string> msbuildFiles = RestoreFactKinds.MSBuildFilesInEvaluationOrder
                    .SelectMany(kind => project.Where(fact => string.Equals(fact.Kind, kind, StringComparison.OrdinalIgnoreCase)))
                    .Select(fact => Path.GetFullPath(fact.Value))
                    .Where(File.Exists)
                    .Distinct(PathComparer)
                    .ToList();
                ImportScanResult imports = scanner.Scan(project.Key, msbuildFiles);
                files.UnionWith(imports.Imports);
                skipped.AddRange(imports.Skipped);
                unfollowed.AddRange(imports.Unfollowed);
            }

            var secrets = new List<string>();
            foreach (string config in configs)
            {
                if (NuGetConfigCredentials.HasCredentials(config))
                {
                    secrets.Add(config);
                }
                else
                {
                    files.Add(config);
                }
            }

            List<string> sortedConfigsRead = Sorted(configsRead).ToList();
            return new RestoreInputResult(
                Sorted(files),
                Sorted(sources.Keys),
                Sorted(secrets),
                skipped.Distinct(StringComparer.Ordinal).ToList(),
                sources.ToDictionary(source => source.Key, source => PackageSourceOrigin.Describe(source.Key, sortedConfigsRead, source.Value), PathComparer),
                unfollowed);
        }

        private static void AddFact(
            RestoreFact fact,
            string projectDirectory,
            ImportScanner scanner,
            HashSet<string> files,
            HashSet<string> configs,
            HashSet<string> configsRead,
            Dictionary<string, string> sources,
            List<string> skipped)
        {
            // NuGet's output in obj/, read for the facts it holds (RestoreGraphFile.Expand); the restore in the build stage writes its own.
            if (string.Equals(fact.Kind, RestoreFactKinds.RestoreGraph, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (!RestoreFactKinds.IsFile(fact.Kind))
            {
                if (PackageSourceFolders.LocalFolder(fact.Value) is string folder)
                {
                    // The F# SDK's library-packs folder is one: the SDK image has its own, where the container's SDK adds it.
                    if (scanner.IsExcluded(folder + Path.DirectorySeparatorChar))
                    {
                        skipped.Add("the package source " + folder + " belongs to the SDK or the .NET installation, which the SDK image has: not copied");
                    }
                    else if (!sources.ContainsKey(folder))
                    {
                        sources.Add(folder, fact.ProjectFullPath);
                    }
                }

                return;
            }

            if (fact.Value.Trim().Length == 0)
            {
                return;
            }

            string path = Path.GetFullPath(ImportPathExpander.NativeSeparators(fact.Value.Trim()));
            if (!File.Exists(path))
            {
                return;
            }

            if (scanner.IsExcluded(path))
            {
                skipped.Add(path + " belongs to the SDK or the .NET installation, which the SDK image has: not copied");
                return;
            }

            bool isConfig = string.Equals(fact.Kind, RestoreFactKinds.ExplicitNuGetConfig, StringComparison.OrdinalIgnoreCase)
                || string.Equals(fact.Kind, RestoreFactKinds.NuGetConfig, StringComparison.OrdinalIgnoreCase);
            if (isConfig)
            {
                configsRead.Add(path);
            }

            if (string.Equals(fact.Kind, RestoreFactKinds.ExplicitNuGetConfig, StringComparison.OrdinalIgnoreCase))
            {
                configs.Add(path);
            }
            else if (string.Equals(fact.Kind, RestoreFactKinds.NuGetConfig, StringComparison.OrdinalIgnoreCase))
            {
                if (NuGetConfigScope.AppliesFromProjectFolder(path, projectDirectory))
                {
                    configs.Add(path);
                }
            }
            else
            {
                files.Add(path);
            }
        }

        private static IReadOnlyList<string> Sorted(IEnumerable<string> paths) =>
            paths.OrderBy(path => path.Replace('\\', '/'), StringComparer.Ordinal).ToList();
    }
}
