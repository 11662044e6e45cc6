using System;
using System.Collections.Generic;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Builders
{
    /// <summary>
    /// Finds the builder ContainerizeBuilder asks for and what it can do. Every question to a client is bounded by the
    /// timeout, so an engine that does not answer (an unreachable DOCKER_HOST) fails fast instead of hanging the build.
    /// </summary>
    public sealed class ContainerBuilderProbe
    {
        /// <summary>A running engine answers in well under a second; an unreachable one is given up on quickly.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(4);

        private readonly ClientPathResolver _resolver;
        private readonly Func<ClientCommand, TimeSpan, ProbeOutput> _run;
        private readonly string? _dockerHost;
        private readonly string? _dockerContext;
        private readonly TimeSpan _timeout;

        /// <param name="resolver">Finds the client executables.</param>
        /// <param name="run">Runs one probe command within the timeout it is given.</param>
        /// <param name="dockerHost">The DOCKER_HOST environment variable, for messages.</param>
        /// <param name="dockerContext">ContainerizeDockerContext, which every docker command names; null for the client's own choice.</param>
        /// <param name="timeout">How long each probe command may take.</param>
        public ContainerBuilderProbe(ClientPathResolver resolver, Func<ClientCommand, TimeSpan, ProbeOutput> run, string? dockerHost, string? dockerContext, TimeSpan timeout)
        {
            _dockerContext = dockerContext;
            _resolver = resolver;
            _run = run;
            _dockerHost = dockerHost;
            _timeout = timeout;
        }

        /// <param name="run">Runs one probe command (ProbeOutput.Run, or an answer the build started earlier).</param>
        public static ContainerBuilderProbe ForThisMachine(Func<ClientCommand, TimeSpan, ProbeOutput> run, string? dockerContext, TimeSpan timeout) =>
            new ContainerBuilderProbe(ClientPathResolver.ForThisMachine(), run, Environment.GetEnvironmentVariable("DOCKER_HOST"), dockerContext, timeout);

        public BuilderProbeResult Probe(RequestedBuilder requested, string? dockerPath, string? podmanPath)
        {
            var decisions = new List<string>();
            var diagnostics = new List<ContainerizeDiagnostic>();
            switch (requested)
            {
                case RequestedBuilder.None:
                    decisions.Add("ContainerizeBuilder=none: the Dockerfile is written for BuildKit and no image is built");
                    return new BuilderProbeResult(BuilderKind.None, "", null, decisions, diagnostics);
                case RequestedBuilder.Docker:
                case RequestedBuilder.Auto when _dockerContext != null:
                    // A docker context names docker's engine: podman, which knows no contexts, would build elsewhere.
                    return ProbeDockerOnly(dockerPath, decisions, diagnostics);
                case RequestedBuilder.Podman:
                    return ProbePodmanOnly(podmanPath, decisions, diagnostics);
                default:
                    return ProbeAuto(dockerPath, podmanPath, decisions, diagnostics);
            }
        }

        private BuilderProbeResult ProbeDockerOnly(string? dockerPath, List<string> decisions, List<ContainerizeDiagnostic> diagnostics)
        {
            ClientPathResolution docker = _resolver.ResolveDocker(dockerPath);
            if (!docker.Found)
            {
                diagnostics.Add(Errors.NoClientFound(docker.Searched));
                return Failed(BuilderKind.Docker, decisions, diagnostics);
            }

            DockerVersionReport? version = AskDocker(docker, decisions, out string problem);
            if (version == null)
            {
                diagnostics.Add(Errors.DaemonNotReachable(docker.Path!, _dockerHost, _dockerContext, problem));
                return Failed(BuilderKind.Docker, decisions, diagnostics);
            }

            return UseDocker(docker.Path!, version, decisions, diagnostics);
        }

        private BuilderProbeResult ProbePodmanOnly(string? podmanPath, List<string> decisions, List<ContainerizeDiagnostic> diagnostics)
        {
            ClientPathResolution podman = _resolver.ResolvePodman(podmanPath);
            if (!podman.Found)
            {
                diagnostics.Add(Errors.PodmanNotFound(podman.Searched));
                return Failed(BuilderKind.Podman, decisions, diagnostics);
            }

            PodmanVersionReport? version = AskPodman(podman, decisions, out string problem);
            if (version == null)
            {
                diagnostics.Add(Errors.DaemonNotReachable(podman.Path!, null, null, problem));
                return Failed(BuilderKind.Podman, decisions, diagnostics);
            }

            return UsePodman(podman.Path!, version, decisions, diagnostics);
        }

        private BuilderProbeResult ProbeAuto(string? dockerPath, string? podmanPath, List<string> decisions, List<ContainerizeDiagnostic> diagnostics)
        {
            string dockerProblem;
            ClientPathResolution docker = _resolver.ResolveDocker(dockerPath);
            if (docker.Found)
            {
                DockerVersionReport? version = AskDocker(docker, decisions, out dockerProblem);
                if (version != null)
                {
                    return UseDocker(docker.Path!, version, decisions, diagnostics);
                }

                string host = string.IsNullOrEmpty(_dockerHost) ? "" : " (DOCKER_HOST=" + _dockerHost + ")";
                dockerProblem = docker.Path + host + ": " + dockerProblem;
            }
            else
            {
                dockerProblem = docker.Searched;
            }

            decisions.Add("ContainerizeBuilder=auto: docker cannot build (" + dockerProblem + "), trying podman");
            string podmanProblem;
            ClientPathResolution podman = _resolver.ResolvePodman(podmanPath);
            if (podman.Found)
            {
                PodmanVersionReport? version = AskPodman(podman, decisions, out podmanProblem);
                if (version != null)
                {
                    return UsePodman(podman.Path!, version, decisions, diagnostics);
                }

                podmanProblem = podman.Path + ": " + podmanProblem;
            }
            else
            {
                podmanProblem = podman.Searched;
            }

            diagnostics.Add(Errors.NoBuilderAnswers(dockerProblem, podmanProblem));
            return Failed(BuilderKind.None, decisions, diagnostics);
        }

        /// <returns>The version report when the engine answered; null with the reason otherwise.</returns>
        private DockerVersionReport? AskDocker(ClientPathResolution docker, List<string> decisions, out string problem)
        {
            decisions.Add("docker client " + docker.Path + " (from " + docker.Searched + ")");
            ProbeOutput output = _run(ProbeCommands.DockerVersion(Docker(docker.Path!)), _timeout);
            DockerVersionReport version = DockerVersionReport.Parse(output.ExitCode, output.StandardOutput);
            if (!version.DaemonAnswers)
            {
                problem = output.ExitCode == 0 && !output.TimedOut ? "the engine reported no version" : output.Problem(_timeout);
                return null;
            }

            problem = "";
            return version;
        }

        private PodmanVersionReport? AskPodman(ClientPathResolution podman, List<string> decisions, out string problem)
        {
            decisions.Add("podman client " + podman.Path + " (from " + podman.Searched + ")");
            ProbeOutput output = _run(ProbeCommands.PodmanVersion(new ContainerClient(podman.Path!)), _timeout);
            PodmanVersionReport version = PodmanVersionReport.Parse(output.ExitCode, output.StandardOutput);
            if (!version.Answers)
            {
                problem = output.ExitCode == 0 && !output.TimedOut ? "podman reported no version" : output.Problem(_timeout);
                return null;
            }

            problem = "";
            return version;
        }

        private BuilderProbeResult UseDocker(string clientPath, DockerVersionReport version, List<string> decisions, List<ContainerizeDiagnostic> diagnostics)
        {
            ProbeOutput buildx = _run(ProbeCommands.BuildxVersion(Docker(clientPath)), _timeout);
            bool hasBuildx = buildx.ExitCode == 0 && !buildx.TimedOut;
            BuildMode mode = BuildModeSelector.ForDocker(version.ClientMajorVersion, hasBuildx);
            decisions.Add("using " + Docker(clientPath) + ": client " + version.ClientVersion + ", engine " + version.ServerVersion + ", " + DescribeDockerMode(mode, version));
            if (mode == BuildMode.Legacy)
            {
                diagnostics.Add(Errors.LegacyBuilderOnly(clientPath, version.ClientVersion));
            }

            return new BuilderProbeResult(BuilderKind.Docker, clientPath, mode, decisions, diagnostics);
        }

        private static BuilderProbeResult UsePodman(string clientPath, PodmanVersionReport version, List<string> decisions, List<ContainerizeDiagnostic> diagnostics)
        {
            decisions.Add("using " + clientPath + ": podman " + version.Version + ", podman build (RUN --mount supported)");
            return new BuilderProbeResult(BuilderKind.Podman, clientPath, BuildMode.Podman, decisions, diagnostics);
        }

        private static string DescribeDockerMode(BuildMode mode, DockerVersionReport version)
        {
            switch (mode)
            {
                case BuildMode.Buildx:
                    return "buildx plugin, docker buildx build";
                case BuildMode.BuildKit:
                    return "no buildx plugin, BuildKit built in";
                default:
                    return version.ClientMajorVersion.HasValue
                        ? "no buildx plugin, legacy builder only"
                        : "no buildx plugin and an unreadable client version, legacy builder only";
            }
        }

        private ContainerClient Docker(string path) => new ContainerClient(path, _dockerContext);

        private static BuilderProbeResult Failed(BuilderKind kind, List<string> decisions, List<ContainerizeDiagnostic> diagnostics) =>
            new BuilderProbeResult(kind, "", null, decisions, diagnostics);
    }
}
