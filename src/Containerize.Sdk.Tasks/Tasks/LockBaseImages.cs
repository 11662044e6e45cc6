using System;
using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Files;
using Containerize.Sdk.Images;
using Containerize.Sdk.Processes;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// ContainerizeLockBaseImages: pulls the base and SDK images and writes their registry digests into the lock file
    /// that ContainerizePinBaseImages reads. The file is written only when every image has a digest, and only when
    /// its content changed.
    /// </summary>
    public sealed class LockBaseImages : Task
    {
        /// <summary>ProbeContainerBuilder's BuilderKind: docker, podman, or none, which cannot pull.</summary>
        public string? BuilderKind { get; set; }

        public string? BuilderPath { get; set; }

        /// <summary>ContainerizeDockerContext: the docker context every client command names (--context); empty for the client's own.</summary>
        public string? DockerContext { get; set; }

        /// <summary>GenerateDockerfile's BaseImage and SdkImage, not pinned.</summary>
        public string[]? Images { get; set; }

        [Required]
        public string LockFile { get; set; } = "";

        /// <summary>ContainerizeBuildTimeout: minutes each pull may take; 0 for no limit.</summary>
        public double TimeoutMinutes { get; set; }

        public override bool Execute()
        {
            if (string.Equals(BuilderKind, "none", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(BuilderPath))
            {
                TaskItems.Log(Log, Errors.LockNeedsEngine());
                return false;
            }

            try
            {
                var problems = new List<ContainerizeDiagnostic>();
                IReadOnlyList<string> images = (Images ?? new string[0]).Select(image => image.Trim()).Where(image => image.Length > 0).ToList();
                TimeSpan pullTimeout = TimeSpan.FromMinutes(TimeoutMinutes > 0 ? TimeoutMinutes : 30);
                Dictionary<string, string?> digests = BaseImageDigests.Lock(new ContainerClient(BuilderPath!, DockerContext), images, pullTimeout, ProbeOutput.Run, problems);
                foreach (ContainerizeDiagnostic problem in problems)
                {
                    TaskItems.Log(Log, problem);
                }

                if (problems.Count > 0)
                {
                    return false;
                }

                bool written = GeneratedFile.WriteIfChanged(LockFile, BaseImageLock.Text(digests));
                Log.LogMessage(
                    MessageImportance.High,
                    "Containerize: {0} {1}: {2}",
                    written ? "locked the base images in" : "the base images are unchanged in",
                    LockFile,
                    digests.Count == 0 ? "every base image names its digest itself" : string.Join(", ", digests.Select(entry => entry.Key + "@" + entry.Value)));
                return true;
            }
            catch (Exception exception)
            {
                TaskItems.Log(Log, Errors.Unexpected("locking the base images in " + LockFile, exception));
                return false;
            }
        }
    }
}
