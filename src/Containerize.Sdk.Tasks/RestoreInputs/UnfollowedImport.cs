using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>An import ImportScanner could not follow: the file it names is unknown, so it may be missing from what the build stage is sent.</summary>
    public sealed class UnfollowedImport
    {
        /// <summary>Properties that name the SDK, MSBuild, Visual Studio or the package cache: an import under them is never a repository file.</summary>
        private static readonly HashSet<string> ToolsetProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "MSBuildBinPath", "MSBuildToolsPath", "MSBuildToolsPath32", "MSBuildToolsPath64", "MSBuildExtensionsPath",
            "MSBuildExtensionsPath32", "MSBuildExtensionsPath64", "MSBuildSDKsPath", "MSBuildFrameworkToolsPath",
            "MSBuildUserExtensionsPath", "VSToolsPath", "NuGetPackageRoot", "NetCoreRoot", "NetCoreTargetingPackRoot",
            "RoslynTargetsPath", "DOTNET_HOST_PATH",
        };

        private static readonly Regex LeadingProperty = new Regex(@"^\s*\$\(\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\)", RegexOptions.CultureInvariant);

        public UnfollowedImport(string expression, string description)
        {
            Expression = expression;
            Description = description;
        }

        /// <summary>The Project attribute as written; empty when a whole file could not be read.</summary>
        public string Expression { get; }

        /// <summary>Which file, which import, and why: for the build log.</summary>
        public string Description { get; }

        /// <summary>
        /// False when the import starts with a toolset property or a global property of the build (a path given from
        /// outside the repository, such as a test harness's package folder); otherwise it may name a repository file.
        /// </summary>
        public bool MayNameRepositoryFile(IEnumerable<string> globalProperties)
        {
            Match match = LeadingProperty.Match(Expression);
            if (!match.Success)
            {
                return true;
            }

            string name = match.Groups[1].Value;
            return !ToolsetProperties.Contains(name) && !globalProperties.Contains(name, StringComparer.OrdinalIgnoreCase);
        }
    }
}
