using System;
using System.IO;
using System.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Slicing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Publish mode: copies the host's publish folder into one folder per slice under StagingDirectory, the build context
    /// of the generated Dockerfile. Unchanged files are not copied again.
    /// </summary>
    public sealed class StagePublishOutput : Task
    {
        [Required]
        public string PublishDirectory { get; set; } = "";

        [Required]
        public string ManifestPath { get; set; } = "";

        [Required]
        public string StagingDirectory { get; set; } = "";

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
                StagingResult result = PublishOutputStager.Stage(PublishDirectory, StagingDirectory, layout!);
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
    }
}
