using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Files;
using Containerize.Sdk.Images;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Pushes every tag of the built image with the client's own push (credentials from docker login or podman login),
    /// records the digest, and writes the summary line: name, tags, image id, size, digest and duration.
    /// </summary>
    public sealed class PushContainerImage : ImageClientTask
    {
        /// <summary>A file to record the digest in; written only when it changes.</summary>
        public string? ImageDigestFile { get; set; }

        /// <summary>How long the build took (BuildContainerImage's BuildSeconds); empty when it was up to date.</summary>
        public string? BuildSeconds { get; set; }

        /// <summary>BuildContainerImage's BaseImageSummary: each base image with its digest; empty when it was up to date.</summary>
        public string? BaseImageSummary { get; set; }

        /// <summary>BuildContainerImage's BuildStageCacheReferences: the build-stage cache image, pushed after the image.</summary>
        public string[]? BuildStageCacheReferences { get; set; }

        /// <summary>The pushed manifest's digest, sha256:…; empty when it could not be read.</summary>
        [Output]
        public string ImageDigest { get; set; } = "";

        /// <summary>repository@digest: pulls exactly this image.</summary>
        [Output]
        public string DigestReference { get; set; } = "";

        public override bool Execute()
        {
            try
            {
                return Push();
            }
            catch (Exception exception)
            {
                TaskItems.Log(Log, Errors.Unexpected("pushing " + ImageName, exception));
                return false;
            }
        }

        private bool Push()
        {
            if (!ClientKinds.TryParse(BuilderKind, out BuilderKind kind))
            {
                TaskItems.Log(Log, Errors.InvalidBuildInput("BuilderKind", BuilderKind, "use docker or podman, as ProbeContainerBuilder returns it"));
                return false;
            }

            IReadOnlyList<string> references = ClientKinds.References(ImageName, ImageTags);
            ProbeOutput inspect = ProbeOutput.Run(ProbeCommands.ImageInspect(Client, references[0]), ImageBuild.InspectTimeout);
            ImageInspectReport? image = inspect.ExitCode == 0 ? ImageInspectReport.Parse(inspect.StandardOutput) : null;
            if (image == null)
            {
                TaskItems.Log(Log, Errors.ImageNotInspectable(Client.ToString(), references[0], inspect.Problem(ImageBuild.InspectTimeout)));
                return false;
            }

            Log.LogMessage(MessageImportance.Normal, "Containerize: pushing " + string.Join(", ", references) + " with " + Client + " (the engine's own login is used)");
            PushOutcome outcome = ImagePush.Run(
                Client,
                kind,
                references,
                Timeout,
                line => Log.LogMessage(MessageImportance.Normal, "  " + line.Text),
                CancellationToken);
            if (!Pushed(outcome))
            {
                return false;
            }

            TimeSpan pushTime = outcome.Elapsed;
            IReadOnlyList<string> cacheReferences = (BuildStageCacheReferences ?? new string[0]).Where(reference => reference.Trim().Length > 0).ToList();
            if (cacheReferences.Count > 0)
            {
                Log.LogMessage(MessageImportance.Normal, "Containerize: pushing the build-stage cache image " + string.Join(", ", cacheReferences));
                PushOutcome cache = ImagePush.Run(Client, kind, cacheReferences, Timeout, line => Log.LogMessage(MessageImportance.Low, "  " + line.Text), CancellationToken);
                if (!Pushed(cache))
                {
                    return false;
                }

                pushTime += cache.Elapsed;
            }

            foreach (ContainerizeDiagnostic warning in outcome.Warnings)
            {
                TaskItems.Log(Log, warning);
            }

            ImageDigest = outcome.Digest ?? "";
            DigestReference = ImageDigest.Length > 0 ? ImageCommands.DigestReference(references[0], ImageDigest) : "";
            if (ImageDigest.Length > 0 && !string.IsNullOrEmpty(ImageDigestFile))
            {
                GeneratedFile.WriteIfChanged(ImageDigestFile!, ImageDigest + "\n");
            }

            LogSummary(references, image, pushTime, cacheReferences);
            return !Log.HasLoggedErrors;
        }

        /// <returns>Whether the push went through; false after saying why.</returns>
        private bool Pushed(PushOutcome outcome)
        {
            if (outcome.Canceled)
            {
                Log.LogMessage(MessageImportance.High, "Containerize: the push was canceled.");
                return false;
            }

            if (outcome.Error != null)
            {
                TaskItems.Log(Log, outcome.Error);
                return false;
            }

            return true;
        }

        private void LogSummary(IReadOnlyList<string> references, ImageInspectReport image, TimeSpan pushTime, IReadOnlyList<string> cacheReferences)
        {
            bool built = double.TryParse(BuildSeconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double buildSeconds);
            double total = (built ? buildSeconds : 0) + pushTime.TotalSeconds;
            Log.LogMessage(
                MessageImportance.High,
                "Containerize: {0} {1} with tags {2} (image {3}, {4} MB, digest {5}) in {6} s{7}{8}",
                built ? "built and pushed" : "pushed",
                ImageName.Trim(),
                string.Join(", ", ImageCommands.Tags(references)),
                image.ShortId,
                image.SizeMegabytes,
                ImageDigest.Length > 0 ? ImageDigest : "unknown",
                total.ToString("0.0", CultureInfo.InvariantCulture),
                string.IsNullOrEmpty(BaseImageSummary) ? "" : "; base images " + BaseImageSummary,
                cacheReferences.Count == 0 ? "" : "; build-stage cache " + string.Join(", ", cacheReferences));
        }
    }
}
