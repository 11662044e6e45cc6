using System;

namespace Containerize.Sdk.Building
{
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
