using System;

namespace Containerize.Sdk.Builders
{
    /// <summary>How the client is asked to build: decides the command line and whether RUN --mount works.</summary>
    public enum BuildMode
    {
        /// <summary><c>docker buildx build --load</c>: the buildx plugin is installed.</summary>
        Buildx,

        /// <summary><c>DOCKER_BUILDKIT=1 docker build</c>: clients before 23.0 carry BuildKit themselves.</summary>
        BuildKit,

        /// <summary>Plain <c>docker build</c> with the legacy builder, which rejects RUN --mount.</summary>
        Legacy,

        /// <summary><c>podman build</c>, which supports RUN --mount.</summary>
        Podman,
    }

    /// <summary>The lower-case names the MSBuild targets use for builders and build modes.</summary>
    public static class BuildModeNames
    {
        public const string NoneName = "none";

        public static string Name(BuildMode mode) => mode.ToString().ToLowerInvariant();

        public static string Name(BuilderKind kind) => kind.ToString().ToLowerInvariant();

        /// <summary>Parses buildx, buildkit, legacy or podman, ignoring case; false for anything else, including none.</summary>
        public static bool TryParseMode(string? text, out BuildMode mode)
        {
            foreach (BuildMode candidate in new[] { BuildMode.Buildx, BuildMode.BuildKit, BuildMode.Legacy, BuildMode.Podman })
            {
                if (string.Equals(text?.Trim(), Name(candidate), StringComparison.OrdinalIgnoreCase))
                {
                    mode = candidate;
                    return true;
                }
            }

            mode = BuildMode.Legacy;
            return false;
        }
    }
}
