using System;
using System.Linq;

namespace Containerize.Sdk.Slicing
{
    /// <summary>Paths inside the publish folder as the slices use them: relative, '/' separators, no '.' or '..' segments.</summary>
    public static class PublishPath
    {
        public static string Normalize(string relativePath)
        {
            string path = relativePath.Replace('\\', '/');
            while (path.StartsWith("./", StringComparison.Ordinal))
            {
                path = path.Substring(2);
            }

            return path;
        }

        /// <summary>
        /// Whether the path can be listed in the slice manifest and written into a RUN of the Dockerfile: relative, inside
        /// the publish folder, without control characters. Other files simply stay in the app slice.
        /// </summary>
        public static bool IsListable(string normalizedPath)
        {
            if (normalizedPath.Length == 0 || normalizedPath.StartsWith("/", StringComparison.Ordinal) || normalizedPath.Any(char.IsControl))
            {
                return false;
            }

            return normalizedPath.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
        }
    }
}
