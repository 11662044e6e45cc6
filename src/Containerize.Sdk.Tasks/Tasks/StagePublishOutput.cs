using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Slicing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Copies the host's publish output into one folder per slice under StagingDirectory. Publish mode: the whole publish
    /// folder, and StagingDirectory is the build context. With PublishItems: only the files this publish listed (a publish
    /// folder keeps files of earlier publishes), laid out for the Dockerfile's host stage (HostOutputLayout), less
    /// HostOnlyFiles. Unchanged files are not copied again.
    /// </summary>
    public sealed class StagePublishOutput : Task
    {
        [Required]
        public string PublishDirectory { get; set; } = "";

        [Required]
        public string ManifestPath { get; set; } = "";

        [Required]
        public string StagingDirectory { get; set; } = "";

        /// <summary>The host stage's files: ResolvedFileToPublish, by their RelativePath metadata, read from PublishDirectory.</summary>
        public ITaskItem[]? PublishItems { get; set; }

        /// <summary>Relative paths the host publish writes but the container's publish does not (the apphost it never builds).</summary>
        public string[]? HostOnlyFiles { get; set; }

        public override bool Execute()
        {
            if (!Directory.Exists(PublishDirectory))
            {
                TaskItems.Log(Log, Errors.PublishOutputMissing(PublishDirectory));
                return false;
            }

            if (!SliceManifest.TryLoad(ManifestPath, out SliceLayout? layout, out Diagnostics.ContainerizeDiagnostic? error))
            {
                TaskItems.Log(Log, error!);
                return false;
            }

            try
            {
                StagingResult result = PublishItems == null
                    ? PublishOutputStager.Stage(PublishDirectory, StagingDirectory, layout!)
                    : PublishOutputStager.Stage(ListedFiles(), StagingDirectory, layout!, HostOutputLayout.Folder);
                string counts = string.Join(", ", SliceNames.InLayerOrder.Select(slice => SliceNames.Folder(slice) + " " + result.FilesPerSlice[slice]));
                Log.LogMessage(
                    MessageImportance.Low,
                    "Containerize: staged " + PublishDirectory + " into " + StagingDirectory + " (files per layer: " + counts + "; "
                    + result.Copied + " copied, " + result.Unchanged + " unchanged, " + result.Removed + " removed).");
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                TaskItems.Log(Log, Errors.StagingFailed(StagingDirectory, exception.Message));
                return false;
            }

            return !Log.HasLoggedErrors;
        }

        private IEnumerable<KeyValuePair<string, FileInfo>> ListedFiles()
        {
            var hostOnly = new HashSet<string>((HostOnlyFiles ?? new string[0]).Select(PublishPath.Normalize), StringComparer.Ordinal);
            var listed = new SortedSet<string>(StringComparer.Ordinal);
            foreach (ITaskItem item in PublishItems!)
            {
                string relative = PublishPath.Normalize(item.GetMetadata("RelativePath"));
                if (PublishPath.IsListable(relative) && !hostOnly.Contains(relative))
                {
                    listed.Add(relative);
                }
            }

            // A listed file missing from the publish folder is an IOException from the copy: CTZ2203, never a smaller image.
            return listed.Select(relative => new KeyValuePair<string, FileInfo>(relative, new FileInfo(Path.Combine(PublishDirectory, relative))));
        }
    }
}
