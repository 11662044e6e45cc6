using System;
using System.Collections.Generic;
using System.Linq;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// Which published files leave the app slice for a more stable one, and whether symbols stay in the image. Files not
    /// listed go into the app slice, so nothing the publish produced is ever lost. Files are in layer order, then ordinal
    /// path order, so the same inputs always give the same Dockerfile and the same staging.
    /// </summary>
    public sealed class SliceLayout
    {
        private readonly Dictionary<string, Slice> _sliceByPath;

        public SliceLayout(IEnumerable<SlicedFile> files, bool includeSymbols)
        {
            Files = files
                .GroupBy(file => file.Path, StringComparer.Ordinal)
                .Select(group => group.OrderBy(file => file.Slice).Last())
                .Where(file => file.Slice != Slice.App)
                .OrderBy(file => file.Slice)
                .ThenBy(file => file.Path, StringComparer.Ordinal)
                .ToList();
            IncludeSymbols = includeSymbols;
            _sliceByPath = Files.ToDictionary(file => file.Path, file => file.Slice, StringComparer.Ordinal);
        }

        /// <summary>The files of the slices before the app's; a path given twice keeps the less stable slice.</summary>
        public IReadOnlyList<SlicedFile> Files { get; }

        /// <summary>ContainerIncludeSymbols: *.pdb and *.dbg files stay in the image.</summary>
        public bool IncludeSymbols { get; }

        public IEnumerable<string> FilesIn(Slice slice) => Files.Where(file => file.Slice == slice).Select(file => file.Path);

        /// <summary>The slices before the app's that have files, in layer order.</summary>
        public IReadOnlyList<Slice> DependencySlices =>
            SliceNames.InLayerOrder.Where(slice => slice != Slice.App && Files.Any(file => file.Slice == slice)).ToList();

        /// <summary>The slice of a published file: the listed one, else the app's.</summary>
        public Slice SliceOf(string relativePath) =>
            _sliceByPath.TryGetValue(PublishPath.Normalize(relativePath), out Slice slice) ? slice : Slice.App;
    }
}
