using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Containerize.Sdk.Builders;
using Containerize.Sdk.BuildOutput;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Images;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Building
{
    /// <summary>
    /// Runs one image build end to end: starts the client, streams its output, and either inspects the image it built or
    /// turns the failure into an error that names the failing step and its Dockerfile line.
    /// </summary>
    public static class ImageBuild
    {
        /// <summary>Inspecting a local image is instant; this only guards against an engine that stopped answering.</summary>
        public static readonly TimeSpan InspectTimeout = TimeSpan.FromSeconds(30);

        /// <param name="request">What to build.</param>
        /// <param name="dockerfileText">The Dockerfile's text, to find the failing line in.</param>
        /// <param name="timeout">How long the build may take; null for no limit.</param>
        /// <param name="onLine">Receives each output line as it arrives, on the calling thread.</param>
        /// <param name="cancellationToken">Stops the build, killing the client and what it started.</param>
        /// <param name="run">Runs short commands (image inspect); the real process runner unless a test replaces it.</param>
        public static ImageBuildOutcome Run(
            BuildRequest request,
            string dockerfileText,
            TimeSpan? timeout,
            Action<OutputLine> onLine,
            CancellationToken cancellationToken,
            Func<ClientCommand, TimeSpan, ProbeOutput>? run = null)
        {
            ClientCommand command = BuildCommandFactory.Create(request);
            IBuildOutputReader reader = BuildOutputReaders.For(request.Mode);
            ProcessRunResult result;
            using (StreamWriter? log = OpenLog(request.LogFile))
            {
                result = ProcessRunner.Run(
                    command,
                    line =>
                    {
                        reader.Read(line);
                        log?.Write(line.Text + "\n");
                        onLine(line);
                    },
                    timeout,
                    cancellationToken);
            }

            switch (result.Outcome)
            {
                case ProcessOutcome.Canceled:
                    return new ImageBuildOutcome { Canceled = true, Elapsed = result.Elapsed };
                case ProcessOutcome.TimedOut:
                    return Failed(Errors.BuildTimedOut(timeout?.TotalMinutes ?? 0, request.DockerfilePath, ErrorReportLines.Select(result.LastLines)), result, request.DockerfilePath, 0);
                case ProcessOutcome.FailedToStart:
                    ContainerizeDiagnostic notStarted = request.Mode == BuildMode.Podman
                        ? Errors.PodmanNotFound(request.Client + " could not be started: " + result.StartError)
                        : Errors.NoClientFound(request.Client + " could not be started: " + result.StartError);
                    return Failed(notStarted, result, null, 0);
            }

            if (result.ExitCode != 0)
            {
                return BuildFailed(request, dockerfileText, reader.Failure(), result);
            }

            if (request.PushFromBuilder)
            {
                return Pushed(request, result);
            }

            return Inspect(request, result, run ?? ProbeOutput.Run);
        }

        /// <summary>Whether the Dockerfile has a HEALTHCHECK, which podman keeps only in the docker image format.</summary>
        public static bool HasHealthcheck(string dockerfileText) =>
            DockerfileScanner.Scan(dockerfileText).Any(instruction => instruction.Keyword == "HEALTHCHECK");

        /// <summary>
        /// The MSBuild errors the failing step printed, each as itself at its host file, then one CTZ3003 for the step
        /// with hints for the causes they show; the last output lines when no MSBuild error names the cause.
        /// </summary>
        private static ImageBuildOutcome BuildFailed(BuildRequest request, string dockerfileText, BuildFailure failure, ProcessRunResult result)
        {
            IReadOnlyList<ScannedInstruction> instructions = DockerfileScanner.Scan(dockerfileText);
            int line = FailedStepLocator.Locate(instructions, failure);
            List<MsBuildError> errors = failure.MsBuildErrors
                .Select(error => BuildStagePaths.ToHost(error, request.ContextDirectory, request.DockerfilePath, line))
                .ToList();
            ContainerizeDiagnostic summary = Errors.BuildFailed(
                failure.Step,
                failure.Instruction,
                request.DockerfilePath,
                line,
                failure.Error,
                errors.Count + failure.MsBuildErrorsOmitted,
                BuildFailureHints.For(failure.MsBuildErrors, instructions, request.ContextDirectory),
                request.LogFile);
            return new ImageBuildOutcome
            {
                MsBuildErrors = errors,
                LastLines = errors.Count == 0 ? ErrorReportLines.Select(result.LastLines) : new string[0],
                Error = summary,
                ErrorFile = request.DockerfilePath,
                ErrorLine = line,
                Elapsed = result.Elapsed,
            };
        }

        /// <summary>The build log, replaced by each build; UTF-8 without a byte order mark and \n line ends on every OS.</summary>
        private static StreamWriter? OpenLog(string? path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return null;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            return new StreamWriter(path!, append: false, new UTF8Encoding(false));
        }

        private static ImageBuildOutcome Inspect(BuildRequest request, ProcessRunResult result, Func<ClientCommand, TimeSpan, ProbeOutput> run)
        {
            string reference = request.ImageReferences.Count > 0 ? request.ImageReferences[0] : "";
            ProbeOutput output = run(ProbeCommands.ImageInspect(request.Client, reference), InspectTimeout);
            ImageInspectReport? image = output.ExitCode == 0 ? ImageInspectReport.Parse(output.StandardOutput) : null;
            if (image == null)
            {
                string detail = output.ExitCode == 0 ? "unexpected output '" + output.StandardOutput.Trim() + "'" : output.Problem(InspectTimeout);
                return Failed(Errors.ImageNotInspectable(request.Client.ToString(), reference, detail), result, null, 0);
            }

            return new ImageBuildOutcome { Image = image, Elapsed = result.Elapsed };
        }

        /// <summary>A pushed image is not in the engine: its digest comes from the metadata buildx wrote.</summary>
        private static ImageBuildOutcome Pushed(BuildRequest request, ProcessRunResult result)
        {
            string? digest = null;
            if (!string.IsNullOrEmpty(request.MetadataFile) && File.Exists(request.MetadataFile))
            {
                digest = ImageDigests.FromBuildxMetadata(File.ReadAllText(request.MetadataFile));
            }

            IReadOnlyList<ContainerizeDiagnostic> warnings = digest != null || request.ImageReferences.Count == 0
                ? new ContainerizeDiagnostic[0]
                : new[] { Errors.DigestUnknown(request.ImageReferences[0], "the buildx metadata file names no containerimage.digest") };
            return new ImageBuildOutcome { Pushed = true, Digest = digest, Warnings = warnings, Elapsed = result.Elapsed };
        }

        private static ImageBuildOutcome Failed(ContainerizeDiagnostic error, ProcessRunResult result, string? file, int line) =>
            new ImageBuildOutcome { Error = error, ErrorFile = file, ErrorLine = line, Elapsed = result.Elapsed };
    }
}
