using System;
using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Processes;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Finds the container client ContainerizeBuilder asks for and how it builds, so the Dockerfile uses BuildKit features
    /// only where they work. Decisions are logged at low importance; problems are CTZ3xxx errors and warnings.
    /// </summary>
    public sealed class ProbeContainerBuilder : Task
    {
        /// <summary>auto (default), docker, podman or none.</summary>
        public string? Builder { get; set; }

        /// <summary>ContainerizeDockerPath: the docker executable; empty for CONTAINERIZE_DOCKER, then docker on PATH.</summary>
        public string? DockerPath { get; set; }

        /// <summary>ContainerizePodmanPath: the podman executable; empty for podman on PATH.</summary>
        public string? PodmanPath { get; set; }

        /// <summary>ContainerizeDockerContext: the docker context to build in (--context); empty for the client's own choice.</summary>
        public string? DockerContext { get; set; }

        /// <summary>Seconds each probe command may take; 0 or less for the default of 4.</summary>
        public int Timeout { get; set; }

        /// <summary>ContainerRuntimeIdentifiers: the image's platforms; several make a multi-platform image.</summary>
        public string[]? RuntimeIdentifiers { get; set; }

        /// <summary>Whether the image is pushed after the build (ContainerRegistry set, or ContainerizePush=true).</summary>
        public bool Push { get; set; }

        /// <summary>ContainerArchiveOutputPath; empty for no archive.</summary>
        public string? ArchiveOutputPath { get; set; }

        /// <summary>ContainerizeCacheTo, which only buildx can do.</summary>
        public string[]? CacheTo { get; set; }

        /// <summary>ContainerizeBuildxBuilder, which only buildx has.</summary>
        public string? BuildxBuilder { get; set; }

        /// <summary>docker, podman or none.</summary>
        [Output]
        public string BuilderKind { get; set; } = "";

        /// <summary>The client executable; empty for none.</summary>
        [Output]
        public string BuilderPath { get; set; } = "";

        /// <summary>buildx, buildkit, legacy, podman or none.</summary>
        [Output]
        public string BuildMode { get; set; } = "";

        /// <summary>Whether the Dockerfile may use BuildKit features such as RUN --mount (true for none as well).</summary>
        [Output]
        public bool UsesBuildKit { get; set; }

        /// <summary>The platforms of RuntimeIdentifiers, comma-separated as --platform takes them; empty for the engine's own.</summary>
        [Output]
        public string Platforms { get; set; } = "";

        public override bool Execute()
        {
            try
            {
                return Probe();
            }
            catch (Exception exception)
            {
                TaskItems.Log(Log, Errors.Unexpected("probing the container builder", exception));
                return false;
            }
        }

        private bool Probe()
        {
            if (!RequestedBuilders.TryParse(Builder, out RequestedBuilder requested))
            {
                TaskItems.Log(Log, Errors.UnknownBuilder(Builder ?? ""));
                return false;
            }

            string? dockerContext = string.IsNullOrWhiteSpace(DockerContext) ? null : DockerContext!.Trim();
            if (dockerContext != null && !ContainerClient.IsDockerContextName(dockerContext))
            {
                TaskItems.Log(Log, Errors.InvalidDockerContext(dockerContext));
                return false;
            }

            if (dockerContext != null && requested == RequestedBuilder.Podman)
            {
                TaskItems.Log(Log, Errors.DockerContextWithPodman(dockerContext));
                return false;
            }

            // Mapping the runtime identifiers starts no process, so a wrong one is reported for builder none as well.
            var platformErrors = new List<ContainerizeDiagnostic>();
            IReadOnlyList<string> platforms = ContainerPlatforms.FromRuntimeIdentifiers(RuntimeIdentifiers ?? new string[0], platformErrors);
            foreach (ContainerizeDiagnostic error in platformErrors)
            {
                TaskItems.Log(Log, error);
            }

            if (platformErrors.Count > 0)
            {
                return false;
            }

            TimeSpan timeout = Timeout > 0 ? TimeSpan.FromSeconds(Timeout) : ContainerBuilderProbe.DefaultTimeout;
            BuilderProbeResult result = ContainerBuilderProbe.ForThisMachine(EngineQueries.Runner(BuildEngine, Log), dockerContext, timeout).Probe(requested, DockerPath, PodmanPath);
            foreach (string decision in result.Decisions)
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: " + decision);
            }

            foreach (ContainerizeDiagnostic diagnostic in result.Diagnostics)
            {
                TaskItems.Log(Log, diagnostic);
            }

            if (!result.Succeeded)
            {
                return false;
            }

            var options = new BuildOptions
            {
                Platforms = platforms,
                Push = Push,
                Archive = !string.IsNullOrWhiteSpace(ArchiveOutputPath),
                CacheTo = (CacheTo ?? new string[0]).Select(value => value.Trim()).Where(value => value.Length > 0).ToList(),
                BuildxBuilder = string.IsNullOrWhiteSpace(BuildxBuilder) ? null : BuildxBuilder!.Trim(),
            };
            IReadOnlyList<ContainerizeDiagnostic> unsupported = BuildOptionsCheck.Check(result.Mode, new ContainerClient(result.ClientPath, dockerContext).ToString(), options);
            foreach (ContainerizeDiagnostic error in unsupported)
            {
                TaskItems.Log(Log, error);
            }

            if (unsupported.Count > 0)
            {
                return false;
            }

            Platforms = string.Join(",", platforms);
            BuilderKind = BuildModeNames.Name(result.Kind);
            BuilderPath = result.ClientPath;
            BuildMode = result.Mode.HasValue ? BuildModeNames.Name(result.Mode.Value) : BuildModeNames.NoneName;
            UsesBuildKit = result.UsesBuildKit;
            return !Log.HasLoggedErrors;
        }
    }
}
