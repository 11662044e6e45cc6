using System.Collections.Generic;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>What <see cref="ImportScanner"/> found, and the imports it could not follow (with why).</summary>
    public sealed class ImportScanResult
    {
        public ImportScanResult(IReadOnlyList<string> imports, IReadOnlyList<string> skipped)
        {
            Imports = imports;
            Skipped = skipped;
        }

        /// <summary>Full paths of the imported repository files, in the order MSBuild would meet them.</summary>
        public IReadOnlyList<string> Imports { get; }

        public IReadOnlyList<string> Skipped { get; }
    }
}
