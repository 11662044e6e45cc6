using System;
using System.Collections.Generic;
using System.Linq;

namespace Containerize.Sdk.Files
{
    /// <summary>
    /// The context-relative paths the generated .dockerignore admits: each path the build stage reads, or the nearest
    /// folder above it whose name a .dockerignore can state literally. Admitting more than asked is safe; admitting less
    /// never happens: when only the context folder itself would do, the whole context is sent.
    /// </summary>
    public sealed class ContextAdmission
    {
        private ContextAdmission(IReadOnlyList<string>? paths, IReadOnlyList<string> decisions)
        {
            Paths = paths;
            Decisions = decisions;
        }

        /// <summary>Sorted '/'-separated paths, none inside another; null when the whole context is sent.</summary>
        public IReadOnlyList<string>? Paths { get; }

        /// <summary>What was widened, left out or sent whole, and why: for the build log at low importance.</summary>
        public IReadOnlyList<string> Decisions { get; }

        public static ContextAdmission WholeContext(string reason) => new ContextAdmission(null, new[] { "the whole build context is sent: " + reason });

        /// <param name="context">The build context folder.</param>
        /// <param name="fullPaths">Files and folders the build stage reads.</param>
        public static ContextAdmission Compute(string context, IEnumerable<string> fullPaths)
        {
            var decisions = new List<string>();
            var admitted = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string path in fullPaths)
            {
                string? relative = BuildContext.Relative(context, path);
                if (relative == null)
                {
                    decisions.Add(path + " lies outside the build context " + context + ": the container build cannot read it");
                    continue;
                }

                string literal = LiteralPrefix(relative);
                if (literal.Length == 0)
                {
                    return WholeContext(relative.Length == 0 ? "the build reads the context folder itself" : "no folder above '" + relative + "' can be named literally in a .dockerignore");
                }

                if (literal.Length < relative.Length)
                {
                    decisions.Add("'" + relative + "' cannot be named literally in a .dockerignore: its folder '" + literal + "' is sent whole");
                }

                admitted.Add(literal);
            }

            if (admitted.Count == 0)
            {
                return WholeContext("nothing of the closure was found in it");
            }

            // A path inside an admitted folder adds nothing; the sort puts each folder before its contents.
            var paths = new List<string>();
            foreach (string path in admitted)
            {
                if (!paths.Any(folder => path.StartsWith(folder + "/", StringComparison.Ordinal)))
                {
                    paths.Add(path);
                }
            }

            return new ContextAdmission(paths, decisions);
        }

        /// <summary>The longest leading run of the path's segments that Dockerignore can write literally.</summary>
        private static string LiteralPrefix(string relative)
        {
            var segments = new List<string>();
            foreach (string segment in relative.Split('/'))
            {
                if (segment.Length == 0 || !Dockerignore.IsLiteralName(segment))
                {
                    break;
                }

                segments.Add(segment);
            }

            return string.Join("/", segments);
        }
    }
}
