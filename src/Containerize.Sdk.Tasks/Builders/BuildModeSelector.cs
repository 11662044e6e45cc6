namespace Containerize.Sdk.Builders
{
    /// <summary>Chooses how a docker client builds, from what it can do.</summary>
    public static class BuildModeSelector
    {
        /// <summary>Docker 23.0 made buildx the only way to BuildKit: from then on the client's own BuildKit is gone.</summary>
        public const int FirstMajorVersionWithoutBuiltInBuildKit = 23;

        /// <summary>
        /// buildx when the plugin is there; otherwise BuildKit for clients that still carry it; otherwise the legacy builder.
        /// A version that cannot be read is treated as new, because assuming BuildKit that is not there fails every build.
        /// </summary>
        public static BuildMode ForDocker(int? clientMajorVersion, bool hasBuildxPlugin)
        {
            if (hasBuildxPlugin)
            {
                return BuildMode.Buildx;
            }

            if (clientMajorVersion.HasValue && clientMajorVersion.Value < FirstMajorVersionWithoutBuiltInBuildKit)
            {
                return BuildMode.BuildKit;
            }

            return BuildMode.Legacy;
        }

        public static bool UsesBuildKit(BuildMode mode) => mode != BuildMode.Legacy;
    }
}
