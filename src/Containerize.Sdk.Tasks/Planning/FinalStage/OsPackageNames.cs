using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// ContainerOsPackage items: package names as apt (Debian, Ubuntu) or apk (Alpine) know them, each optionally pinned
    /// with =version. Nothing else passes, so no item can add an option or a shell word to the install command. Written
    /// sorted and without duplicates, so the RUN line only changes when the set does.
    /// </summary>
    public static class OsPackageNames
    {
        private static readonly Regex AptPackage = new Regex(
            @"^[a-z0-9][a-z0-9+.-]+(=([0-9]+:)?[0-9][A-Za-z0-9.+~-]*)?$", RegexOptions.CultureInvariant);

        private static readonly Regex ApkPackage = new Regex(
            @"^[a-z0-9][a-z0-9+._-]*(=[0-9][A-Za-z0-9.+_-]*)?$", RegexOptions.CultureInvariant);

        public static IReadOnlyList<string> Parse(IReadOnlyList<string> items, string baseImage, OsPackageManager packageManager, Findings result)
        {
            List<string> packages = items.Select(item => item.Trim()).Where(item => item.Length > 0).ToList();
            if (packages.Count == 0)
            {
                return new string[0];
            }

            if (HasNoPackageManager(baseImage))
            {
                result.Diagnostics.Add(Errors.OsPackagesWithoutPackageManager(baseImage));
                return new string[0];
            }

            Regex rule = packageManager == OsPackageManager.Apk ? ApkPackage : AptPackage;
            string manager = packageManager == OsPackageManager.Apk ? "apk" : "apt";
            foreach (string package in packages.Where(package => !rule.IsMatch(package)))
            {
                result.Diagnostics.Add(Errors.InvalidOsPackage(package, manager));
            }

            return packages.Where(package => rule.IsMatch(package)).Distinct(StringComparer.Ordinal).OrderBy(package => package, StringComparer.Ordinal).ToList();
        }

        /// <summary>Chiseled and distroless images ship without a shell or a package manager.</summary>
        public static bool HasNoPackageManager(string baseImage) =>
            baseImage.IndexOf("chiseled", StringComparison.OrdinalIgnoreCase) >= 0
            || baseImage.IndexOf("distroless", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
