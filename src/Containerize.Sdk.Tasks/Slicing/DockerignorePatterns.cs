using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// A .dockerignore read the way the engine reads it (moby/patternmatcher): '#' comments, '!' exceptions, '**' for any
    /// number of folders, '*' and '?' within one path segment; a pattern that matches a folder also matches everything in it;
    /// the last pattern that matches decides.
    /// </summary>
    public sealed class DockerignorePatterns
    {
        private readonly IReadOnlyList<Pattern> _patterns;

        private DockerignorePatterns(IReadOnlyList<Pattern> patterns) => _patterns = patterns;

        public static DockerignorePatterns None { get; } = new DockerignorePatterns(new Pattern[0]);

        /// <summary>
        /// Whether a '!' pattern could admit a path strictly inside the context-relative folder, so an ignored folder must
        /// still be walked. A pattern without '**' matches only paths of its own depth, and one no deeper than the folder
        /// decides the folder and its files alike; with '**' (or a wildcard in a leading segment) it may match anywhere.
        /// </summary>
        public bool MayAdmitInside(string relativeFolder)
        {
            string[] folder = relativeFolder.Split('/');
            return _patterns.Any(pattern => pattern.IsException && pattern.MayMatchInside(folder));
        }

        public static DockerignorePatterns Parse(string text)
        {
            var patterns = new List<Pattern>();
            foreach (string raw in text.Split('\n'))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                bool exception = line[0] == '!';
                if (exception)
                {
                    line = line.Substring(1).Trim();
                }

                string cleaned = Clean(line);
                if (cleaned.Length > 0)
                {
                    patterns.Add(new Pattern(cleaned, exception));
                }
            }

            return new DockerignorePatterns(patterns);
        }

        /// <summary>Whether the engine leaves the context-relative, '/'-separated path out of the build context.</summary>
        public bool IsIgnored(string relativePath)
        {
            string[] segments = relativePath.Split('/');
            bool ignored = false;
            foreach (Pattern pattern in _patterns)
            {
                // An exception can only undo a match, and a pattern can only add one.
                if (pattern.IsException != ignored)
                {
                    continue;
                }

                bool match = pattern.Matches(relativePath);
                for (int count = 1; !match && count < segments.Length; count++)
                {
                    match = pattern.Matches(string.Join("/", segments, 0, count));
                }

                if (match)
                {
                    ignored = !pattern.IsException;
                }
            }

            return ignored;
        }

        /// <summary>Like Go's filepath.Clean with '/' separators, and no leading '/'.</summary>
        private static string Clean(string pattern)
        {
            var segments = new List<string>();
            foreach (string segment in pattern.Split('/'))
            {
                if (segment.Length == 0 || segment == ".")
                {
                    continue;
                }

                if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
                {
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                }

                segments.Add(segment);
            }

            return string.Join("/", segments);
        }

        private sealed class Pattern
        {
            private readonly Regex _regex;

            private readonly string[] _segments;

            public Pattern(string cleaned, bool isException)
            {
                IsException = isException;
                _segments = cleaned.Split('/');
                _regex = new Regex(ToRegex(cleaned), RegexOptions.CultureInvariant);
            }

            public bool IsException { get; }

            public bool Matches(string path) => _regex.IsMatch(path);

            public bool MayMatchInside(string[] folder)
            {
                if (_segments.Any(segment => segment.Contains("**")))
                {
                    return true;
                }

                if (_segments.Length <= folder.Length)
                {
                    return false;
                }

                for (int index = 0; index < folder.Length; index++)
                {
                    bool literal = _segments[index].IndexOfAny(new[] { '*', '?', '[', '\\' }) < 0;
                    if (literal && !string.Equals(_segments[index], folder[index], StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }

            private static string ToRegex(string pattern)
            {
                var regex = new StringBuilder("^");
                for (int i = 0; i < pattern.Length; i++)
                {
                    char c = pattern[i];
                    if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
                    {
                        i++;
                        if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                        {
                            i++;
                        }

                        regex.Append(i + 1 >= pattern.Length ? ".*" : "(.*/)?");
                    }
                    else if (c == '*')
                    {
                        regex.Append("[^/]*");
                    }
                    else if (c == '?')
                    {
                        regex.Append("[^/]");
                    }
                    else if (c == '\\' && i + 1 < pattern.Length)
                    {
                        i++;
                        regex.Append(Regex.Escape(pattern[i].ToString()));
                    }
                    else if (c == '[' || c == ']' || c == '-' || c == '^')
                    {
                        regex.Append(c);
                    }
                    else
                    {
                        regex.Append(Regex.Escape(c.ToString()));
                    }
                }

                return regex.Append('$').ToString();
            }
        }
    }
}
