using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// Whether a .dockerignore leaves a context path out, with Docker's rules: patterns relative to the context root,
    /// '*' and '?' within a path segment, '**' across segments, '!' re-includes, the last matching line wins, and a
    /// path is left out with any of its parent folders. Used to check a user's own .dockerignore, never to write one.
    /// </summary>
    public sealed class DockerignoreMatcher
    {
        private readonly IReadOnlyList<(Regex Pattern, bool Exclude)> _rules;

        public DockerignoreMatcher(IEnumerable<string> lines)
        {
            _rules = lines
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && !line.StartsWith("#", StringComparison.Ordinal))
                .Select(Rule)
                .Where(rule => rule.Pattern != null)
                .Select(rule => (rule.Pattern!, rule.Exclude))
                .ToList();
        }

        /// <summary>True when the context-relative path (with '/' separators) is left out of the context.</summary>
        public bool IsExcluded(string relativePath)
        {
            string[] segments = relativePath.Trim('/').Split('/');
            bool excluded = false;
            foreach ((Regex pattern, bool exclude) in _rules)
            {
                for (int count = 1; count <= segments.Length; count++)
                {
                    if (pattern.IsMatch(string.Join("/", segments.Take(count))))
                    {
                        excluded = exclude;
                        break;
                    }
                }
            }

            return excluded;
        }

        private static (Regex? Pattern, bool Exclude) Rule(string line)
        {
            bool exclude = !line.StartsWith("!", StringComparison.Ordinal);
            string pattern = (exclude ? line : line.Substring(1)).Trim();
            while (pattern.StartsWith("./", StringComparison.Ordinal))
            {
                pattern = pattern.Substring(2);
            }

            pattern = pattern.Trim('/');
            return pattern.Length == 0 ? (null, exclude) : (new Regex("^" + ToRegex(pattern) + "$", RegexOptions.CultureInvariant), exclude);
        }

        private static string ToRegex(string pattern)
        {
            var regex = new StringBuilder();
            for (int index = 0; index < pattern.Length; index++)
            {
                char current = pattern[index];
                if (current == '*' && index + 1 < pattern.Length && pattern[index + 1] == '*')
                {
                    bool followedBySlash = index + 2 < pattern.Length && pattern[index + 2] == '/';
                    regex.Append(followedBySlash ? "(.*/)?" : ".*");
                    index += followedBySlash ? 2 : 1;
                }
                else if (current == '*')
                {
                    regex.Append("[^/]*");
                }
                else if (current == '?')
                {
                    regex.Append("[^/]");
                }
                else if (current == '[')
                {
                    int close = pattern.IndexOf(']', index + 1);
                    if (close < 0)
                    {
                        regex.Append("\\[");
                        continue;
                    }

                    string set = pattern.Substring(index + 1, close - index - 1);
                    regex.Append('[').Append(set.StartsWith("^", StringComparison.Ordinal) ? "^" + Regex.Escape(set.Substring(1)) : Regex.Escape(set)).Append(']');
                    index = close;
                }
                else if (current == '\\' && index + 1 < pattern.Length)
                {
                    regex.Append(Regex.Escape(pattern[++index].ToString()));
                }
                else
                {
                    regex.Append(Regex.Escape(current.ToString()));
                }
            }

            return regex.ToString();
        }
    }
}
