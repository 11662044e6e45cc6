using System.Collections.Generic;

namespace Containerize.Sdk.Slicing
{
    /// <summary>Everything an image build depends on that the fingerprint covers.</summary>
    public sealed class BuildFingerprintInputs
    {
        public string DockerfilePath { get; set; } = "";

        public string ContextDirectory { get; set; } = "";

        /// <summary>buildx, buildkit, legacy or podman: decides which .dockerignore the builder reads.</summary>
        public string BuildMode { get; set; } = "";

        public string BuilderPath { get; set; } = "";

        /// <summary>The rest of the build command, one entry each: image references, build arguments, platform, extra arguments.</summary>
        public IReadOnlyList<string> Settings { get; set; } = new string[0];
    }
}
