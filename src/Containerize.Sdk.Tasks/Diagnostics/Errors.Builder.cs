using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Containerize.Sdk.Inference;

namespace Containerize.Sdk.Diagnostics
{
    /// <summary>
    /// Errors and warnings about the container client and the image build (CTZ3xxx). Each says what happened and what
    /// to do, naming the property or environment variable that changes it.
    /// </summary>
    public static partial class Errors
    {
        private const int StepLength = 100;
        private const int CommandLength = 60;
        private static readonly Regex MountOption = new Regex(@"--mount=\S+\s+", RegexOptions.CultureInvariant);
        private static readonly Regex LeadingOptions = new Regex(@"^(?:--\S+\s+)*", RegexOptions.CultureInvariant);

        private const string NoneHint = "or set ContainerizeBuilder=none to write the Dockerfile without building it";

        /// <param name="searched">What was tried, for example "ContainerizeDockerPath '/opt/docker'" or "docker on PATH".</param>
        public static ContainerizeDiagnostic NoClientFound(string searched) =>
            new ContainerizeDiagnostic("CTZ3001", $"No docker client was found ({Show(searched)}). Install Docker, or set the ContainerizeDockerPath property or the CONTAINERIZE_DOCKER environment variable to the docker (or compatible) executable, {NoneHint}.");

        /// <param name="clientPath">The client that was asked.</param>
        /// <param name="dockerHost">The DOCKER_HOST environment variable, if set.</param>
        /// <param name="dockerContext">ContainerizeDockerContext, if set; it wins over DOCKER_HOST.</param>
        /// <param name="detail">What the client said, on one line.</param>
        public static ContainerizeDiagnostic DaemonNotReachable(string clientPath, string? dockerHost, string? dockerContext, string detail)
        {
            string where = !string.IsNullOrEmpty(dockerContext) ? $" in docker context '{Show(dockerContext!)}' (ContainerizeDockerContext)"
                : !string.IsNullOrEmpty(dockerHost) ? $" at DOCKER_HOST={Show(dockerHost!)}" : "";
            string check = !string.IsNullOrEmpty(dockerContext) ? $"check the context with 'docker context inspect {Show(dockerContext!)}', "
                : !string.IsNullOrEmpty(dockerHost) ? "check DOCKER_HOST, " : "";
            return new ContainerizeDiagnostic("CTZ3002", $"{Show(clientPath)} found no container engine{where} ({Show(detail)}). Start Docker Desktop or dockerd (or podman, with 'podman machine start' where it uses a machine), {check}{NoneHint}.");
        }

        /// <param name="context">The value of ContainerizeDockerContext.</param>
        public static ContainerizeDiagnostic InvalidDockerContext(string context) =>
            new ContainerizeDiagnostic("CTZ3014", $"ContainerizeDockerContext '{Show(context)}' is not a docker context name: a name starts with a letter or digit and holds only letters, digits, '_', '.', '+' and '-'. Set it to a name that 'docker context ls' lists, or leave it empty to use DOCKER_HOST or the current context.");

        /// <param name="context">The value of ContainerizeDockerContext.</param>
        public static ContainerizeDiagnostic DockerContextWithPodman(string context) =>
            new ContainerizeDiagnostic("CTZ3015", $"ContainerizeDockerContext '{Show(context)}' names a docker context, but ContainerizeBuilder is podman, which has no docker contexts. Choose podman's engine with CONTAINER_HOST or 'podman system connection default', or set ContainerizeBuilder=docker to build in that context.");

        /// <param name="step">The failing step as the builder printed it; null when the output did not name one.</param>
        /// <param name="instruction">The failing instruction without the builder's step prefix; null when unknown.</param>
        /// <param name="dockerfilePath">The Dockerfile that was built.</param>
        /// <param name="dockerfileLine">1-based line of the failing instruction; 0 when it could not be found.</param>
        /// <param name="error">The builder's error line; null when it printed none that could be recognised.</param>
        /// <param name="msBuildErrorCount">How many MSBuild errors from the step were reported before this one.</param>
        /// <param name="hints">What to do about the causes those errors show, each a sentence.</param>
        /// <param name="logPath">The file holding the builder's whole output; null when none was written.</param>
        public static ContainerizeDiagnostic BuildFailed(string? step, string? instruction, string dockerfilePath, int dockerfileLine, string? error, int msBuildErrorCount, IReadOnlyList<string> hints, string? logPath)
        {
            string location = dockerfileLine > 0 ? dockerfilePath + ":" + dockerfileLine.ToString(CultureInfo.InvariantCulture) : dockerfilePath;
            string where = step == null ? $"The container build of {location} failed" : $"The container build failed at step '{Show(ShortStep(step))}' ({location})";
            string why = error == null ? "" : ": " + Show(ShortError(error, instruction));
            string errors = msBuildErrorCount == 0 ? "" : $" The {msBuildErrorCount.ToString(CultureInfo.InvariantCulture)} error(s) before this one come from that step.";
            string log = logPath == null ? "the build log at normal verbosity" : Show(logPath);
            return new ContainerizeDiagnostic("CTZ3003", $"{where}{why}.{errors}{string.Concat(hints.Select(hint => " " + Show(hint)))} Fix that instruction or what it builds, then publish again; the builder's whole output is in {log}.");
        }

