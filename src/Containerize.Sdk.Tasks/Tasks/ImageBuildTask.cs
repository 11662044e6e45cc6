using System.Collections.Generic;
using System.IO;
using System.Linq;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Processes;
using Containerize.Sdk.Slicing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// The parameters of an image build, shared by BuildContainerImage (which runs it) and WriteBuildCommand (which writes
    /// it down for ContainerizeBuilder=none), and their conversion into a BuildRequest.
    /// </summary>
    public abstract class ImageBuildTask : Task
    {
        [Required]
        public string DockerfilePath { get; set; } = "";

        [Required]
        public string ContextDirectory { get; set; } = "";

        /// <summary>The image repository, such as contoso/web-api or registry.example.com/team/app.</summary>
        [Required]
        public string ImageName { get; set; } = "";

        /// <summary>Tags to give the image; latest when there are none.</summary>
        public string[]? ImageTags { get; set; }

        /// <summary>GenerateDockerfile's RestoreProperties: the forwarded global properties, a build argument.</summary>
        public string? RestoreProperties { get; set; }

        /// <summary>GenerateDockerfile's PublishProperties: the forwarded publish-only properties, a build argument.</summary>
        public string? PublishProperties { get; set; }

        /// <summary>SOURCE_DATE_EPOCH: podman's --timestamp when set (ReproducibleLayers).</summary>
        public string? SourceDateEpoch { get; set; }

        /// <summary>GenerateDockerfile's AppStage: the value of CONTAINERIZE_APP_STAGE, the stage that feeds the final stage; empty for none.</summary>
        public string? AppStage { get; set; }

        /// <summary>GenerateDockerfile's SecretProperties: the secret-named forwarded properties, a build secret from a variable.</summary>
        public string? SecretProperties { get; set; }

        /// <summary>
        /// --secret items (ContainerizeRestoreSecret), each with its Id metadata: a file on the host (the item), or an
        /// environment variable when the Environment metadata names one.
        /// </summary>
        public ITaskItem[]? Secrets { get; set; }

        /// <summary>The target platforms, comma-separated as ProbeContainerBuilder returns them; empty for the engine's own.</summary>
        public string? Platforms { get; set; }

        /// <summary>ContainerizeDockerContext: the docker context every client command names (--context); empty for the client's own.</summary>
        public string? DockerContext { get; set; }

        /// <summary>ContainerizeBuildxBuilder: the buildx builder to use (--builder).</summary>
        public string? BuildxBuilder { get; set; }

        /// <summary>ContainerizeCacheFrom: --cache-from values, such as type=registry,ref=registry.example.com/app:cache.</summary>
        public string[]? CacheFrom { get; set; }

        /// <summary>ContainerizeCacheTo: --cache-to values (buildx only).</summary>
        public string[]? CacheTo { get; set; }

        /// <summary>ContainerizeBuildNetwork: --network for RUN steps.</summary>
        public string? Network { get; set; }

        /// <summary>ContainerizePull: --pull, to look for newer base images.</summary>
        public bool Pull { get; set; }

        /// <summary>
        /// Whether the image goes to its registry after the build. A multi-platform image is pushed by the builder itself
        /// (buildx --push); a single-platform one afterwards, tag by tag.
        /// </summary>
        public bool Push { get; set; }

        /// <summary>ContainerizeBuildArguments: more arguments for the client, split on blanks outside quotes.</summary>
        public string? ExtraArguments { get; set; }

        protected IReadOnlyList<string> PlatformList => ContainerPlatforms.Parse(Platforms);

        /// <param name="mode">How the client builds.</param>
        /// <param name="clientPath">The client.</param>
        /// <param name="metadataFile">Where buildx writes the pushed digest; null when it does not push.</param>
        /// <param name="dockerfileText">The Dockerfile's text, to find a failing line in.</param>
        /// <param name="logFile">Where the builder's output is written; null for nowhere.</param>
        /// <returns>The request; null after logging an error when a parameter is not usable.</returns>
        protected BuildRequest? CreateRequest(BuildMode mode, string clientPath, string? metadataFile, out string dockerfileText, string? logFile = null)
        {
            dockerfileText = "";
            string repository = ImageName.Trim();
            if (repository.Length == 0 || repository.Any(char.IsWhiteSpace))
            {
                return Invalid("ImageName", ImageName, "it must be an image repository without blanks");
            }

            IReadOnlyList<string> tags = (ImageTags ?? new string[0]).Select(tag => tag.Trim()).Where(tag => tag.Length > 0).ToList();
            string? badTag = tags.FirstOrDefault(tag => tag.Any(c => char.IsWhiteSpace(c) || c == ':' || c == '/'));
            if (badTag != null)
            {
                return Invalid("ImageTags", badTag, "a tag holds no blanks, ':' or '/'");
            }

            IReadOnlyList<string>? extra = CommandLineSplitter.Split(ExtraArguments);
            if (extra == null)
            {
                return Invalid("ExtraArguments", ExtraArguments ?? "", "a quote is not closed");
            }

            ITaskItem? badSecret = (Secrets ?? new ITaskItem[0]).FirstOrDefault(secret => !IsSecretWord(secret.GetMetadata("Id")) || (secret.GetMetadata("Environment").Length > 0 && !IsSecretWord(secret.GetMetadata("Environment"))));
            if (badSecret != null)
            {
                return Invalid("Secrets", badSecret.ItemSpec, "each secret needs an Id (and an Environment variable, when it has one) without blanks or commas");
            }

            if (!File.Exists(DockerfilePath))
            {
                return Invalid("DockerfilePath", DockerfilePath, "the file does not exist");
            }

            if (!Directory.Exists(ContextDirectory))
            {
                return Invalid("ContextDirectory", ContextDirectory, "the folder does not exist");
            }

            dockerfileText = File.ReadAllText(DockerfilePath);
            if (ReproducibleLayers.IsInvalidSourceDateEpoch(SourceDateEpoch))
            {
                return Invalid("SourceDateEpoch", SourceDateEpoch!, "SOURCE_DATE_EPOCH is a number of seconds since 1970-01-01T00:00:00Z");
            }

            long? sourceDateEpoch = ReproducibleLayers.ParseSourceDateEpoch(SourceDateEpoch);
            return new BuildRequest
            {
                Mode = mode,
                Client = new ContainerClient(clientPath, DockerContext),
                DockerfilePath = DockerfilePath,
                ContextDirectory = ContextDirectory,
                ImageReferences = ClientKinds.References(repository, tags.ToArray()),
                BuildArguments = BuildArgumentsOf(RestoreProperties, PublishProperties, AppStage),
                SourceDateEpoch = sourceDateEpoch,
                Secrets = (Secrets ?? new ITaskItem[0]).Select(Secret).Concat(PropertySecret()).ToList(),
                SecretVariables = string.IsNullOrEmpty(SecretProperties) ? new Dictionary<string, string>() : new Dictionary<string, string> { [ForwardedProperties.SecretVariable] = SecretProperties! },
                Platforms = PlatformList,
                BuildxBuilder = Blank(BuildxBuilder),
                PushFromBuilder = Push && PlatformList.Count > 1,
                MetadataFile = metadataFile,
                CacheFrom = Values(CacheFrom),
                CacheTo = Values(CacheTo),
                Network = Blank(Network),
                Pull = Pull,
                ExtraArguments = extra,
                HasHealthcheck = ImageBuild.HasHealthcheck(dockerfileText),
                LogFile = logFile,
            };
        }

        /// <summary>The options that decide which builder can build, for BuildOptionsCheck and the none command.</summary>
        protected BuildOptions Options(bool archive) => new BuildOptions
        {
            Platforms = PlatformList,
            Push = Push,
            Archive = archive,
            CacheTo = Values(CacheTo),
            BuildxBuilder = Blank(BuildxBuilder),
        };

        protected BuildRequest? Invalid(string parameter, string value, string rule)
        {
            TaskItems.Log(Log, Errors.InvalidBuildInput(parameter, value, rule));
            return null;
        }

        /// <summary>Only the arguments that hold properties: an unset ARG is empty in the build stage all the same.</summary>
        private static IReadOnlyList<KeyValuePair<string, string>> BuildArgumentsOf(string? restore, string? publish, string? appStage)
        {
            var arguments = new List<KeyValuePair<string, string>>();
            if (!string.IsNullOrEmpty(appStage))
            {
                arguments.Add(new KeyValuePair<string, string>(HostOutputFeed.Argument, appStage!));
            }

            if (!string.IsNullOrEmpty(restore))
            {
                arguments.Add(new KeyValuePair<string, string>(ForwardedProperties.RestoreArgument, restore!));
            }

            if (!string.IsNullOrEmpty(publish))
            {
                arguments.Add(new KeyValuePair<string, string>(ForwardedProperties.PublishArgument, publish!));
            }

            return arguments;
        }

        private IEnumerable<BuildSecret> PropertySecret() =>
            string.IsNullOrEmpty(SecretProperties)
                ? new BuildSecret[0]
                : new[] { BuildSecret.FromEnvironment(ForwardedProperties.SecretId, ForwardedProperties.SecretVariable) };

        private static BuildSecret Secret(ITaskItem item) =>
            item.GetMetadata("Environment").Length > 0
                ? BuildSecret.FromEnvironment(item.GetMetadata("Id"), item.GetMetadata("Environment"))
                : BuildSecret.FromFile(item.GetMetadata("Id"), item.GetMetadata("FullPath"));

        private static IReadOnlyList<string> Values(string[]? values) =>
            (values ?? new string[0]).Select(value => value.Trim()).Where(value => value.Length > 0).ToList();

        private static bool IsSecretWord(string value) => value.Length > 0 && !value.Any(c => c == ',' || char.IsWhiteSpace(c));

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
