using System.Text.RegularExpressions;

namespace Containerize.Sdk.Inference
{
    /// <summary>The grammar of image names and tags (the distribution reference rules), and the defaults derived from project names.</summary>
    public static class ImageReference
    {
        private const string Component = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
        private const string Domain = @"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?";

        // \z, not $: in .NET, $ also matches before a final line break, which would let "latest\n" through.
        private static readonly Regex RepositoryPattern = new Regex("^" + Component + "(?:/" + Component + ")*\\z", RegexOptions.CultureInvariant);
        private static readonly Regex RegistryPattern = new Regex("^" + Domain + "\\z", RegexOptions.CultureInvariant);
        private static readonly Regex TagPattern = new Regex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}\\z", RegexOptions.CultureInvariant);
        private static readonly Regex FullReferencePattern = new Regex(
            "^(?:" + Domain + "/)?" + Component + "(?:/" + Component + ")*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?\\z",
            RegexOptions.CultureInvariant);

        /// <summary>The longest repository the distribution rules allow.</summary>
        private const int MaxRepositoryLength = 255;

        public static bool IsValidRepository(string repository) => repository.Length <= MaxRepositoryLength && RepositoryPattern.IsMatch(repository);

        public static bool IsValidRegistry(string registry) => RegistryPattern.IsMatch(registry);

        public static bool IsValidTag(string tag) => TagPattern.IsMatch(tag);

        /// <summary>A full reference such as mcr.microsoft.com/dotnet/aspnet:10.0 or localhost:5000/base@sha256:….</summary>
        public static bool IsValidReference(string reference) => FullReferencePattern.IsMatch(reference);

        /// <summary>
        /// A repository from an assembly name: lower-cased, every run of other characters made one '-', every run of
        /// separators that the rules do not allow (only '.', '_', '__' and runs of '-' are) made its first '.' or '_'.
        /// </summary>
        public static string RepositoryFromName(string name)
        {
            string lower = Regex.Replace(name.ToLowerInvariant(), "[^a-z0-9._/-]+", "-");
            lower = Regex.Replace(lower, "[._/-]*/[._/-]*", "/");
            lower = Regex.Replace(lower, "[._-]{2,}", run => run.Value.Trim('-').Length == 0 ? run.Value : run.Value.Trim('-').Substring(0, 1));
            lower = lower.Trim('.', '_', '-', '/');
            if (lower.Length > MaxRepositoryLength)
            {
                lower = lower.Substring(0, MaxRepositoryLength).TrimEnd('.', '_', '-', '/');
            }

            return lower.Length == 0 ? "app" : lower;
        }

        /// <summary>A tag from a version such as 1.2.3+build: characters a tag cannot hold become '-'.</summary>
        public static string TagFromVersion(string version)
        {
            string tag = Regex.Replace(version, "[^A-Za-z0-9_.-]", "-").TrimStart('.', '-');
            return tag.Length > 128 ? tag.Substring(0, 128) : tag;
        }
    }
}
