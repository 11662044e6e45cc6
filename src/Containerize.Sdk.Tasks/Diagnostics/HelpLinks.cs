using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Containerize.Sdk.Diagnostics
{
    /// <summary>
    /// Where each code is explained: its heading in docs/errors.md of this very version. A release built with
    /// RepositoryUrl (or PackageProjectUrl) links to that version's published docs (the ContainerizeDocsUrl assembly
    /// metadata); any other build links to docs/errors.md of the package the tasks were loaded from (the package ships
    /// docs/ beside tasks/), so a link always names the docs of this version and always resolves.
    /// </summary>
    public static class HelpLinks
    {
        public const string ErrorsFile = "docs/errors.md";

        private static readonly Lazy<string?> ErrorsPage = new Lazy<string?>(() =>
            PublishedErrorsPage(typeof(HelpLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(attribute => attribute.Key == "ContainerizeDocsUrl")?.Value)
            ?? Find(Path.GetDirectoryName(typeof(HelpLinks).Assembly.Location)));

        /// <summary>The link of a code; null when the tasks run without their docs (then no link beats a dead one).</summary>
        public static string? For(string code) => ErrorsPage.Value == null ? null : ErrorsPage.Value + "#" + code.ToLowerInvariant();

        /// <summary>errors.md under the published docs folder of this version, or null when the build names none.</summary>
        public static string? PublishedErrorsPage(string? docsUrl) =>
            string.IsNullOrWhiteSpace(docsUrl) ? null : docsUrl!.Trim().TrimEnd('/') + "/errors.md";

        /// <summary>The file URI of docs/errors.md in the nearest folder above start that has it.</summary>
        public static string? Find(string? start)
        {
            for (DirectoryInfo? folder = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); folder != null; folder = folder.Parent)
            {
                string candidate = Path.Combine(folder.FullName, "docs", "errors.md");
                if (File.Exists(candidate))
                {
                    return new Uri(candidate).AbsoluteUri;
                }
            }

            return null;
        }
    }
}
