namespace Containerize.Sdk.Building
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
}
