using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Images;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// ContainerArchiveOutputPath: writes the built image with every tag to a tar archive (docker save) that docker load
    /// and podman load read, for machines that cannot reach the registry.
    /// </summary>
    public sealed class SaveContainerImage : ImageClientTask
    {
        /// <summary>The archive file, or a folder to write &lt;repository&gt;.tar into; a full path.</summary>
        [Required]
        public string ArchiveOutputPath { get; set; } = "";

        /// <summary>The archive written.</summary>
        [Output]
        public string ArchivePath { get; set; } = "";

        public override bool Execute()
        {
            try
            {
                return Save();
            }
            catch (Exception exception)
            {
                TaskItems.Log(Log, Errors.Unexpected("writing the image archive " + ArchiveOutputPath, exception));
                return false;
            }
        }

        private bool Save()
        {
            if (!ClientKinds.TryParse(BuilderKind, out BuilderKind kind))
            {
                TaskItems.Log(Log, Errors.InvalidBuildInput("BuilderKind", BuilderKind, "use docker or podman, as ProbeContainerBuilder returns it"));
                return false;
            }

            string path = ArchivePath = Images.ArchivePath.Resolve(ArchiveOutputPath, ImageName, Directory.Exists);
            IReadOnlyList<string> references = ClientKinds.References(ImageName, ImageTags);
            ContainerizeDiagnostic? error = ImageArchive.Save(
                Client,
                kind,
                path,
                references,
                Timeout,
                line => Log.LogMessage(MessageImportance.Normal, "  " + line.Text),
                CancellationToken,
                out bool canceled);
            if (canceled)
            {
                Log.LogMessage(MessageImportance.High, "Containerize: writing the image archive was canceled.");
                return false;
            }

            if (error != null)
            {
                TaskItems.Log(Log, error);
                return false;
            }

            string megabytes = (new FileInfo(path).Length / 1000000.0).ToString("0.0", CultureInfo.InvariantCulture);
            Log.LogMessage(MessageImportance.High, "Containerize: wrote {0} ({1} MB) with {2}; load it with 'docker load --input {0}'", path, megabytes, string.Join(", ", references));
            return !Log.HasLoggedErrors;
        }
    }
}
