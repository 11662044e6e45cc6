using System.Collections.Generic;

namespace Containerize.Sdk.Building
{
    /// <summary>Everything one image build needs, independent of which client runs it.</summary>
    public sealed class BuildRequest
    {
        public BuildMode Mode { get; init; }

        public string ClientPath { get; init; } = "";

        public string DockerfilePath { get; init; } = "";

        public string ContextDirectory { get; init; } = "";

        /// <summary>Full references, repository:tag; the first is the one inspected after the build.</summary>
        public IReadOnlyList<string> ImageReferences { get; init; } = new string[0];

        /// <summary>Name and value of each --build-arg.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> BuildArguments { get; init; } = new KeyValuePair<string, string>[0];

        /// <summary>The target platform, such as linux/arm64; null to build for the engine's own.</summary>
        public string? Platform { get; init; }

        /// <summary>The user's own arguments, passed after ours and before the context directory.</summary>
        public IReadOnlyList<string> ExtraArguments { get; init; } = new string[0];

        /// <summary>
        /// Whether the Dockerfile has a HEALTHCHECK. Podman builds OCI images by default, which have no health check,
        /// so podman is asked for the docker format then.
        /// </summary>
        public bool HasHealthcheck { get; init; }
    }
}
