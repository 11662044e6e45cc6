using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NuGet.Versioning;

namespace Containerize.Sdk.Inference
{
    /// <summary>
    /// Infers the final image the way the .NET SDK's container support does: runtime-deps for self-contained and Native
    /// AOT apps, aspnet when the app uses Microsoft.AspNetCore.App, runtime otherwise; the tag is the TargetFramework's
    /// major.minor (with -preview for a prerelease runtime), then -alpine for musl RIDs or -family for ContainerFamily.
    /// The build stage's sdk image has the major.minor of the SDK the host publish runs with (which global.json chose and
    /// which builds every older TargetFramework), and for Native AOT is the -aot image, which has the native linker.
    /// </summary>
    public static class BaseImageResolver
    {
        public const string MicrosoftRegistry = "mcr.microsoft.com/dotnet";

        private static readonly Regex KnownFamily = new Regex(
            @"^(alpine(\d+\.\d+)?(-(composite|extra))?|(noble|jammy|resolute)(-chiseled(-extra|-composite(-extra)?)?)?|(bookworm|trixie)-slim|azurelinux\d+\.\d+(-distroless(-extra)?)?|cbl-mariner\d+\.\d+(-distroless)?)$",
            RegexOptions.CultureInvariant);

        public static bool IsKnownFamily(string family) => KnownFamily.IsMatch(family);

        /// <summary>The tag version (for example 10.0), or null when TargetFrameworkVersion cannot be read.</summary>
        public static string? TagVersion(string targetFrameworkVersion)
        {
            string text = targetFrameworkVersion.TrimStart('v', 'V');
            if (!NuGetVersion.TryParse(text, out NuGetVersion? version) || version.Major < 1)
            {
                return null;
            }

            return version.Major.ToString(CultureInfo.InvariantCulture) + "." + version.Minor.ToString(CultureInfo.InvariantCulture);
        }

        public static BaseImageResolution Resolve(BaseImageInputs inputs)
        {
            var reasons = new List<string>();
            string tagVersion = TagVersion(inputs.TargetFrameworkVersion)
                ?? throw new ArgumentException("TargetFrameworkVersion '" + inputs.TargetFrameworkVersion + "' is not a version.");
            if (IsPreview(inputs.BundledRuntimeVersion, tagVersion))
            {
                reasons.Add("the SDK's bundled runtime " + inputs.BundledRuntimeVersion + " is a prerelease of " + tagVersion + ", so the tag is " + tagVersion + "-preview");
                tagVersion += "-preview";
            }

            bool musl = inputs.RuntimeIdentifier != null && inputs.RuntimeIdentifier.StartsWith("linux-musl-", StringComparison.Ordinal);
            string? family = Blank(inputs.ContainerFamily);
            if (family == null && musl)
            {
                family = "alpine";
                reasons.Add("RuntimeIdentifier " + inputs.RuntimeIdentifier + " is musl, so the family is alpine");
            }
            else if (family == null && inputs.PublishAot && Blank(inputs.BaseImage) == null && TagMajor(tagVersion) < FirstNobleDefault)
            {
                // The -aot SDK image links against Ubuntu's glibc; the default tags before .NET 10 are Debian, whose older
                // glibc may not run the native executable.
                family = "noble";
                reasons.Add("PublishAot is true and the default " + tagVersion + " images are Debian, so the final image is the noble one the AOT SDK image links for");
            }

            bool alpine = family != null && family.StartsWith("alpine", StringComparison.Ordinal);
            string runtimeTag = family == null ? tagVersion : tagVersion + "-" + family;

            string baseImage;
            if (Blank(inputs.BaseImage) is string explicitBase)
            {
                baseImage = explicitBase;
                reasons.Add("ContainerBaseImage is set: " + baseImage);
                alpine = alpine || explicitBase.IndexOf("alpine", StringComparison.Ordinal) >= 0;
            }
            else
            {
                string repository = RuntimeRepository(inputs, reasons);
                baseImage = MicrosoftRegistry + "/" + repository + ":" + runtimeTag;
            }

            string sdkImage;
            if (Blank(inputs.SdkImage) is string explicitSdk)
            {
                sdkImage = explicitSdk;
                reasons.Add("ContainerSdkImage is set: " + sdkImage);
            }
            else
            {
                string sdkVersion = SdkTagVersion(inputs, tagVersion, reasons);
                string? sdkFamily = family == null ? null : SdkFamily(family);
                if (inputs.PublishAot)
                {
                    // Only the -aot images have the native linker (clang) and the libraries Native AOT links against.
                    sdkImage = MicrosoftRegistry + "/sdk:" + sdkVersion + "-" + (sdkFamily ?? "noble") + "-aot";
                    reasons.Add("PublishAot is true, so the build stage image is " + sdkImage + ", which has the native linker");
                }
                else
                {
                    sdkImage = MicrosoftRegistry + "/sdk:" + (sdkFamily == null ? sdkVersion : sdkVersion + "-" + sdkFamily);
                    reasons.Add("build stage image " + sdkImage + (family == null ? "" : " (the SDK image for family " + family + ")"));
                }
            }

            return new BaseImageResolution(baseImage, sdkImage, alpine, reasons);
        }

