using System.Collections.Generic;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Planning
{
    /// <summary>
    /// Everything the Dockerfile says, already validated and inferred (ContainerSpecFactory builds it, and only it; it does not change after): DockerfilePlanner only arranges it.
    /// Paths of the build stage are relative to the build context and use forward slashes.
    /// </summary>
    public sealed record ContainerSpec
    {
        /// <summary>Source (restore and publish in the build stage) or Publish (copy the host's publish output).</summary>
        public ContainerizeMode Mode { get; init; } = ContainerizeMode.Source;

        public string ProjectPath { get; init; } = "";

        public string AssemblyName { get; init; } = "";

        public string Configuration { get; init; } = "Release";

        public string SdkImage { get; init; } = "";

        public string BaseImage { get; init; } = "";

        /// <summary>The builder supports BuildKit-only syntax (RUN --mount).</summary>
        public bool UseBuildKit { get; init; }

        /// <summary>
        /// The restore and publish mount the NuGet cache (RUN --mount=type=cache): with BuildKit, unless the build cache is
        /// shared with other engines. A cache mount stays on the engine that filled it, so an engine that takes the
        /// restore layer from a shared cache would find no packages in its own mount; the packages go into the layer.
        /// </summary>
        public bool MountsNuGetCache { get; init; }

        /// <summary>The SBOM's path in the image; null without one. The build stage's publish writes it (Sbom.CycloneDxDocument).</summary>
        public string? SbomPath { get; init; }

        /// <summary>Files (and local package-source folders, ending in '/') copied before restore, relative to the context.</summary>
        public IReadOnlyList<string> RestoreInputs { get; init; } = new string[0];

        // Private feeds and multi-targeting (restore inputs): set by GenerateDockerfile through RestoreInputs/RestoreSecretPlan.

        /// <summary>Secret id and context-relative path of each NuGet.config with credentials, mounted for the restore RUN only.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> RestoreSecrets { get; init; } = new KeyValuePair<string, string>[0];

        /// <summary>Secret id and name of each environment variable that carries credentials, set for the restore command only.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> RestoreSecretEnvironment { get; init; } = new KeyValuePair<string, string>[0];

        /// <summary>Digest of those configs without their credentials: BuildKit does not key a RUN on its secrets' content.</summary>
        public string? RestoreSecretsDigest { get; init; }

        /// <summary>The TargetFramework the container publishes (-f) when the project multi-targets; null otherwise.</summary>
        public string? PublishTargetFramework { get; init; }

        /// <summary>The publish RID, or null for a portable framework-dependent app.</summary>
        public string? RuntimeIdentifier { get; init; }

        /// <summary>Restore and publish for the target platform's architecture ($TARGETARCH) on the build platform.</summary>
        public bool CrossBuild { get; init; }

        public bool SelfContained { get; init; }

        /// <summary>Native AOT: restore and publish need the RID, the output is a native executable.</summary>
        public bool PublishAot { get; init; }

        /// <summary>Secret-named global properties go to the restore and publish through a secret mount (ForwardedProperties).</summary>
        public bool ForwardsSecretProperties { get; init; }

        public string WorkingDirectory { get; init; } = "/app";

        /// <summary>The USER; null means the base image's non-root APP_UID.</summary>
        public string? User { get; init; }

        /// <summary>The final stage beyond its base image: ports, environment, labels, entry point, health check, packages, files.</summary>
        public FinalStageSpec FinalStage { get; init; } = new FinalStageSpec();

        /// <summary>apt or apk, for the final stage's OsPackages.</summary>
        public OsPackageManager PackageManager { get; init; } = OsPackageManager.Apt;

        /// <summary>
        /// Which published files go into layers before the app's (from the slice manifest), or null for one layer holding
        /// the whole publish output. Publish mode: the build context holds one folder per slice (StagePublishOutput).
        /// </summary>
        public Slicing.SliceLayout? Slices { get; init; }

        /// <summary>
        /// The context-relative folder of the host's staged publish output, taken by the host stage that
        /// CONTAINERIZE_APP_STAGE=host selects in place of the build stage; null for no host stage (HostOutputFeed).
        /// </summary>
        public string? HostOutputDirectory { get; init; }
    }

    public enum ContainerizeMode
    {
        Source,
        Publish,
    }

}
