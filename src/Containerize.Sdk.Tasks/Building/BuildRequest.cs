using System.Collections.Generic;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Building
{
    /// <summary>Everything one image build needs, independent of which client runs it; <c>with</c> makes a variant.</summary>
    public sealed record BuildRequest
    {
        public BuildMode Mode { get; init; }

        public ContainerClient Client { get; init; } = new ContainerClient("docker");

        public string DockerfilePath { get; init; } = "";

        public string ContextDirectory { get; init; } = "";

        /// <summary>The stage to build (<c>--target</c>); null for the last, the image itself.</summary>
        public string? Target { get; init; }

        /// <summary>Full references, repository:tag; the first is the one inspected after the build.</summary>
        public IReadOnlyList<string> ImageReferences { get; init; } = new string[0];

        /// <summary>Name and value of each --build-arg.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> BuildArguments { get; init; } = new KeyValuePair<string, string>[0];

        /// <summary>
        /// SOURCE_DATE_EPOCH, when set: podman and buildah then give every file and the image config that time
        /// (<c>--timestamp</c>), which makes the image digest the same on every build of the same inputs.
        /// </summary>
        public long? SourceDateEpoch { get; init; }

        /// <summary>
        /// Each --label: the base image's digest (org.opencontainers.image.base.digest), which BuildContainerImage sets
        /// once the engine has told it; the Dockerfile holds every other label.
        /// </summary>
        public IReadOnlyList<KeyValuePair<string, string>> Labels { get; set; } = new KeyValuePair<string, string>[0];

        /// <summary>Each --secret: credential-bearing NuGet.config files and variables, mounted for the restore only.</summary>
        public IReadOnlyList<BuildSecret> Secrets { get; init; } = new BuildSecret[0];

        /// <summary>
        /// Variables set for the client only, whose values are secrets (the env= of a --secret): never logged and never
        /// written into a hand-off command.
        /// </summary>
        public IReadOnlyDictionary<string, string> SecretVariables { get; init; } = new Dictionary<string, string>();

        /// <summary>Target platforms such as linux/arm64; none to build for the engine's own, several for a multi-platform image.</summary>
        public IReadOnlyList<string> Platforms { get; init; } = new string[0];

        /// <summary>
        /// ContainerizeBuildxBuilder: the buildx builder instance (<c>--builder</c>), local or remote; null for the
        /// current one. Only buildx has named builders.
        /// </summary>
        public string? BuildxBuilder { get; init; }

        /// <summary>
        /// Whether the builder pushes the image itself (buildx <c>--push</c>) instead of loading it into the engine: a
        /// multi-platform image cannot be loaded into a docker engine, so it goes straight to its registry.
        /// </summary>
        public bool PushFromBuilder { get; init; }

        /// <summary>Where buildx writes its build metadata (with the pushed digest); null for none.</summary>
        public string? MetadataFile { get; init; }

        /// <summary>
        /// ContainerizeCacheFrom: each <c>--cache-from</c> value, as the user wrote it; BuildKit also reads the build-stage
        /// cache image of each image reference (SharedBuildCache).
        /// </summary>
        public IReadOnlyList<string> CacheFrom { get; init; } = new string[0];

        /// <summary>
        /// ContainerizeCacheTo: each <c>--cache-to</c> value, as the user wrote it; <c>type=inline</c> is the build argument
        /// BUILDKIT_INLINE_CACHE=1, which BuildKit honours with or without buildx. Other types need buildx.
        /// </summary>
        public IReadOnlyList<string> CacheTo { get; init; } = new string[0];

        /// <summary>ContainerizeBuildNetwork: the network RUN steps use (<c>--network</c>); null for the builder's default.</summary>
        public string? Network { get; init; }

        /// <summary>
        /// ContainerizePull: whether to ask for newer base images (<c>--pull</c>). Off by default, because base images may
        /// exist only locally (air-gapped networks, stand-ins), and the engine pulls what is missing anyway.
        /// </summary>
        public bool Pull { get; init; }

        /// <summary>
        /// Whether BuildKit prints plain progress (<c>--progress=plain</c>), one line per event, as a build log needs. A
        /// command written for a person to run leaves it out, so their terminal shows the interactive view.
        /// </summary>
        public bool PlainProgress { get; init; } = true;

        /// <summary>The user's own arguments, passed after ours and before the context directory.</summary>
        public IReadOnlyList<string> ExtraArguments { get; init; } = new string[0];

        /// <summary>
        /// Whether the Dockerfile has a HEALTHCHECK. Podman builds OCI images by default, which have no health check,
        /// so podman is asked for the docker format then.
        /// </summary>
        public bool HasHealthcheck { get; init; }

        /// <summary>The file the builder's whole output is written to, replaced by each build; null for none.</summary>
        public string? LogFile { get; init; }

        public bool IsMultiPlatform => Platforms.Count > 1;
    }
}
