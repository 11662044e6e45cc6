using System.Collections.Generic;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>The restore inputs of a project closure, as full paths in a stable order.</summary>
    public sealed class RestoreInputResult
    {
        public RestoreInputResult(IReadOnlyList<string> files, IReadOnlyList<string> localPackageSources, IReadOnlyList<string> credentialConfigs, IReadOnlyList<string> skipped, IReadOnlyDictionary<string, string> localPackageSourceOrigins, IReadOnlyList<UnfollowedImport> unfollowedImports)
        {
            UnfollowedImports = unfollowedImports;
            Files = files;
            LocalPackageSources = localPackageSources;
            CredentialConfigs = credentialConfigs;
            Skipped = skipped;
            LocalPackageSourceOrigins = localPackageSourceOrigins;
        }

        /// <summary>Files copied into the build stage before restore.</summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>Local folder package sources, copied whole.</summary>
        public IReadOnlyList<string> LocalPackageSources { get; }

        /// <summary>NuGet.config files with credentials: never copied, mounted as build secrets for the restore.</summary>
        public IReadOnlyList<string> CredentialConfigs { get; }

        /// <summary>Imports that could not be followed, with why: for the build log.</summary>
        public IReadOnlyList<string> Skipped { get; }

        /// <summary>The imports of Skipped that could not be followed: a file they name may be missing from the list.</summary>
        public IReadOnlyList<UnfollowedImport> UnfollowedImports { get; }

        /// <summary>For each local package source, where it comes from (see PackageSourceOrigin): for CTZ2003.</summary>
        public IReadOnlyDictionary<string, string> LocalPackageSourceOrigins { get; }
    }
}
