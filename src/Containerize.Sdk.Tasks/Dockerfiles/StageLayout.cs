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

        /// <summary>Where the build stage has the build context.</summary>
        public const string SourceDirectory = "/src";

        /// <summary>Where the build stage publishes.</summary>
        public const string PublishDirectory = "/app/publish";

        /// <summary>Where the build stage sorts the publish output into one folder per slice.</summary>
        public const string SlicesDirectory = "/app/slices";

        public const string NuGetCacheTarget = "/root/.nuget/packages";

        /// <summary>Where BuildKit mounts a secret by default; a mounted secret file is read from here.</summary>
        public const string SecretsDirectory = "/run/secrets";
    }
}
