namespace Containerize.Sdk.Building
{
    public static class BuildOutputReaders
    {
        /// <summary>The reader for the output format each build mode prints.</summary>
        public static IBuildOutputReader For(BuildMode mode)
        {
            switch (mode)
            {
                case BuildMode.Legacy:
                    return new LegacyOutputReader();
                case BuildMode.Podman:
                    return new PodmanOutputReader();
                default:
                    return new BuildKitOutputReader();
            }
        }
    }
}
