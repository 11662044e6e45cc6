using System;
using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Dockerfiles;

namespace Containerize.Sdk.Planning
{
    /// <summary>
    /// The COPY instructions that bring the restore inputs into the build stage at their relative paths: one per
    /// directory for files (COPY flattens its sources into one destination), one per local package folder.
    /// </summary>
    public static class RestoreLayer
    {
        public static IReadOnlyList<CopyInstruction> Copies(IEnumerable<string> restoreInputs)
        {
            var copies = new List<CopyInstruction>();
            IEnumerable<IGrouping<string, string>> byDirectory = restoreInputs
                .Where(path => !IsDirectory(path))
                .Distinct(StringComparer.Ordinal)
                .GroupBy(DirectoryOf, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal);
            foreach (IGrouping<string, string> group in byDirectory)
            {
                var sources = group.OrderBy(path => path, StringComparer.Ordinal).ToList();
                copies.Add(new CopyInstruction(sources, group.Key.Length == 0 ? "./" : group.Key));
            }

            foreach (string folder in restoreInputs.Where(IsDirectory).Distinct(StringComparer.Ordinal).OrderBy(path => path, StringComparer.Ordinal))
            {
                copies.Add(new CopyInstruction(new[] { folder }, folder));
            }

            return copies;
        }

        private static bool IsDirectory(string path) => path.EndsWith("/", StringComparison.Ordinal);

        /// <summary>The directory part with its trailing slash, or "" at the context root.</summary>
        private static string DirectoryOf(string path)
        {
            int slash = path.LastIndexOf('/');
            return slash < 0 ? "" : path.Substring(0, slash + 1);
        }
    }
}
