using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.Sbom
{
    /// <summary>A NuGet package of the app's runtime closure, with the SHA-512 of its .nupkg (base64), as NuGet records it beside the package.</summary>
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
    /// The packages of the app's runtime closure, read from the restore graph (obj/project.assets.json, read with
    /// JsonFile): every package of the publish's target (TargetFramework, or TargetFramework/RuntimeIdentifier) reachable
    /// from the project's own references, its project references and their packages' dependencies. A package referenced
    /// with PrivateAssets="all" that brings no runtime file (a build tool, an analyzer, this package) is a development
    /// dependency and is left out, with what only it brings. A package's SHA-512 is the one NuGet writes beside it in the
    /// packages folder (&lt;id&gt;.&lt;version&gt;.nupkg.sha512): that of the .nupkg file, which nuget.org shows and other SBOM
    /// tools compute; the assets file's own sha512 is NuGet's content hash, which leaves the package's signature out.
    /// </summary>
    public static class RuntimePackages
    {
        /// <exception cref="FormatException">The assets file lacks the target.</exception>
        public static IReadOnlyList<NuGetPackage> Read(XElement assets, string targetFramework, string? runtimeIdentifier)
        {
            string key = string.IsNullOrEmpty(runtimeIdentifier) ? targetFramework : targetFramework + "/" + runtimeIdentifier;
            XElement? targets = JsonFile.Member(assets, "targets");
            XElement target = JsonFile.Member(targets, key) is XElement found && JsonFile.IsObject(found)
                ? found
                : throw new FormatException("the assets file has no target " + key + " (it has " + string.Join(", ", JsonFile.Members(targets).Select(JsonFile.Key)) + ")");

            // id (case-insensitive, as NuGet compares ids) -> the target's "id/version" entry.
            var entries = new Dictionary<string, XElement>(StringComparer.OrdinalIgnoreCase);
            foreach (XElement entry in JsonFile.Members(target))
            {
                string name = JsonFile.Key(entry);
                int slash = name.IndexOf('/');
                if (slash > 0)
                {
                    entries[name.Substring(0, slash)] = entry;
                }
            }

            var pending = new Stack<XElement>(JsonFile.Members(target).Where(entry => JsonFile.Text(entry, "type") == "project"));
            foreach (XElement dependency in DirectDependencies(assets, targetFramework))
            {
                if (entries.TryGetValue(JsonFile.Key(dependency), out XElement? entry)
                    && !(string.Equals(JsonFile.Text(dependency, "suppressParent"), "All", StringComparison.OrdinalIgnoreCase) && !BringsRuntimeFiles(entry)))
                {
                    pending.Push(entry);
                }
            }

            var reached = new HashSet<XElement>();
            while (pending.Count > 0)
            {
                XElement entry = pending.Pop();
                if (!reached.Add(entry))
                {
                    continue;
                }

                foreach (XElement dependency in JsonFile.Members(JsonFile.Member(entry, "dependencies")))
                {
                    if (entries.TryGetValue(JsonFile.Key(dependency), out XElement? next))
                    {
                        pending.Push(next);
                    }
                }
            }

            XElement? libraries = JsonFile.Member(assets, "libraries");
            string? packagesFolder = JsonFile.Members(JsonFile.Member(assets, "packageFolders")).Select(JsonFile.Key).FirstOrDefault();
            return reached
                .Where(entry => JsonFile.Text(entry, "type") == "package")
                .Select(entry =>
                {
                    string name = JsonFile.Key(entry);
                    int slash = name.IndexOf('/');
                    return new NuGetPackage(name.Substring(0, slash), name.Substring(slash + 1), PackageSha512(packagesFolder, JsonFile.Member(libraries, name)));
                })
                .OrderBy(package => package.Id, StringComparer.OrdinalIgnoreCase)
                .ThenBy(package => package.Version, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>The .nupkg.sha512 file the library lists, read from the packages folder; null when there is none.</summary>
        private static string? PackageSha512(string? packagesFolder, XElement? library)
        {
            string? folder = JsonFile.Text(library, "path");
            string? file = JsonFile.Members(JsonFile.Member(library, "files")).Select(entry => entry.Value).FirstOrDefault(name => name.EndsWith(".nupkg.sha512", StringComparison.OrdinalIgnoreCase));
            if (packagesFolder == null || folder == null || file == null)
            {
                return null;
            }

            string path = Path.Combine(Path.Combine(packagesFolder, folder), file);
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }

        /// <summary>The project's own package references for the framework (project.frameworks[alias].dependencies).</summary>
        private static IEnumerable<XElement> DirectDependencies(XElement assets, string targetFramework) =>
            JsonFile.Members(JsonFile.Member(JsonFile.Member(JsonFile.Member(JsonFile.Member(assets, "project"), "frameworks"), targetFramework), "dependencies"));

        /// <summary>Whether the package puts files in the app's output: runtime, native or resource assets other than NuGet's "_._" placeholder.</summary>
        private static bool BringsRuntimeFiles(XElement entry) =>
            new[] { "runtime", "native", "resource", "runtimeTargets" }.Any(kind =>
                JsonFile.Members(JsonFile.Member(entry, kind)).Any(file => !JsonFile.Key(file).EndsWith("_._", StringComparison.Ordinal)));
    }
}
