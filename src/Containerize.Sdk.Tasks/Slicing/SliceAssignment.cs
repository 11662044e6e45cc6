using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NuGet.Versioning;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// Sorts publish items into slices from their own metadata: project-reference outputs, package files by whether the
    /// package version is a prerelease, and the rest (the app's own files, its satellite assemblies, files of unknown
    /// origin) into the app slice. Satellite resource assemblies and runtimes/* native assets follow the package or
    /// project they come from, since the SDK gives them the same metadata.
    /// </summary>
    public static class SliceAssignment
    {
        /// <remarks>
        /// A project reached through another one (App -> Lib -> Core) is a "project" library in the assets file, so the
        /// SDK gives Core's files, its XML documentation included, NuGetPackageId=Core as well as the project-reference
        /// metadata: being built from a project decides, or a code change in Core would rebuild the packages layer.
        /// </remarks>
        public static Slice SliceOf(PublishFile file)
        {
            if (file.IsProjectReference)
            {
                return Slice.ProjectReferences;
            }

            if (file.PackageId != null)
            {
                return IsPrerelease(file.PackageVersion) ? Slice.PrereleasePackages : Slice.Packages;
            }

            return Slice.App;
        }

        /// <summary>The layout of the files the image keeps; left-out files and paths that cannot be listed stay out of it.</summary>
        public static SliceLayout Assign(IEnumerable<PublishFile> files, bool includeSymbols)
        {
            var sliced = new List<SlicedFile>();
            foreach (PublishFile file in files)
            {
                string path = PublishPath.Normalize(file.RelativePath);
                if (!PublishPath.IsListable(path) || LeftOutFiles.IsLeftOut(path, includeSymbols))
                {
                    continue;
                }

                sliced.Add(new SlicedFile(path, SliceOf(file)));
            }

            return new SliceLayout(sliced, includeSymbols);
        }

        /// <summary>A version without a valid SemVer form counts as a prerelease when it has a '-' label.</summary>
        public static bool IsPrerelease(string? version)
        {
            if (version == null)
            {
                return false;
            }

            return NuGetVersion.TryParse(version, out NuGetVersion? parsed) ? parsed.IsPrerelease : version.IndexOf('-') >= 0;
        }

        /// <summary>Whether a publish item's MSBuildSourceProjectFile names a project other than the one being published.</summary>
        public static bool IsOtherProject(string? sourceProjectFile, string projectFullPath)
        {
            if (string.IsNullOrWhiteSpace(sourceProjectFile))
            {
                return false;
            }

            StringComparison comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return !string.Equals(Path.GetFullPath(sourceProjectFile), Path.GetFullPath(projectFullPath), comparison);
        }
    }
}
