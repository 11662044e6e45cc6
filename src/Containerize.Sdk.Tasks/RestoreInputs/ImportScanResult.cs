using System.Collections.Generic;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>What <see cref="ImportScanner"/> found, and the imports it could not follow (with why).</summary>
    public sealed class ImportScanResult
    {
        public ImportScanResult(IReadOnlyList<string> imports, IReadOnlyList<string> skipped, IReadOnlyList<UnfollowedImport> unfollowed)
        {
            Imports = imports;
            Skipped = skipped;
            Unfollowed = unfollowed;
        }

        /// <summary>Full paths of the imported repository files, in the order MSBuild would meet them.</summary>
        public IReadOnlyList<string> Imports { get; }

        public IReadOnlyList<string> Skipped { get; }

        /// <summary>The imports among Skipped whose file is unknown.</summary>
        public IReadOnlyList<UnfollowedImport> Unfollowed { get; }
    }
}
