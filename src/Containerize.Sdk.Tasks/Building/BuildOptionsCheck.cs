using System.Collections.Generic;
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
            if (options.IsMultiPlatform)
            {
                if (mode.HasValue && mode.Value != BuildMode.Buildx)
                {
                    errors.Add(Errors.MultiPlatformNeedsBuildx(mode.Value, clientPath, options.Platforms));
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

            if (mode.HasValue && mode.Value != BuildMode.Buildx)
            {
                if (options.ExportsCache)
                {
                    errors.Add(Errors.CacheToNeedsBuildx(mode.Value, clientPath));
                }

                if (!string.IsNullOrEmpty(options.BuildxBuilder))
                {
                    errors.Add(Errors.BuildxBuilderNeedsBuildx(mode.Value, clientPath, options.BuildxBuilder!));
                }
            }

            return errors;
        }
    }
}
