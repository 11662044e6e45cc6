using System;
using System.Collections.Generic;
using System.IO;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Files;
using Containerize.Sdk.Images;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Processes;
using Microsoft.Build.Framework;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// ContainerizeBuilder=none: writes the exact commands that build (and push or save) the image as build-command.sh
    /// and build-command.cmd, and says where. Starts no process.
    /// </summary>
    public sealed class WriteBuildCommand : ImageBuildTask
    {
        /// <summary>The folder for the command files: the generated Dockerfile's, $(ContainerizeOutputPath).</summary>
        [Required]
        public string OutputDirectory { get; set; } = "";

        /// <summary>ContainerArchiveOutputPath as a full path; empty for no archive.</summary>
        public string? ArchiveOutputPath { get; set; }

        /// <summary>The files written, for FileWrites.</summary>
        [Output]
        public string[] FileWrites { get; set; } = new string[0];

        public override bool Execute()
        {
            try
            {
                return Write();
            }
            catch (Exception exception)
            {
                TaskItems.Log(Log, Errors.Unexpected("writing the build command for " + DockerfilePath, exception));
                return false;
            }
        }

        private bool Write()
        {
            BuildRequest? build = CreateRequest(BuildMode.BuildKit, HandOffCommands.ClientName, null, out _);
            if (build == null)
            {
                return false;
            }

            string? archive = string.IsNullOrWhiteSpace(ArchiveOutputPath) ? null : ArchivePath.Resolve(ArchiveOutputPath!, ImageName, Directory.Exists);
            IReadOnlyList<ClientCommand> commands = HandOffCommands.Create(build, Options(archive != null), archive);
            string shell = Path.Combine(OutputDirectory, BuildCommandScript.ShellFileName);
            string batch = Path.Combine(OutputDirectory, BuildCommandScript.BatchFileName);
            Directory.CreateDirectory(OutputDirectory);
            GeneratedFile.WriteIfChanged(shell, BuildCommandScript.Shell(commands));
            GeneratedFile.WriteIfChanged(batch, BuildCommandScript.Batch(commands));
            FileWrites = new[] { shell, batch };

            foreach (ClientCommand command in commands)
            {
                Log.LogMessage(MessageImportance.Normal, "  " + command);
            }

            string dockerignore = Dockerignore.BesideDockerfile(DockerfilePath);
            Log.LogMessage(
                MessageImportance.High,
                "Containerize: ContainerizeBuilder is none, so no image was built. Wrote {0}{1} and the build command {2} (Windows: {3}); run it with 'sh {2}'.",
                DockerfilePath,
                File.Exists(dockerignore) ? ", " + dockerignore : "",
                shell,
                batch);
            if (!string.IsNullOrEmpty(SecretProperties))
            {
                Log.LogMessage(
                    MessageImportance.High,
                    "Containerize: the build command reads the secret-named global properties from the variable {0}: set it to their -p:Name=\"value\" lines before running it.",
                    ForwardedProperties.SecretVariable);
            }

            return !Log.HasLoggedErrors;
        }
    }
}
