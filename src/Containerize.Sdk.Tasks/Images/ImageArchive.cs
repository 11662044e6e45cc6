using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Containerize.Sdk.Builders;
using Containerize.Sdk.BuildOutput;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Images
{
    /// <summary>Writes a built image, with every tag, to an archive that docker load (and podman load) read back.</summary>
    public static class ImageArchive
    {
        /// <returns>The error when the archive could not be written; null when it was.</returns>
        public static ContainerizeDiagnostic? Save(
            ContainerClient client,
            BuilderKind kind,
            string archivePath,
            IReadOnlyList<string> references,
            TimeSpan? timeout,
            Action<OutputLine> onLine,
            CancellationToken cancellationToken,
            out bool canceled)
        {
            canceled = false;
            string? folder = Path.GetDirectoryName(archivePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            // A stale archive from an earlier publish must not survive a failed save and be taken for this image.
            if (File.Exists(archivePath))
            {
                File.Delete(archivePath);
            }

            ProcessRunResult result = ProcessRunner.Run(ImageCommands.Save(client, kind, archivePath, references), onLine, timeout, cancellationToken);
            IReadOnlyList<string> lastLines = ErrorReportLines.Select(result.LastLines);
            switch (result.Outcome)
            {
                case ProcessOutcome.Canceled:
                    canceled = true;
                    return null;
                case ProcessOutcome.TimedOut:
                    return Errors.ArchiveFailed(archivePath, "it took longer than ContainerizeBuildTimeout", lastLines);
                case ProcessOutcome.FailedToStart:
                    return Errors.ArchiveFailed(archivePath, result.StartError ?? "the client did not start", lastLines);
            }

            if (result.ExitCode != 0)
            {
                return Errors.ArchiveFailed(archivePath, "exit code " + result.ExitCode, lastLines);
            }

            return File.Exists(archivePath) ? null : Errors.ArchiveFailed(archivePath, "the client wrote no file", lastLines);
        }
    }
}
