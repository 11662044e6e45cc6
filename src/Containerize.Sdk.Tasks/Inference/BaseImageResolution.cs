using System.Collections.Generic;

namespace Containerize.Sdk.Inference
{
    /// <summary>The images chosen and, for the log, why.</summary>
    public sealed class BaseImageResolution
    {
        public BaseImageResolution(string baseImage, string sdkImage, bool usesMusl, IReadOnlyList<string> reasons)
        {
            BaseImage = baseImage;
            SdkImage = sdkImage;
            UsesMusl = usesMusl;
            Reasons = reasons;
        }

        public string BaseImage { get; }

        public string SdkImage { get; }

        /// <summary>The final image is Alpine (apk, musl).</summary>
        public bool UsesMusl { get; }

        public IReadOnlyList<string> Reasons { get; }
    }
}
