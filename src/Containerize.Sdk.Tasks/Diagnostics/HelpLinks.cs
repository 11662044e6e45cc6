using System;
using System.IO;

namespace Containerize.Sdk.Diagnostics
{
    /// <summary>
    /// Where each code is explained: its heading in docs/errors.md of the package the tasks were loaded from (the package
    /// ships docs/ beside tasks/), so the link always names the docs of this very version and always resolves.
    /// </summary>
    public static class HelpLinks
    {
        public const string ErrorsFile = "docs/errors.md";

        private static readonly Lazy<string?> ErrorsPage = new Lazy<string?>(() => Find(Path.GetDirectoryName(typeof(HelpLinks).Assembly.Location)));

        /// <summary>The link of a code; null when the tasks run without their docs (then no link beats a dead one).</summary>
        public static string? For(string code) => ErrorsPage.Value == null ? null : ErrorsPage.Value + "#" + code.ToLowerInvariant();

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
