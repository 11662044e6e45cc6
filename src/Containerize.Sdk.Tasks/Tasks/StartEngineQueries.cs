using System;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Processes;
using Containerize.Sdk.UpToDate;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Before a publish builds the project, starts the docker commands the publish runs after it (EngineQueries): the
    /// probe's version questions, and the inspection of each image reference the last build recorded, which the
    /// up-to-date check asks again. Starts nothing for builder none or podman, or when no docker client is found; never
    /// fails the build, since each question is asked again where it is needed.
    /// </summary>
    public sealed class StartEngineQueries : Task
    {
        /// <summary>ContainerizeBuilder: auto, docker, podman or none.</summary>
        public string? Builder { get; set; }

        /// <summary>ContainerizeDockerPath, resolved as ProbeContainerBuilder resolves it.</summary>
        public string? DockerPath { get; set; }

        /// <summary>ContainerizeDockerContext, as ProbeContainerBuilder passes it.</summary>
        public string? DockerContext { get; set; }

        /// <summary>The up-to-date check's record of the last build; its image references are inspected.</summary>
        public string? FingerprintFile { get; set; }

        public override bool Execute()
        {
            if (!(BuildEngine is IBuildEngine4 engine)
                || !RequestedBuilders.TryParse(Builder, out RequestedBuilder requested)
                || requested == RequestedBuilder.None
                || requested == RequestedBuilder.Podman
                || (!string.IsNullOrWhiteSpace(DockerContext) && !ContainerClient.IsDockerContextName(DockerContext!.Trim())))
            {
                return true;
            }

            try
            {
                ClientPathResolution docker = ClientPathResolver.ForThisMachine().ResolveDocker(DockerPath);
                if (!docker.Found)
                {
                    return true;
                }

                var client = new ContainerClient(docker.Path!, DockerContext);
                EngineQueries.Start(engine, ProbeCommands.DockerVersion(client), ContainerBuilderProbe.DefaultTimeout);
                EngineQueries.Start(engine, ProbeCommands.BuildxVersion(client), ContainerBuilderProbe.DefaultTimeout);
                FingerprintRecord? record = string.IsNullOrEmpty(FingerprintFile) ? null : FingerprintRecord.Read(FingerprintFile!);
                if (record != null)
                {
                    foreach (string reference in BuildFingerprint.Settings(record.Fingerprint, CheckImageUpToDate.ImageSetting))
                    {
                        EngineQueries.Start(engine, ProbeCommands.ImageInspect(client, reference), ImageBuild.InspectTimeout);
                    }
                }

                Log.LogMessage(MessageImportance.Low, "Containerize: asking " + client + " its version" + (record == null ? "" : " and the last build's image") + " while the project builds.");
            }
            catch (Exception exception) when (exception is System.IO.IOException || exception is UnauthorizedAccessException)
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: the engine is asked after the build (" + exception.Message + ").");
            }

            return true;
        }
    }
}
