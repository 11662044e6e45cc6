using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Files;
using Containerize.Sdk.Processes;
using Containerize.Sdk.UpToDate;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Decides whether the builder needs to run: not when the fingerprint of the build's inputs equals the one recorded
    /// after the last successful build and each image reference still names the image that build made. Says so in one
    /// line when it is skipped; every other outcome is a low-importance message, and any doubt means a build.
    /// </summary>
    public sealed class CheckImageUpToDate : Task
    {
        /// <summary>The fingerprint's setting for each image reference: StartEngineQueries reads the last build's.</summary>
        internal const string ImageSetting = "image ";

        [Required]
        public string BuilderPath { get; set; } = "";

        /// <summary>ContainerizeDockerContext: the docker context every client command names (--context); empty for the client's own.</summary>
        public string? DockerContext { get; set; }

        [Required]
        public string BuildMode { get; set; } = "";

        [Required]
        public string DockerfilePath { get; set; } = "";

        [Required]
        public string ContextDirectory { get; set; } = "";

        [Required]
        public string ImageName { get; set; } = "";

        public string[]? ImageTags { get; set; }

        /// <summary>
        /// Every other option the build command is given (extra arguments, platforms, buildx builder, cache, network,
        /// secrets), as text: a different text means a different build.
        /// </summary>
        public string? BuildOptions { get; set; }

        /// <summary>Where RecordImageFingerprint keeps the fingerprint of the last successful build.</summary>
        [Required]
        public string FingerprintFile { get; set; } = "";

        /// <summary>Where this build's fingerprint waits for RecordImageFingerprint, which keeps it once the build succeeded.</summary>
        [Required]
        public string PendingFingerprintFile { get; set; } = "";

        [Output]
        public bool IsUpToDate { get; set; }

        /// <summary>The image id when it is up to date.</summary>
        [Output]
        public string ImageId { get; set; } = "";

        public override bool Execute()
        {
            string fingerprint;
            try
            {
                fingerprint = BuildFingerprint.Describe(Inputs());
                GeneratedFile.WriteIfChanged(PendingFingerprintFile, fingerprint);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: the build inputs could not be fingerprinted (" + exception.Message + "); the builder runs.");
                return true;
            }

            FingerprintRecord? record = FingerprintRecord.Read(FingerprintFile);
            if (record == null)
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: no record of an earlier build in " + FingerprintFile + "; the builder runs.");
                return true;
            }

            if (!string.Equals(record.Fingerprint, fingerprint, StringComparison.Ordinal))
            {
                Log.LogMessage(
                    MessageImportance.Low,
                    "Containerize: the Dockerfile, the build context or the builder options changed since the last build; the builder runs. "
                    + string.Join("; ", BuildFingerprint.Differences(record.Fingerprint, fingerprint, 6)));
                return true;
            }

            Func<ClientCommand, TimeSpan, ProbeOutput> run = EngineQueries.Runner(BuildEngine, Log);
            foreach (string reference in References())
            {
                ProbeOutput output = run(ProbeCommands.ImageInspect(new ContainerClient(BuilderPath, DockerContext), reference), ImageBuild.InspectTimeout);
                ImageInspectReport? image = output.ExitCode == 0 ? ImageInspectReport.Parse(output.StandardOutput) : null;
                if (image == null || !FingerprintRecord.SameImage(image.ImageId, record.ImageId))
                {
                    Log.LogMessage(MessageImportance.Low, "Containerize: " + reference + " is not the image the last build made; the builder runs.");
                    return true;
                }
            }

            IsUpToDate = true;
            ImageId = record.ImageId;
            Log.LogMessage(MessageImportance.High, "Containerize: image " + References().First() + " is up to date; the builder was not started.");
            return true;
        }

        private IReadOnlyList<string> References()
        {
            List<string> tags = (ImageTags ?? new string[0]).Select(tag => tag.Trim()).Where(tag => tag.Length > 0).ToList();
            return (tags.Count > 0 ? tags : new List<string> { "latest" }).Select(tag => ImageName.Trim() + ":" + tag).ToList();
        }

        private BuildFingerprintInputs Inputs()
        {
            var settings = new List<string>();
            settings.AddRange(References().Select(reference => ImageSetting + reference));
            settings.Add("options " + (BuildOptions ?? "").Trim());
            return new BuildFingerprintInputs
            {
                DockerfilePath = DockerfilePath,
                ContextDirectory = ContextDirectory,
                BuildMode = BuildMode,
                BuilderPath = BuilderPath,
                Settings = settings,
            };
        }
    }
}
