using System.Collections.Generic;
using System.Linq;

namespace Containerize.Sdk.Building
{
    /// <summary>The options of an image build that not every builder supports, as the project sets them.</summary>
    public sealed class BuildOptions
    {
        /// <summary>From ContainerRuntimeIdentifiers; several make a multi-platform image.</summary>
        public IReadOnlyList<string> Platforms { get; init; } = new string[0];

        /// <summary>Whether the image is pushed after the build (ContainerRegistry set, or ContainerizePush=true).</summary>
        public bool Push { get; init; }

        /// <summary>Whether ContainerArchiveOutputPath asks for an archive.</summary>
        public bool Archive { get; init; }

        /// <summary>ContainerizeCacheTo: each --cache-to value.</summary>
        public IReadOnlyList<string> CacheTo { get; init; } = new string[0];

        /// <summary>Whether a ContainerizeCacheTo value needs buildx: every type but inline, which BuildKit writes itself.</summary>
        public bool ExportsCacheThroughBuildx => CacheTo.Any(value => !SharedBuildCache.IsInline(value));

        /// <summary>ContainerizeBuildxBuilder; null or empty for the current builder.</summary>
        public string? BuildxBuilder { get; init; }

        public bool IsMultiPlatform => Platforms.Count > 1;

        /// <summary>
        /// Whether a command written for builder none needs buildx: one command builds a multi-platform image only with
        /// buildx (Containerize itself builds it platform by platform without buildx, PlatformImages).
        /// </summary>
        public bool NeedBuildx => IsMultiPlatform || ExportsCacheThroughBuildx || !string.IsNullOrEmpty(BuildxBuilder);
    }
}