        public static ContainerizeDiagnostic BuildTimedOut(double minutes, string dockerfilePath, IReadOnlyList<string> lastLines) =>
            new ContainerizeDiagnostic("CTZ3004", $"The container build of {dockerfilePath} did not finish within {minutes.ToString("0.##", CultureInfo.InvariantCulture)} minutes and was stopped. Set the ContainerizeBuildTimeout property to more minutes (0 means no limit), or find what hangs in the output. Last output lines:{Tail(lastLines)}");

        /// <param name="docker">Why docker cannot build, on one line.</param>
        /// <param name="podman">Why podman cannot build, on one line.</param>
        public static ContainerizeDiagnostic NoBuilderAnswers(string docker, string podman) =>
            new ContainerizeDiagnostic("CTZ3005", $"ContainerizeBuilder=auto found no container engine: docker: {Show(docker)}; podman: {Show(podman)}. Install and start Docker or Podman, set ContainerizeBuilder=docker or podman to see that builder's own error, {NoneHint}.");

        /// <param name="searched">What was tried, for example "ContainerizePodmanPath '/opt/podman'" or "podman on PATH".</param>
        public static ContainerizeDiagnostic PodmanNotFound(string searched) =>
            new ContainerizeDiagnostic("CTZ3006", $"ContainerizeBuilder=podman, but no podman client was found ({Show(searched)}). Install Podman, or set the ContainerizePodmanPath property to the podman executable, or use ContainerizeBuilder=docker or auto, {NoneHint}.");

        public static ContainerizeDiagnostic UnknownBuilder(string value) =>
            new ContainerizeDiagnostic("CTZ3007", $"ContainerizeBuilder '{Show(value)}' is not known: use auto, docker, podman or none.");

        /// <param name="parameter">The task parameter, as the targets pass it.</param>
        public static ContainerizeDiagnostic InvalidBuildInput(string parameter, string value, string rule) =>
            new ContainerizeDiagnostic("CTZ3008", $"The image build parameter {parameter} '{Show(value)}' is not valid: {rule}. This value comes from the Containerize targets; if you override them, pass a valid value.");

        public static ContainerizeDiagnostic ImageNotInspectable(string clientPath, string reference, string detail) =>
            new ContainerizeDiagnostic("CTZ3009", $"The build succeeded, but '{Show(clientPath)} image inspect {Show(reference)}' failed ({Show(detail)}). Check that the engine that built the image is the one the client talks to (DOCKER_HOST, docker context), then publish again.");

        /// <param name="what">What was being done, for example "starting /usr/bin/docker".</param>
        public static ContainerizeDiagnostic Unexpected(string what, Exception exception) =>
            new ContainerizeDiagnostic("CTZ3010", $"Containerize failed while {what}: {exception.GetType().Name}: {Show(exception.Message)}. Run the build with -v:diag to see the details, and report it if it is not caused by your machine.");

        /// <param name="withoutBuildx">How the client builds instead.</param>
        public static ContainerizeDiagnostic CacheToNeedsBuildx(BuilderWithoutBuildx withoutBuildx, string clientPath) =>
            new ContainerizeDiagnostic("CTZ3011", withoutBuildx == BuilderWithoutBuildx.DockerBuiltInBuildKit
                ? $"ContainerizeCacheTo exports the build cache to a registry or a folder, which only docker buildx can do, but {WhatBuilds(withoutBuildx, clientPath)}. Use ContainerizeCacheTo=type=inline, which BuildKit writes into the pushed image without buildx, install the docker buildx plugin, or leave ContainerizeCacheTo empty (ContainerizeCacheFrom works without buildx)."
                : $"ContainerizeCacheTo exports the build cache, which only BuildKit can do (type=inline) or docker buildx (every other type), but {WhatBuilds(withoutBuildx, clientPath)}. Build with docker's BuildKit or buildx, or leave ContainerizeCacheTo empty (ContainerizeCacheFrom works with every builder).");

        /// <param name="withoutBuildx">How the client builds instead.</param>
        public static ContainerizeDiagnostic BuildxBuilderNeedsBuildx(BuilderWithoutBuildx withoutBuildx, string clientPath, string builder) =>
            new ContainerizeDiagnostic("CTZ3012", $"ContainerizeBuildxBuilder '{Show(builder)}' names a buildx builder, but {WhatBuilds(withoutBuildx, clientPath)}. Install the docker buildx plugin, or leave ContainerizeBuildxBuilder empty to build with the current docker context (DOCKER_HOST and 'docker context use' still choose the engine).");

        /// <param name="archivePath">The archive that was to be written.</param>
        /// <param name="detail">What went wrong, on one line.</param>
        public static ContainerizeDiagnostic ArchiveFailed(string archivePath, string detail, IReadOnlyList<string> lastLines) =>
            new ContainerizeDiagnostic("CTZ3013", $"Writing the image archive {Show(archivePath)} (ContainerArchiveOutputPath) failed: {Show(detail)}. Check that the folder is writable and has room for the image, and that the engine still has the image. Last output lines:{Tail(lastLines)}");

        /// <param name="baseImage">The final image, as the engine has it.</param>
        /// <param name="provided">What its environment says it holds.</param>
        public static ContainerizeDiagnostic LockNeedsEngine() =>
            new ContainerizeDiagnostic("CTZ3033", "ContainerizeLockBaseImages pulls the base images to read their digests, which needs docker or podman, but ContainerizeBuilder is none: run it with -p:ContainerizeBuilder=auto (or docker, podman).");

        public static ContainerizeDiagnostic RunNeedsEngine() =>
            new ContainerizeDiagnostic("CTZ3034", "ContainerizeRun runs the app's image in a container, which needs docker or podman, but ContainerizeBuilder is none: run with -p:ContainerizeBuilder=auto (or docker, podman), or without ContainerizeRun to run the app on the host.");

        public static ContainerizeDiagnostic RunExited(string container, int exitCode) =>
            new ContainerizeDiagnostic("CTZ3035", $"The app in the container {Show(container)} exited with code {exitCode}: its output above says why. (dotnet run -p:ContainerizeRun=true exits with the app's own code instead.)");

        /// <param name="fit">MissingFramework or Older (CTZ3030), NewerMajor (CTZ3031, a warning), Unknown (CTZ3032, a warning).</param>
        public static ContainerizeDiagnostic BaseImageEnvironmentMismatch(string baseImage, ProvidedRuntime provided, RuntimeNeed need, RuntimeFit fit)
        {
            string holds = $"The base image '{Show(baseImage)}' says in its environment {Show(provided.Description)}";
            switch (fit)
            {
                case RuntimeFit.NewerMajor:
                    return new ContainerizeDiagnostic("CTZ3031", $"{holds}, but the app needs {need}: it starts there only if it rolls forward to a later major version. {need.MatchingImage}, or RollForward=Major in the project, says what is meant.", isWarning: true);
                case RuntimeFit.Unknown:
                    return new ContainerizeDiagnostic("CTZ3032", $"{holds}, so it cannot be checked that it holds {need}, which the app needs to start. If it does, nothing is wrong; else {Errors.BaseImageFix(need)}", isWarning: true);
                default:
                    return new ContainerizeDiagnostic("CTZ3030", $"{holds}, but the app needs {need}: the container would exit at start, so no image was built. {Errors.BaseImageFix(need)}");
            }
        }

        /// <param name="clientPath">The docker client that has no BuildKit.</param>
        /// <param name="clientVersion">Its version.</param>
        public static ContainerizeDiagnostic LegacyBuilderOnly(string clientPath, string clientVersion) =>
            new ContainerizeDiagnostic("CTZ3100", $"{Show(clientPath)} (client {Show(clientVersion)}) has no buildx plugin, so only the legacy builder is available and the NuGet cache mount is off: every image build restores packages from scratch. To build with BuildKit, install the docker buildx plugin, or point ContainerizeDockerPath (or CONTAINERIZE_DOCKER) to a client that has BuildKit, such as a docker client before 23.0.", isWarning: true);

        private static string WhatBuilds(BuilderWithoutBuildx withoutBuildx, string clientPath) =>
            withoutBuildx == BuilderWithoutBuildx.Podman
                ? $"the builder is podman ({Show(clientPath)})"
                : $"{Show(clientPath)} has no buildx plugin (it builds with {(withoutBuildx == BuilderWithoutBuildx.DockerLegacyBuilder ? "the legacy builder" : "its built-in BuildKit")})";

        /// <summary>The step without its cache mounts, and at most <see cref="StepLength"/> characters: the line it points at holds the rest.</summary>
        private static string ShortStep(string step) => Cut(MountOption.Replace(step, ""), StepLength);

        /// <summary>The builder's error, with the command it repeats from a long RUN instruction cut short.</summary>
        private static string ShortError(string error, string? instruction)
        {
            if (instruction == null || !instruction.StartsWith("RUN ", StringComparison.OrdinalIgnoreCase))
            {
                return error;
            }

            string command = LeadingOptions.Replace(instruction.Substring("RUN ".Length), "");
            return command.Length > CommandLength && error.Contains(command) ? error.Replace(command, Cut(command, CommandLength)) : error;
        }

        private static string Cut(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "\u2026";

        private static string Tail(IReadOnlyList<string> lines) =>
            lines.Count == 0 ? " (none)" : string.Concat(lines.Select(line => Environment.NewLine + "  " + Show(line)));
    }

    /// <summary>
    /// How a client that has no docker buildx builds, for the errors about what only buildx can do. The builder folders
    /// name it from their build mode, so that the catalogue depends on none of them.
    /// </summary>
    public enum BuilderWithoutBuildx
    {
        /// <summary>Docker's built-in BuildKit (DOCKER_BUILDKIT=1, clients before 23.0).</summary>
        DockerBuiltInBuildKit,

        /// <summary>Docker's legacy builder.</summary>
        DockerLegacyBuilder,

        Podman,
    }
}
