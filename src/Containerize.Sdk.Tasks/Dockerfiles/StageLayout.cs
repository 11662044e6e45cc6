namespace Containerize.Sdk.Dockerfiles
{
    /// <summary>
    /// The names of the generated Dockerfile's stages and the paths inside them: every planner, and the readers of the
    /// builder's output, take them from here.
    /// </summary>
    public static class StageLayout
    {
        public const string BuildStageName = "build";
        public const string FinalStageName = "final";

        /// <summary>The stage that takes the host's staged publish output (CONTAINERIZE_APP_STAGE=host).</summary>
        public const string HostStageName = "host";

        /// <summary>FROM ${CONTAINERIZE_APP_STAGE} AS app: the final stage copies the app from it, whichever stage it is.</summary>
        public const string AppStageName = "app";

        /// <summary>Where the build stage has the build context.</summary>
        public const string SourceDirectory = "/src";

        /// <summary>Where the build stage publishes.</summary>
        public const string PublishDirectory = "/app/publish";

        /// <summary>Where the build stage sorts the publish output into one folder per slice.</summary>
        public const string SlicesDirectory = "/app/slices";

        /// <summary>
        /// Where each slice's files wait for the final stage, one folder per slice, each holding the image's tree from /
        /// down (LayerFolders). The final stage copies each folder to /: BuildKit gives
        /// the destination of a COPY the time of the build, but a copied folder keeps its own, so only a COPY to / (never
        /// in a layer) makes layers that are the same bytes on every build (ReproducibleLayers).
        /// </summary>
        public const string LayersDirectory = "/app/layers";

        public const string NuGetCacheTarget = "/root/.nuget/packages";

        /// <summary>Where BuildKit mounts a secret by default; a mounted secret file is read from here.</summary>
        public const string SecretsDirectory = "/run/secrets";
    }
}
