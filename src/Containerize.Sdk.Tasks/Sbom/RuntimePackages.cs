using System;
using System.Collections.Generic;
using System.Linq;

namespace Containerize.Sdk.Sbom
{
    /// <summary>A NuGet package of the app's runtime closure, with the SHA-512 of its .nupkg that NuGet recorded (base64).</summary>
    public sealed class NuGetPackage
    {
        public NuGetPackage(string id, string version, string? sha512)
        {
            Id = id;
            Version = version;
            Sha512 = sha512;
        }

        public string Id { get; }

        public string Version { get; }

        public string? Sha512 { get; }
    }

    /// <summary>
    /// The packages of the app's runtime closure, read from the restore graph (obj/project.assets.json): every package of
    /// the publish's target (TargetFramework, or TargetFramework/RuntimeIdentifier) reachable from the project's own
    /// references, its project references' and their packages' dependencies. A package referenced with
    /// PrivateAssets="all" that brings no runtime file (a build tool, an analyzer, this package) is a development
    /// dependency and is left out, with what only it brings.
    /// </summary>
    public static class RuntimePackages
    {
        /// <exception cref="FormatException">The assets file is not JSON, or lacks the target.</exception>
        public static IReadOnlyList<NuGetPackage> Read(string assetsJson, string targetFramework, string? runtimeIdentifier)
        {
            var assets = JsonText.Parse(assetsJson) as Dictionary<string, object?> ?? throw new FormatException("the assets file is not a JSON object");
            Dictionary<string, object?> targets = Member(assets, "targets");
            string key = string.IsNullOrEmpty(runtimeIdentifier) ? targetFramework : targetFramework + "/" + runtimeIdentifier;
            if (!(targets.TryGetValue(key, out object? found) && found is Dictionary<string, object?> target))
            {
                throw new FormatException("the assets file has no target " + key + " (it has " + string.Join(", ", targets.Keys) + ")");
            }

            // id (case-insensitive, as NuGet compares ids) -> "id/version" entry of the target.
            var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string name in target.Keys)
            {
                int slash = name.IndexOf('/');
                if (slash > 0)
                {
                    entries[name.Substring(0, slash)] = name;
                }
            }

            var pending = new Stack<string>();
            foreach (KeyValuePair<string, object?> entry in target)
            {
                if (Text(entry.Value as Dictionary<string, object?>, "type") == "project")
                {
                    pending.Push(entry.Key);
                }
            }

            foreach (KeyValuePair<string, object?> dependency in DirectDependencies(assets, targetFramework))
            {
                bool developmentOnly = string.Equals(Text(dependency.Value as Dictionary<string, object?>, "suppressParent"), "All", StringComparison.OrdinalIgnoreCase)
                    && !(entries.TryGetValue(dependency.Key, out string? name) && BringsRuntimeFiles(target[name] as Dictionary<string, object?>));
                if (!developmentOnly && entries.TryGetValue(dependency.Key, out string? entryName))
                {
                    pending.Push(entryName);
                }
            }

            var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (pending.Count > 0)
            {
                string name = pending.Pop();
                if (!reached.Add(name) || !(target[name] is Dictionary<string, object?> entry))
                {
                    continue;
                }

                if (entry.TryGetValue("dependencies", out object? dependencies) && dependencies is Dictionary<string, object?> byId)
                {
                    foreach (string id in byId.Keys)
                    {
                        if (entries.TryGetValue(id, out string? dependencyName))
                        {
                            pending.Push(dependencyName);
                        }
                    }
                }
            }

            Dictionary<string, object?> libraries = Member(assets, "libraries");
            return reached
                .Where(name => Text(target[name] as Dictionary<string, object?>, "type") == "package")
                .Select(name =>
                {
                    int slash = name.IndexOf('/');
                    string? sha512 = libraries.TryGetValue(name, out object? library) ? Text(library as Dictionary<string, object?>, "sha512") : null;
                    return new NuGetPackage(name.Substring(0, slash), name.Substring(slash + 1), sha512);
                })
                .OrderBy(package => package.Id, StringComparer.OrdinalIgnoreCase)
                .ThenBy(package => package.Version, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>The project's own package references for the framework (project.frameworks[alias].dependencies).</summary>
        private static Dictionary<string, object?> DirectDependencies(Dictionary<string, object?> assets, string targetFramework)
        {
            if (assets.TryGetValue("project", out object? project) && project is Dictionary<string, object?> projectObject
                && projectObject.TryGetValue("frameworks", out object? frameworks) && frameworks is Dictionary<string, object?> byAlias
                && byAlias.TryGetValue(targetFramework, out object? framework) && framework is Dictionary<string, object?> frameworkObject
                && frameworkObject.TryGetValue("dependencies", out object? dependencies) && dependencies is Dictionary<string, object?> byId)
            {
                return byId;
            }

            return new Dictionary<string, object?>();
        }

        /// <summary>Whether the package puts files in the app's output: runtime, native or resource assets other than NuGet's "_._" placeholder.</summary>
        private static bool BringsRuntimeFiles(Dictionary<string, object?>? entry) =>
            entry != null && new[] { "runtime", "native", "resource", "runtimeTargets" }.Any(kind =>
                entry.TryGetValue(kind, out object? assets) && assets is Dictionary<string, object?> files && files.Keys.Any(file => !file.EndsWith("_._", StringComparison.Ordinal)));

        private static Dictionary<string, object?> Member(Dictionary<string, object?> json, string name) =>
            json.TryGetValue(name, out object? value) && value is Dictionary<string, object?> member ? member : throw new FormatException("the assets file has no " + name);

        private static string? Text(Dictionary<string, object?>? json, string name) =>
            json != null && json.TryGetValue(name, out object? value) ? value as string : null;
    }
}
