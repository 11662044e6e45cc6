using System;
using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Files;
using Containerize.Sdk.Slicing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Writes the slice manifest from the project's publish items (ResolvedFileToPublish): which published files go into
    /// the package, prerelease-package and project-reference layers. Written only when its content changes.
    /// </summary>
    public sealed class WriteSliceManifest : Task
    {
        /// <summary>ResolvedFileToPublish, with RelativePath, NuGetPackageId, NuGetPackageVersion, ReferenceSourceTarget and MSBuildSourceProjectFile.</summary>
        [Required]
        public ITaskItem[] PublishItems { get; set; } = new ITaskItem[0];

        [Required]
        public string ProjectFullPath { get; set; } = "";

        /// <summary>ContainerIncludeSymbols: keep *.pdb and *.dbg files in the image.</summary>
        public bool IncludeSymbols { get; set; }

        [Required]
        public string ManifestPath { get; set; } = "";

        [Output]
        public string[] FileWrites { get; set; } = new string[0];

        public override bool Execute()
        {
            SliceLayout layout = SliceAssignment.Assign(PublishItems.Select(ToPublishFile), IncludeSymbols);
            bool written = GeneratedFile.WriteIfChanged(ManifestPath, SliceManifest.Write(layout));
            var counts = new List<string>();
            foreach (Slice slice in SliceNames.InLayerOrder)
            {
                if (slice != Slice.App)
                {
                    counts.Add(SliceNames.Folder(slice) + " " + layout.FilesIn(slice).Count());
                }
            }

            Log.LogMessage(MessageImportance.Low, "Containerize: layers before the app's: " + string.Join(", ", counts) + " files; every other published file is the app's. " + ManifestPath + (written ? " written" : " unchanged"));
            FileWrites = new[] { ManifestPath };
            return !Log.HasLoggedErrors;
        }

        private PublishFile ToPublishFile(ITaskItem item)
        {
            string relativePath = item.GetMetadata("RelativePath");
            bool fromProjectReference = string.Equals(item.GetMetadata("ReferenceSourceTarget"), "ProjectReference", StringComparison.OrdinalIgnoreCase)
                || SliceAssignment.IsOtherProject(item.GetMetadata("MSBuildSourceProjectFile"), ProjectFullPath);
            return new PublishFile(
                relativePath.Length > 0 ? relativePath : System.IO.Path.GetFileName(item.ItemSpec),
                item.GetMetadata("NuGetPackageId"),
                item.GetMetadata("NuGetPackageVersion"),
                fromProjectReference);
        }
    }
}
