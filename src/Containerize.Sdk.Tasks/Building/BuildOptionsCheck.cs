using System.Collections.Generic;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Building
{
    /// <summary>
    /// Whether the chosen builder can do what the project asks for, checked before the Dockerfile is generated, so that a
    /// build that cannot succeed stops in seconds with the reason instead of after the image build.
    /// </summary>
    public static class BuildOptionsCheck
    {
        /// <param name="mode">How the client builds; null for builder none, which builds nothing and so can do anything.</param>
        /// <param name="clientPath">The client, for messages.</param>
        /// <param name="options">What the project asks for.</param>
        /// <returns>An error for each option the builder cannot honour; none when it can honour all.</returns>
        public static IReadOnlyList<ContainerizeDiagnostic> Check(BuildMode? mode, string clientPath, BuildOptions options)
        {
            var errors = new List<ContainerizeDiagnostic>();
            BuilderWithoutBuildx? withoutBuildx = WithoutBuildx(mode);
            if (options.IsMultiPlatform)
            {
                // Docker's built-in BuildKit (PlatformImages) and podman (PodmanPlatformImages) build one platform at a time;
                // the legacy builder cannot cross-build.
                if (withoutBuildx == BuilderWithoutBuildx.DockerLegacyBuilder)
                {
                    errors.Add(Errors.MultiPlatformNeedsBuildKit(clientPath, options.Platforms));
                }

                if (!options.Push)
                {
                    errors.Add(Errors.MultiPlatformNeedsPush(options.Platforms));
                }

                if (options.Archive)
                {
                    errors.Add(Errors.MultiPlatformArchive(options.Platforms));
                }
            }

            if (withoutBuildx.HasValue)
            {
                // The inline cache is BuildKit's own; the legacy builder and podman write none.
                bool inlineWithoutBuildKit = options.CacheTo.Count > 0 && withoutBuildx != BuilderWithoutBuildx.DockerBuiltInBuildKit;
                if (options.ExportsCacheThroughBuildx || inlineWithoutBuildKit)
                {
                    errors.Add(Errors.CacheToNeedsBuildx(withoutBuildx.Value, clientPath));
                }

                if (!string.IsNullOrEmpty(options.BuildxBuilder))
                {
                    errors.Add(Errors.BuildxBuilderNeedsBuildx(withoutBuildx.Value, clientPath, options.BuildxBuilder!));
                }
            }

            return errors;
        }

        /// <returns>How the client builds when it has no buildx, as the errors name it; null for buildx and for builder none.</returns>
        private static BuilderWithoutBuildx? WithoutBuildx(BuildMode? mode)
        {
            switch (mode)
            {
                case BuildMode.BuildKit:
                    return BuilderWithoutBuildx.DockerBuiltInBuildKit;
                case BuildMode.Legacy:
                    return BuilderWithoutBuildx.DockerLegacyBuilder;
                case BuildMode.Podman:
                    return BuilderWithoutBuildx.Podman;
                default:
                    return null;
            }
        }
    }
}
