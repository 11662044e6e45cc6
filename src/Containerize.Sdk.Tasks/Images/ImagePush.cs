using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Containerize.Sdk.Builders;
using Containerize.Sdk.BuildOutput;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Images
{
    /// <summary>
    /// Pushes every tag of a built image with the client's own push, so the engine's login (docker login, podman login)
    /// supplies the credentials, and reads the digest the registry now serves the image under.
    /// </summary>
    public static class ImagePush
    {
        /// <param name="client">The client that built the image.</param>
        /// <param name="kind">docker or podman.</param>
        /// <param name="references">Each registry/repository:tag to push; all name the same image.</param>
        /// <param name="timeout">How long each push may take; null for no limit.</param>
        /// <param name="onLine">Receives each output line as it arrives, on the calling thread.</param>
        /// <param name="cancellationToken">Stops the push, killing the client.</param>
        public static PushOutcome Run(
            ContainerClient client,
            BuilderKind kind,
            IReadOnlyList<string> references,
            TimeSpan? timeout,
            Action<OutputLine> onLine,
            CancellationToken cancellationToken)
        {
            var stopwatch = Stopwatch.StartNew();
            string? digest = null;
            string? digestProblem = null;
            foreach (string reference in references)
            {
                string? digestFile = kind == BuilderKind.Podman ? Path.GetTempFileName() : null;
                try
                {
                    string? printedDigest = null;
                    ProcessRunResult result = ProcessRunner.Run(
                        ImageCommands.Push(client, kind, reference, digestFile),
                        line =>
                        {
                            printedDigest = ImageDigests.FromPushLine(line.Text) ?? printedDigest;
                            onLine(line);
                        },
                        timeout,
                        cancellationToken);
                    ContainerizeDiagnostic? error = Error(result, reference, client, timeout);
                    if (result.Outcome == ProcessOutcome.Canceled)
                    {
                        return new PushOutcome { Canceled = true, Elapsed = stopwatch.Elapsed };
                    }

                    if (error != null)
                    {
                        return new PushOutcome { Error = error, Elapsed = stopwatch.Elapsed };
                    }

                    // Every tag names the same image, so the first push's digest is the image's.
                    if (digest == null)
                    {
                        digest = digestFile != null ? ImageDigests.FromDigestFile(ReadOrEmpty(digestFile)) : printedDigest;
                        digestProblem = digest != null ? null : digestFile != null ? "podman push wrote no digest to its --digestfile" : "the push output has no 'digest: sha256:…' line";
                    }
                }
                finally
                {
                    if (digestFile != null)
                    {
                        File.Delete(digestFile);
                    }
                }
            }

            IReadOnlyList<ContainerizeDiagnostic> warnings = digest == null && references.Count > 0
                ? new[] { Errors.DigestUnknown(references[0], digestProblem ?? "nothing was pushed") }
                : new ContainerizeDiagnostic[0];
            return new PushOutcome { Digest = digest, Warnings = warnings, Elapsed = stopwatch.Elapsed };
        }

        private static ContainerizeDiagnostic? Error(ProcessRunResult result, string reference, ContainerClient client, TimeSpan? timeout)
        {
            IReadOnlyList<string> lastLines = ErrorReportLines.Select(result.LastLines);
            switch (result.Outcome)
            {
                case ProcessOutcome.TimedOut:
                    return Errors.PushTimedOut(reference, timeout?.TotalMinutes ?? 0, lastLines);
                case ProcessOutcome.FailedToStart:
                    return Errors.PushFailed(reference, client.ToString(), result.StartError, lastLines);
                case ProcessOutcome.Exited when result.ExitCode != 0:
                    string? error = lastLines.LastOrDefault(line => line.Trim().Length > 0);
                    return Errors.PushFailed(reference, client.ToString(), error?.Trim(), lastLines);
                default:
                    return null;
            }
        }

        private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : "";
    }

    /// <summary>How pushing every tag ended: the digest when it succeeded, the error when it failed.</summary>
    public sealed class PushOutcome
    {
        /// <summary>The pushed manifest's digest, sha256:…; null when it failed or could not be read.</summary>
        public string? Digest { get; init; }

        public ContainerizeDiagnostic? Error { get; init; }

        /// <summary>Warnings that do not fail the push, such as an unreadable digest.</summary>
        public IReadOnlyList<ContainerizeDiagnostic> Warnings { get; init; } = new ContainerizeDiagnostic[0];

        public bool Canceled { get; init; }

        public TimeSpan Elapsed { get; init; }

        public bool Succeeded => Error == null && !Canceled;
    }
}
