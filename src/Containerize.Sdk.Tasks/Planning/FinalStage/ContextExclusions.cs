using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// Which generated .dockerignore pattern leaves a context path out of the build. The patterns all have the form
    /// **/glob, so a path is out when any of its segments matches the glob.
    /// </summary>
    public static class ContextExclusions
    {
        private const string AnyFolder = "**/";

        private static readonly IReadOnlyList<KeyValuePair<string, Regex>> Globs = Dockerignore.Patterns
            .Where(pattern => pattern.StartsWith(AnyFolder, System.StringComparison.Ordinal) && pattern.IndexOf('/', AnyFolder.Length) < 0)
            .Select(pattern => new KeyValuePair<string, Regex>(pattern, SegmentRegex(pattern.Substring(AnyFolder.Length))))
            .ToList();

        /// <summary>The pattern that leaves the context-relative path out, or null when it stays in.</summary>
        public static string? ExcludingPattern(string relativePath)
        {
            foreach (string segment in relativePath.Split('/'))
            {
                foreach (KeyValuePair<string, Regex> glob in Globs)
                {
                    if (glob.Value.IsMatch(segment))
                    {
                        return glob.Key;
                    }
                }
            }

            return null;
        }

        private static Regex SegmentRegex(string glob)
        {
            string pattern = "^" + string.Join("[^/]*", glob.Split('*').Select(Regex.Escape)) + "$";
            return new Regex(pattern, RegexOptions.CultureInvariant);
        }
    }
}
