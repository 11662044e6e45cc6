using System.Collections.Generic;

namespace Containerize.Sdk.Slicing
{
    /// <summary>What staging the publish output did, for the build log.</summary>
    public sealed class StagingResult
    {
        public StagingResult(IReadOnlyDictionary<Slice, int> filesPerSlice, int copied, int unchanged, int removed)
        {
            FilesPerSlice = filesPerSlice;
            Copied = copied;
            Unchanged = unchanged;
            Removed = removed;
        }

        public IReadOnlyDictionary<Slice, int> FilesPerSlice { get; }

        public int Copied { get; }

        public int Unchanged { get; }

        public int Removed { get; }
    }
}
