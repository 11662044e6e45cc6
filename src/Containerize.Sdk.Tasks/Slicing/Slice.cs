using System;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// The layers the published files go into, most stable first, so that a code change rebuilds and ships only the last
    /// (like Jib and Paketo's .NET buildpack): a layer stays cached while every layer before it is unchanged.
    /// </summary>
    public enum Slice
    {
        /// <summary>Files of NuGet packages with a release version: they change only when a version does.</summary>
        Packages,

        /// <summary>Files of prerelease packages, which are upgraded more often.</summary>
        PrereleasePackages,

        /// <summary>Outputs of referenced projects: they change with the repository's own code, less often than the app.</summary>
        ProjectReferences,

        /// <summary>The app's own files, and every file not known to belong to one of the slices before it.</summary>
        App,
    }

    /// <summary>The folder and manifest name of each slice.</summary>
    public static class SliceNames
    {
        public static readonly Slice[] InLayerOrder = { Slice.Packages, Slice.PrereleasePackages, Slice.ProjectReferences, Slice.App };

        public static string Folder(Slice slice)
        {
            switch (slice)
            {
                case Slice.Packages:
                    return "packages";
                case Slice.PrereleasePackages:
                    return "prerelease-packages";
                case Slice.ProjectReferences:
                    return "project-references";
                default:
                    return "app";
            }
        }

        public static bool TryParse(string name, out Slice slice)
        {
            foreach (Slice candidate in InLayerOrder)
            {
                if (string.Equals(name, Folder(candidate), StringComparison.Ordinal))
                {
                    slice = candidate;
                    return true;
                }
            }

            slice = Slice.App;
            return false;
        }
    }
}
