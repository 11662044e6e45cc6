using System.Collections.Generic;

namespace Containerize.Sdk.Planning
{
    /// <summary>
    /// Everything the Dockerfile says, already validated and inferred: DockerfilePlanner only arranges it.
    /// Paths of the build stage are relative to the build context and use forward slashes.
    /// </summary>
    public sealed class ContainerSpec
    {
        /// <summary>Source (restore and publish in the build stage) or Publish (copy the host's publish output).</summary>
        public ContainerizeMode Mode { get; set; } = ContainerizeMode.Source;

        public string ProjectPath { get; set; } = "";

        public string AssemblyName { get; set; } = "";

        public string Configuration { get; set; } = "Release";

        public string SdkImage { get; set; } = "";

        public string BaseImage { get; set; } = "";

        /// <summary>The builder supports BuildKit-only syntax (RUN --mount).</summary>
        public bool UseBuildKit { get; set; }

        /// <summary>Files (and local package-source folders, ending in '/') copied before restore, relative to the context.</summary>
        public IReadOnlyList<string> RestoreInputs { get; set; } = new string[0];

        // Private feeds and multi-targeting (restore inputs): set by GenerateDockerfile through RestoreInputs/RestoreSecretPlan.

        /// <summary>Secret id and context-relative path of each NuGet.config with credentials, mounted for the restore RUN only.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> RestoreSecrets { get; set; } = new KeyValuePair<string, string>[0];

        /// <summary>Secret id and name of each environment variable that carries credentials, set for the restore command only.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> RestoreSecretEnvironment { get; set; } = new KeyValuePair<string, string>[0];

        /// <summary>Digest of those configs without their credentials: BuildKit does not key a RUN on its secrets' content.</summary>
        public string? RestoreSecretsDigest { get; set; }

        /// <summary>The TargetFramework the container publishes (-f) when the project multi-targets; null otherwise.</summary>
        public string? PublishTargetFramework { get; set; }

        /// <summary>The publish RID, or null for a portable framework-dependent app.</summary>
        public string? RuntimeIdentifier { get; set; }

        /// <summary>Restore and publish for the target platform's architecture ($TARGETARCH) on the build platform.</summary>
        public bool CrossBuild { get; set; }

        public bool SelfContained { get; set; }

        /// <summary>Native AOT: restore and publish need the RID, the output is a native executable.</summary>
        public bool PublishAot { get; set; }

        /// <summary>Secret-named global properties go to the restore and publish through a secret mount (ForwardedProperties).</summary>
        public bool ForwardsSecretProperties { get; set; }

        public string WorkingDirectory { get; set; } = "/app";

        /// <summary>The USER; null means the base image's non-root APP_UID.</summary>
        public string? User { get; set; }

        public IReadOnlyList<ContainerPortSpec> Ports { get; set; } = new ContainerPortSpec[0];

        public IReadOnlyList<KeyValuePair<string, string>> EnvironmentVariables { get; set; } = new KeyValuePair<string, string>[0];

        /// <summary>Labels that stay the same from build to build.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Labels { get; set; } = new KeyValuePair<string, string>[0];

        /// <summary>Labels that change on every build (org.opencontainers.image.created): written last.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> VolatileLabels { get; set; } = new KeyValuePair<string, string>[0];

        /// <summary>ENTRYPOINT arguments; empty leaves the base image's.</summary>
        public IReadOnlyList<string> Entrypoint { get; set; } = new string[0];

        /// <summary>CMD arguments; empty writes no CMD.</summary>
        public IReadOnlyList<string> Command { get; set; } = new string[0];

        public HealthCheckSpec? HealthCheck { get; set; }

        public string? StopSignal { get; set; }

        public IReadOnlyList<string> OsPackages { get; set; } = new string[0];

        /// <summary>apt or apk, for OsPackages.</summary>
        public OsPackageManager PackageManager { get; set; } = OsPackageManager.Apt;

        public IReadOnlyList<ContainerFileSpec> Files { get; set; } = new ContainerFileSpec[0];

        /// <summary>
        /// Which published files go into layers before the app's (from the slice manifest), or null for one layer holding
        /// the whole publish output. Publish mode: the build context holds one folder per slice (StagePublishOutput).
        /// </summary>
        public Slicing.SliceLayout? Slices { get; set; }

        /// <summary>
        /// The context-relative folder of the host's staged publish output, taken by the host stage that
        /// CONTAINERIZE_APP_STAGE=host selects in place of the build stage; null for no host stage (HostOutputFeed).
        /// </summary>
        public string? HostOutputDirectory { get; set; }
    }

    public enum ContainerizeMode
    {
        Source,
        Publish,
    }

    public enum OsPackageManager
    {
        Apt,
        Apk,
    }

    public sealed class ContainerPortSpec
    {
        public ContainerPortSpec(int port, string protocol)
        {
            Port = port;
            Protocol = protocol;
        }

        public int Port { get; }

        public string Protocol { get; }
    }

    public sealed class HealthCheckSpec
    {
        public IReadOnlyList<string> Command { get; set; } = new string[0];

        public string? Interval { get; set; }

        public string? Timeout { get; set; }

        public string? StartPeriod { get; set; }

        public int? Retries { get; set; }
    }

    /// <summary>A file from the context copied into the image before the app.</summary>
    public sealed class ContainerFileSpec
    {
        public ContainerFileSpec(string source, string destination, string? chmod)
        {
            Source = source;
            Destination = destination;
            Chmod = chmod;
        }

        public string Source { get; }

        public string Destination { get; }

        public string? Chmod { get; }
    }
}
