using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Images;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Building
{
    /// <summary>
    /// The commands that do what Containerize would have done, for ContainerizeBuilder=none: build (with BuildKit,
    /// through buildx when an option needs it), then push every tag or save the archive. The client is plain
    /// <c>docker</c>, found on the PATH of whoever runs them, with the project's docker context when it sets one.
    /// </summary>
    public static class HandOffCommands
    {
        public const string ClientName = "docker";

        /// <param name="build">The build as the project asks for it; its mode and client are replaced.</param>
        /// <param name="options">Which options need buildx.</param>
        /// <param name="archivePath">The archive to write; null for none.</param>
        public static IReadOnlyList<ClientCommand> Create(BuildRequest build, BuildOptions options, string? archivePath)
        {
            bool pushFromBuilder = options.Push && options.IsMultiPlatform;
            var client = new ContainerClient(ClientName, build.Client.DockerContext);
            BuildRequest handOff = build with
            {
                // DOCKER_BUILDKIT=1 docker build works with clients before 23.0 (built-in BuildKit) and after (buildx).
                Mode = options.NeedBuildx ? BuildMode.Buildx : BuildMode.BuildKit,
                Client = client,
                PushFromBuilder = pushFromBuilder,
                PlainProgress = false,

                // What only a build Containerize runs itself has: secret values, the engine's base-image digest, its files.
                SecretVariables = new Dictionary<string, string>(),
                Labels = new KeyValuePair<string, string>[0],
                SourceDateEpoch = null,
                MetadataFile = null,
                LogFile = null,
            };

            var commands = new List<ClientCommand> { BuildCommandFactory.Create(handOff) };
            BuildRequest? buildStageCache = SharedBuildCache.BuildStageRequest(handOff, options.Push, StageLayout.BuildStageName);
            if (buildStageCache != null)
            {
                commands.Add(BuildCommandFactory.Create(buildStageCache));
            }

            if (!string.IsNullOrEmpty(archivePath))
            {
                commands.Add(ImageCommands.Save(client, BuilderKind.Docker, archivePath!, build.ImageReferences));
            }

            if (options.Push && !pushFromBuilder)
            {
                foreach (string reference in build.ImageReferences.Concat(buildStageCache?.ImageReferences ?? new string[0]))
                {
                    commands.Add(ImageCommands.Push(client, BuilderKind.Docker, reference, null));
                }
            }

            return commands;
        }
    }
}
