using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Slicing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Copies the host's publish output into one folder per slice under StagingDirectory (LayerFolders), with the layers'
    /// times and modes (ReproducibleLayers). Publish mode: the whole publish folder, and StagingDirectory is the build
    /// context. With PublishItems: only the files this publish listed (a publish folder keeps files of earlier
    /// publishes), for the Dockerfile's host stage, less HostOnlyFiles. Unchanged files are not copied again.
    /// </summary>
    public sealed class StagePublishOutput : Task
    {
        [Required]
        public string PublishDirectory { get; set; } = "";

        [Required]
        public string ManifestPath { get; set; } = "";

        [Required]
        public string StagingDirectory { get; set; } = "";

        /// <summary>The image's working directory (GenerateDockerfile's WorkingDirectory), where the app's files go.</summary>
        [Required]
        public string WorkingDirectory { get; set; } = "";

        /// <summary>The host's SBOM (WriteSbom), staged with the app as the build stage's publish writes it; empty for none.</summary>
        public string? SbomFile { get; set; }

        /// <summary>The host stage's files: ResolvedFileToPublish, by their RelativePath metadata, read from PublishDirectory.</summary>
        public ITaskItem[]? PublishItems { get; set; }

        /// <summary>Relative paths the host publish writes but the container's publish does not (the apphost it never builds).</summary>
        public string[]? HostOnlyFiles { get; set; }

        /// <summary>
        /// FileWrites: the files this build wrote. Those in PublishDirectory belong to this publish although no publish
        /// item names them (the SDK copies static web assets and their endpoints manifest on its own).
        /// </summary>
        public ITaskItem[]? Writes { get; set; }

        /// <summary>
        /// With PublishItems: host when the host stage got the files, build when the publish folder holds files this publish
        /// did not list, so the app is compiled in the container instead.
        /// </summary>
        [Output]
        public string AppStage { get; set; } = "";

        /// <summary>With PublishItems and AppStage build: why, for the summary line.</summary>
        [Output]
        public string AppSource { get; set; } = "";

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

            SortedSet<string>? listed = PublishItems == null ? null : Listed();
            if (listed != null && UnlistedFiles(listed, layout!) is { Count: > 0 } unlisted)
            {
                // An earlier publish's output, or a file a target wrote without saying so: which, nothing tells. Compiling in the
                // container gives the image the hermetic build gives; staging the folder could carry stale files into it.
                AppStage = StageLayout.BuildStageName;
                AppSource = "app compiled in the container";
                Log.LogMessage(
                    MessageImportance.Low,
                    "Containerize: the app is compiled in the container's build stage: " + PublishDirectory + " holds files neither this publish's items nor its writes name ("
                    + string.Join(", ", unlisted.Take(5)) + (unlisted.Count > 5 ? ", …" : "") + "), left by an earlier publish or written by a target that does not add it to FileWrites.");
                return true;
            }

            AppStage = listed == null ? "" : StageLayout.HostStageName;
            try
            {
                StagingResult result = listed == null
                    ? PublishOutputStager.Stage(WithSbom(FileTree.Files(PublishDirectory)), StagingDirectory, layout!, WorkingDirectory)
                    : PublishOutputStager.Stage(WithSbom(FilesOf(listed)), StagingDirectory, layout!, WorkingDirectory);
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

        private IEnumerable<KeyValuePair<string, FileInfo>> WithSbom(IEnumerable<KeyValuePair<string, FileInfo>> files) =>
            string.IsNullOrEmpty(SbomFile)
                ? files
                : files.Concat(new[] { new KeyValuePair<string, FileInfo>(Sbom.CycloneDxDocument.FileName, new FileInfo(SbomFile)) });

        private IEnumerable<KeyValuePair<string, FileInfo>> FilesOf(SortedSet<string> listed) =>
            // A listed file missing from the publish folder is an IOException from the copy: CTZ2203, never a smaller image.
            listed.Select(relative => new KeyValuePair<string, FileInfo>(relative, new FileInfo(Path.Combine(PublishDirectory, relative))));

        private HashSet<string> HostOnly() =>
            new HashSet<string>((HostOnlyFiles ?? new string[0]).Select(PublishPath.Normalize), StringComparer.Ordinal);

        /// <summary>The files of this publish: those its items list and those this build wrote into the publish folder, less the host-only ones.</summary>
        private SortedSet<string> Listed()
        {
            HashSet<string> hostOnly = HostOnly();
            string publishFolder = Path.GetFullPath(PublishDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            IEnumerable<string> written = (Writes ?? new ITaskItem[0])
                .Select(item => item.GetMetadata("FullPath"))
                .Where(path => path.StartsWith(publishFolder, Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) && File.Exists(path))
                .Select(path => path.Substring(publishFolder.Length));
            var listed = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string relative in PublishItems!.Select(item => item.GetMetadata("RelativePath")).Concat(written).Select(PublishPath.Normalize))
            {
                if (PublishPath.IsListable(relative) && !hostOnly.Contains(relative))
                {
                    listed.Add(relative);
                }
            }

            return listed;
        }

        /// <summary>Files of the publish folder that would be in the image but that neither a publish item nor this build's writes name.</summary>
        private List<string> UnlistedFiles(SortedSet<string> listed, SliceLayout layout)
        {
            HashSet<string> hostOnly = HostOnly();
            return FileTree.Files(PublishDirectory)
                .Select(file => PublishPath.Normalize(file.Key))
                .Where(relative => !listed.Contains(relative) && !hostOnly.Contains(relative) && !LeftOutFiles.IsLeftOut(relative, layout.IncludeSymbols))
                .OrderBy(relative => relative, StringComparer.Ordinal)
                .ToList();
        }
    }
}