        /// <summary>The first .NET whose default image tags are Ubuntu (noble) rather than Debian.</summary>
        private const int FirstNobleDefault = 10;

        /// <summary>
        /// The sdk tag's version: the host SDK's major.minor (with -preview for a prerelease SDK). Without a readable
        /// SDK version (a caller that passes none), the TargetFramework's, as the final image has it.
        /// </summary>
        private static string SdkTagVersion(BaseImageInputs inputs, string targetFrameworkTag, List<string> reasons)
        {
            if (!NuGetVersion.TryParse((inputs.SdkVersion ?? "").Trim(), out NuGetVersion? sdk))
            {
                reasons.Add("the SDK's version is not known, so the build stage uses the TargetFramework's version " + targetFrameworkTag);
                return targetFrameworkTag;
            }

            string version = sdk.Major.ToString(CultureInfo.InvariantCulture) + "." + sdk.Minor.ToString(CultureInfo.InvariantCulture) + (sdk.IsPrerelease ? "-preview" : "");
            reasons.Add("the host publish runs with the .NET SDK " + inputs.SdkVersion!.Trim() + " (NETCoreSdkVersion), so the build stage uses the " + version + " SDK image");
            return version;
        }

        private static int TagMajor(string tagVersion) =>
            int.TryParse(tagVersion.Substring(0, tagVersion.IndexOf('.')), NumberStyles.None, CultureInfo.InvariantCulture, out int major) ? major : 0;

        private static string RuntimeRepository(BaseImageInputs inputs, List<string> reasons)
        {
            if (inputs.PublishAot)
            {
                reasons.Add("PublishAot is true, so the base is runtime-deps");
                return "runtime-deps";
            }

            if (inputs.SelfContained)
            {
                reasons.Add("SelfContained is true, so the base is runtime-deps");
                return "runtime-deps";
            }

            if (inputs.UsesAspNetCore)
            {
                reasons.Add("the project uses Microsoft.AspNetCore.App, so the base is aspnet");
                return "aspnet";
            }

            reasons.Add("a framework-dependent app without ASP.NET Core, so the base is runtime");
            return "runtime";
        }

        /// <summary>The SDK images have no chiseled or distroless variants: build on the distribution they come from.</summary>
        private static string? SdkFamily(string family)
        {
            int chiseled = family.IndexOf("-chiseled", StringComparison.Ordinal);
            if (chiseled > 0)
            {
                return family.Substring(0, chiseled);
            }

            int distroless = family.IndexOf("-distroless", StringComparison.Ordinal);
            if (distroless > 0)
            {
                return family.Substring(0, distroless);
            }

            if (family.StartsWith("alpine", StringComparison.Ordinal))
            {
                int suffix = family.IndexOf('-');
                return suffix > 0 ? family.Substring(0, suffix) : family;
            }

            return family;
        }

        private static bool IsPreview(string? bundledRuntimeVersion, string tagVersion)
        {
            if (!NuGetVersion.TryParse(bundledRuntimeVersion ?? "", out NuGetVersion? runtime) || !runtime.IsPrerelease)
            {
                return false;
            }

            return runtime.Major.ToString(CultureInfo.InvariantCulture) + "." + runtime.Minor.ToString(CultureInfo.InvariantCulture) == tagVersion;
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
