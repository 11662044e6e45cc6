namespace Containerize.Sdk.Inference
{
    /// <summary>What the base-image inference reads from the project.</summary>
    public sealed class BaseImageInputs
    {
        /// <summary>TargetFrameworkVersion as MSBuild has it, for example v10.0.</summary>
        public string TargetFrameworkVersion { get; set; } = "";

        /// <summary>The version of the runtime the SDK bundles (BundledNETCoreAppPackageVersion): a prerelease one gives -preview tags.</summary>
        public string? BundledRuntimeVersion { get; set; }

        /// <summary>NETCoreSdkVersion: the SDK the host publish runs with, whose major.minor the build stage's image has.</summary>
        public string? SdkVersion { get; set; }

        public bool UsesAspNetCore { get; set; }

        public bool SelfContained { get; set; }

        public bool PublishAot { get; set; }

        public string? RuntimeIdentifier { get; set; }

        public string? ContainerFamily { get; set; }

        /// <summary>ContainerBaseImage: when set, used as it is.</summary>
        public string? BaseImage { get; set; }

        /// <summary>ContainerSdkImage: when set, used as it is for the build stage.</summary>
        public string? SdkImage { get; set; }
    }
}
