using System;
using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Images;

namespace Containerize.Sdk.Building
{
    /// <summary>
    /// A build cache shared between engines (ContainerizeCacheFrom, ContainerizeCacheTo): CI runners that reuse what
    /// another runner built. An inline cache (<c>type=inline</c>) rides in the pushed image's config and covers only the
    /// final image's layers, so the build stage, which holds the restore layer, is also built on its own
    /// (<c>--target build</c>) with its inline cache and pushed beside the image as its build-stage cache image,
    /// <c>repository:tag-buildcache</c>; a plain image reference in ContainerizeCacheFrom reads both.
    /// </summary>
    public static class SharedBuildCache
    {
        public const string InlineCacheTo = "type=inline";

        /// <summary>The build argument BuildKit reads to write the inline cache; with or without buildx.</summary>
        public const string InlineCacheArgument = "BUILDKIT_INLINE_CACHE";

        public const string BuildStageTagSuffix = "-buildcache";

        /// <summary>Whether a ContainerizeCacheTo value asks for the inline cache.</summary>
        public static bool IsInline(string cacheTo) => string.Equals(cacheTo.Trim(), InlineCacheTo, StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether any value asks for the inline cache.</summary>
        public static bool ExportsInline(IEnumerable<string> cacheTo) => cacheTo.Any(IsInline);

        /// <summary>
        /// Whether a ContainerizeCacheFrom value is an image reference (the built-in BuildKit's form) rather than buildx's
        /// <c>type=…,ref=…</c>, which names its cache itself.
        /// </summary>
        public static bool IsImageReference(string cacheFrom) => cacheFrom.IndexOf('=') < 0;

        /// <summary>The build-stage cache image of each image reference: repository:tag-buildcache.</summary>
        public static IReadOnlyList<string> BuildStageReferences(IEnumerable<string> imageReferences) =>
            imageReferences.Select(reference => ImageCommands.WithTagSuffix(reference, BuildStageTagSuffix)).ToList();

        /// <summary>
        /// The --cache-from values of a build: each value as the user wrote it, and after each image reference its
        /// build-stage cache image, so that the restore layer comes from the cache too.
        /// </summary>
        public static IReadOnlyList<string> CacheFrom(IEnumerable<string> cacheFrom)
        {
            var values = new List<string>();
            foreach (string value in cacheFrom)
            {
                values.Add(value);
                if (IsImageReference(value) && !value.Contains("@") && !ImageCommands.TagOf(value).EndsWith(BuildStageTagSuffix, StringComparison.Ordinal))
                {
                    values.AddRange(BuildStageReferences(new[] { value }));
                }
            }

            return values.Distinct(StringComparer.Ordinal).ToList();
        }

        /// <summary>
        /// The build of the build-stage cache image: the image's own build, for the build stage alone, tagged with the
        /// build-stage references and with its inline cache. Null when there is none to make: the image is not pushed (a
        /// cache no other engine reads), no inline cache is asked for, or the build stage did not feed the image (the app
        /// came from the host's publish output, and the build stage was never built).
        /// </summary>
        public static BuildRequest? BuildStageRequest(BuildRequest image, bool pushed, string buildStageName)
        {
            bool buildStageFedImage = !image.BuildArguments.Any(argument => argument.Key == Planning.HostOutputFeed.Argument && argument.Value != buildStageName);
            if (!pushed || !ExportsInline(image.CacheTo) || !buildStageFedImage || image.IsMultiPlatform)
            {
                return null;
            }

            // LogFile: build.log keeps the image build's output, which says what the build took from the cache.
            return image with { Target = buildStageName, ImageReferences = BuildStageReferences(image.ImageReferences), PushFromBuilder = false, MetadataFile = null, LogFile = null };
        }
    }
}
