namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// What a publish item (ResolvedFileToPublish) says about one published file: where it lands in the publish folder
    /// and where it comes from.
    /// </summary>
    public sealed class PublishFile
    {
        public PublishFile(string relativePath, string? packageId = null, string? packageVersion = null, bool isProjectReference = false)
        {
            RelativePath = relativePath;
            PackageId = string.IsNullOrWhiteSpace(packageId) ? null : packageId!.Trim();
            PackageVersion = string.IsNullOrWhiteSpace(packageVersion) ? null : packageVersion!.Trim();
            IsProjectReference = isProjectReference;
        }

        /// <summary>The path inside the publish folder (RelativePath metadata), either separator.</summary>
        public string RelativePath { get; }

        /// <summary>NuGetPackageId metadata: set for files that come from a package, runtime packs included.</summary>
        public string? PackageId { get; }

        /// <summary>NuGetPackageVersion metadata.</summary>
        public string? PackageVersion { get; }

        /// <summary>The file is an output of a referenced project (ReferenceSourceTarget=ProjectReference, or another project's MSBuildSourceProjectFile).</summary>
        public bool IsProjectReference { get; }
    }
}
