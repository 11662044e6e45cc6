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
        private readonly Dictionary<string, SlicedFile> _byPath = new Dictionary<string, SlicedFile>(StringComparer.Ordinal);

        /// <summary>
        /// A path listed twice goes to the later (less stable) of its slices. Loops rather than GroupBy/OrderBy keyed by
        /// the Slice enum: on a no-op publish those LINQ instantiations cost milliseconds to load, a tenth of the
        /// package's overhead (issue 7).
        /// </summary>
        public SliceLayout(IEnumerable<SlicedFile> files, bool includeSymbols)
        {
            foreach (SlicedFile file in files)
            {
                if (!_byPath.TryGetValue(file.Path, out SlicedFile? kept) || file.Slice > kept.Slice)
                {
                    _byPath[file.Path] = file;
                }
            }

            var leavingApp = new List<SlicedFile>();
            foreach (SlicedFile file in _byPath.Values)
            {
                if (file.Slice != Slice.App)
                {
                    leavingApp.Add(file);
                }
            }

            leavingApp.Sort(InLayerThenPathOrder);
            Files = leavingApp;
            IncludeSymbols = includeSymbols;
        }

        /// <summary>The files of the slices before the app's; a path given twice keeps the less stable slice.</summary>
        public IReadOnlyList<SlicedFile> Files { get; }

        /// <summary>ContainerIncludeSymbols: *.pdb and *.dbg files stay in the image.</summary>
        public bool IncludeSymbols { get; }

        public IEnumerable<string> FilesIn(Slice slice) => Files.Where(file => file.Slice == slice).Select(file => file.Path);

        /// <summary>The slices before the app's that have files, in layer order (a loop: LINQ over the enum is slow to load).</summary>
        public IReadOnlyList<Slice> DependencySlices
        {
            get
            {
                var slices = new List<Slice>();
                foreach (Slice slice in SliceNames.InLayerOrder)
                {
                    if (slice != Slice.App && FilesIn(slice).Any())
                    {
                        slices.Add(slice);
                    }
                }

                return slices;
            }
        }

        /// <summary>The slice of a published file: the listed one, else the app's.</summary>
        public Slice SliceOf(string relativePath) =>
            _byPath.TryGetValue(PublishPath.Normalize(relativePath), out SlicedFile? file) ? file.Slice : Slice.App;

        private static int InLayerThenPathOrder(SlicedFile left, SlicedFile right) =>
            left.Slice != right.Slice ? ((int)left.Slice).CompareTo((int)right.Slice) : string.CompareOrdinal(left.Path, right.Path);
    }
}
