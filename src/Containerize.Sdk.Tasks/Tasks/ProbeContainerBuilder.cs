using System;
using Containerize.Sdk.Building;
using Containerize.Sdk.Diagnostics;
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

        /// <summary>Seconds each probe command may take; 0 or less for the default of 4.</summary>
        public int Timeout { get; set; }

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

        public override bool Execute()
        {
            try
            {
                return Probe();
            }
            catch (Exception exception)
            {
                TaskItems.Log(Log, BuilderErrors.Unexpected("probing the container builder", exception));
                return false;
            }
        }

        private bool Probe()
        {
            if (!RequestedBuilders.TryParse(Builder, out RequestedBuilder requested))
            {
                TaskItems.Log(Log, BuilderErrors.UnknownBuilder(Builder ?? ""));
                return false;
            }

            TimeSpan timeout = Timeout > 0 ? TimeSpan.FromSeconds(Timeout) : ContainerBuilderProbe.DefaultTimeout;
            BuilderProbeResult result = ContainerBuilderProbe.ForThisMachine(timeout).Probe(requested, DockerPath, PodmanPath);
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

            BuilderKind = BuildModeNames.Name(result.Kind);
            BuilderPath = result.ClientPath;
            BuildMode = result.Mode.HasValue ? BuildModeNames.Name(result.Mode.Value) : BuildModeNames.NoneName;
            UsesBuildKit = result.UsesBuildKit;
            return !Log.HasLoggedErrors;
        }
    }
}
