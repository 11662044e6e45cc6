using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Images;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Building
{
    /// <summary>
    /// A multi-platform image where there is no buildx (docker's built-in BuildKit): one build per platform, each pushed
    /// under a tag of its own (<c>tag-linux-arm64</c>), then, for each of the image's tags, one manifest list that joins
    /// them (<c>docker manifest create</c> and <c>push</c>). The SDK runs on the build platform in every build (the
    /// Dockerfile's cross build), so nothing is compiled under emulation.
    /// </summary>
    public static class PlatformImages
    {
        /// <summary>docker manifest is experimental in clients before 20.10's successors; this turns it on for them.</summary>
        public const string ExperimentalVariable = "DOCKER_CLI_EXPERIMENTAL";

        /// <summary>The tag one platform's image is pushed under: repository:tag-linux-arm64.</summary>
        public static string PlatformReference(string reference, string platform) =>
            ImageCommands.WithTagSuffix(reference, "-" + platform.Replace('/', '-'));

        /// <summary>One platform's build: the image's own, for that platform, loaded into the engine under its platform tag.</summary>
        public static BuildRequest ForPlatform(BuildRequest image, string platform) => image with
        {
            Platforms = new[] { platform },
            ImageReferences = new[] { PlatformReference(image.ImageReferences[0], platform) },
            PushFromBuilder = false,
            MetadataFile = null,
        };

        /// <summary>
        /// <c>docker manifest create</c> of the list under reference. A registry on this machine (localhost, 127.0.0.1)
        /// speaks plain HTTP, as the engine assumes for it; the client needs <c>--insecure</c> to do the same.
        /// </summary>
        public static ClientCommand CreateList(ContainerClient client, string reference, IEnumerable<string> platformReferences)
        {
            var arguments = new List<string> { "manifest", "create" };
            AddInsecure(arguments, reference);
            arguments.Add(reference);
            arguments.AddRange(platformReferences);
            return client.Command(arguments, Experimental);
        }

        /// <summary><c>docker manifest push --purge</c>: the list goes to the registry and leaves the client's local copy.</summary>
        public static ClientCommand PushList(ContainerClient client, string reference)
        {
            var arguments = new List<string> { "manifest", "push", "--purge" };
            AddInsecure(arguments, reference);
            arguments.Add(reference);
            return client.Command(arguments, Experimental);
        }

        /// <summary>A list left by a push that failed would make create refuse the name: it is removed first.</summary>
        public static ClientCommand RemoveList(ContainerClient client, string reference) =>
            client.Command(new[] { "manifest", "rm", reference }, Experimental);

        /// <summary>
        /// Builds every platform's image, pushes each, and joins them under each of the image's references; the outcome
        /// is a pushed image whose digest is the list's (the first reference's).
        /// </summary>
        /// <param name="image">The multi-platform build as the project asks for it.</param>
        /// <param name="dockerfileText">The Dockerfile's text, to find a failing line in.</param>
        /// <param name="timeout">How long each build, push and list command may take; null for no limit.</param>
        /// <param name="onLine">Receives each output line of every command.</param>
        /// <param name="cancellationToken">Stops the command that runs.</param>
        public static ImageBuildOutcome BuildAndPush(
            BuildRequest image,
            string dockerfileText,
            TimeSpan? timeout,
            Action<OutputLine> onLine,
            CancellationToken cancellationToken)
        {
            var stopwatch = Stopwatch.StartNew();
            var platformReferences = new List<string>();
            foreach (string platform in image.Platforms)
            {
                ImageBuildOutcome built = ImageBuild.Run(ForPlatform(image, platform), dockerfileText, timeout, onLine, cancellationToken);
                if (!built.Succeeded)
                {
                    return built;
                }

                platformReferences.Add(PlatformReference(image.ImageReferences[0], platform));
            }

            ImageBuildOutcome? notPushed = PushEach(image, BuilderKind.Docker, platformReferences, timeout, onLine, cancellationToken, stopwatch);
            if (notPushed != null)
            {
                return notPushed;
            }

            string? digest = null;
            foreach (string reference in image.ImageReferences)
            {
                ProcessRunner.Run(RemoveList(image.Client, reference), line => { }, timeout, cancellationToken);
                foreach (ClientCommand command in new[] { CreateList(image.Client, reference, platformReferences), PushList(image.Client, reference) })
                {
                    string? printed = null;
                    Action<OutputLine> readDigest = line =>
                    {
                        printed = ImageDigests.FromDigestFile(line.Text) ?? printed;
                        onLine(line);
                    };
                    ImageBuildOutcome? failed = RunListCommand(image, command, reference, readDigest, timeout, cancellationToken, stopwatch);
                    if (failed != null)
                    {
                        return failed;
                    }

                    digest ??= printed;
                }
            }

            return PushedList(image, digest, "docker manifest push printed no digest", stopwatch);
        }

        /// <summary>Pushes each platform's image under its own tag; null when all were pushed, else the outcome to return.</summary>
        public static ImageBuildOutcome? PushEach(
            BuildRequest image,
            BuilderKind kind,
            IReadOnlyList<string> platformReferences,
            TimeSpan? timeout,
            Action<OutputLine> onLine,
            CancellationToken cancellationToken,
            Stopwatch stopwatch)
        {
            PushOutcome pushed = ImagePush.Run(image.Client, kind, platformReferences, timeout, onLine, cancellationToken);
            return pushed.Succeeded ? null : new ImageBuildOutcome { Error = pushed.Error, Canceled = pushed.Canceled, Elapsed = stopwatch.Elapsed };
        }

        /// <summary>
        /// Runs one command that makes or pushes the list under reference; null when it succeeded, else the outcome to
        /// return: canceled, or CTZ4011 with the command and the last line it said.
        /// </summary>
        public static ImageBuildOutcome? RunListCommand(
            BuildRequest image,
            ClientCommand command,
            string reference,
            Action<OutputLine> onLine,
            TimeSpan? timeout,
            CancellationToken cancellationToken,
            Stopwatch stopwatch)
        {
            ProcessRunResult result = ProcessRunner.Run(command, onLine, timeout, cancellationToken);
            if (result.Outcome == ProcessOutcome.Canceled)
            {
                return new ImageBuildOutcome { Canceled = true, Elapsed = stopwatch.Elapsed };
            }

            if (result.Outcome == ProcessOutcome.Exited && result.ExitCode == 0)
            {
                return null;
            }

            IReadOnlyList<string> lastLines = BuildOutput.ErrorReportLines.Select(result.LastLines);
            string detail = result.StartError ?? lastLines.LastOrDefault(line => line.Trim().Length > 0)?.Trim() ?? "exit code " + result.ExitCode;
            return new ImageBuildOutcome { Error = Errors.PlatformListFailed(reference, image.Platforms, command.ToString(), detail), Elapsed = stopwatch.Elapsed };
        }

        /// <summary>The pushed list: its digest is the image's, with a warning when the client did not give it.</summary>
        public static ImageBuildOutcome PushedList(BuildRequest image, string? digest, string whyNoDigest, Stopwatch stopwatch)
        {
            IReadOnlyList<ContainerizeDiagnostic> warnings = digest != null
                ? new ContainerizeDiagnostic[0]
                : new[] { Errors.DigestUnknown(image.ImageReferences[0], whyNoDigest) };
            return new ImageBuildOutcome { Pushed = true, Digest = digest, Warnings = warnings, Elapsed = stopwatch.Elapsed };
        }

        private static IReadOnlyDictionary<string, string> Experimental => new Dictionary<string, string> { [ExperimentalVariable] = "enabled" };

        private static void AddInsecure(List<string> arguments, string reference)
        {
            string registry = reference.Split('/')[0];
            string host = registry.StartsWith("[", StringComparison.Ordinal) ? registry.Substring(0, registry.IndexOf(']') + 1) : registry.Split(':')[0];
            if (reference.Contains("/") && (host == "localhost" || host.StartsWith("127.", StringComparison.Ordinal) || host == "[::1]"))
            {
                arguments.Add("--insecure");
            }
        }
    }
}
