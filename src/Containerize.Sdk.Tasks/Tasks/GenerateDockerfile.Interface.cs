using Microsoft.Build.Framework;

namespace Containerize.Sdk.Tasks
{
    /// <summary>GenerateDockerfile's parameters: the project's properties and items as the targets pass them, and its outputs.</summary>
    public sealed partial class GenerateDockerfile
    {
        [Required]
        public string ProjectFullPath { get; set; } = "";

        [Required]
        public string AssemblyName { get; set; } = "";

        [Required]
        public string TargetFrameworkIdentifier { get; set; } = "";

        [Required]
        public string TargetFrameworkVersion { get; set; } = "";

        public string? BundledRuntimeVersion { get; set; }

        public ITaskItem[]? FrameworkReferences { get; set; }

        /// <summary>NETCoreSdkVersion: the build stage's SDK image has its major.minor.</summary>
        public string? SdkVersion { get; set; }

        /// <summary>The folder of the project's global.json, if it has one.</summary>
        public string? GlobalJsonDirectory { get; set; }

        /// <summary>TargetFrameworkMoniker items (metadata Project) of the project and its ProjectReference closure.</summary>
        public ITaskItem[]? ClosureTargetFrameworks { get; set; }

        public bool SelfContained { get; set; }

        public bool PublishAot { get; set; }

        public string? RuntimeIdentifier { get; set; }

        public string Configuration { get; set; } = "Release";

        public string? Version { get; set; }

        public string? Mode { get; set; }

        public string? ContainerBaseImage { get; set; }

        public string? ContainerSdkImage { get; set; }

        /// <summary>
        /// obj/&lt;project file&gt;.containerize.g.props: where Visual Studio's container tools are told the Dockerfile,
        /// context and image name (Planning/VisualStudioProperties); empty for nowhere.
        /// </summary>
        public string? VisualStudioPropsFile { get; set; }

        /// <summary>ContainerizeVisualStudioTools: false removes VisualStudioPropsFile instead of writing it.</summary>
        public bool VisualStudioTools { get; set; } = true;

        /// <summary>ContainerizePinBaseImages: name each base image by the digest BaseImageLockFile records for it.</summary>
        public bool PinBaseImages { get; set; }

        /// <summary>ContainerizeBaseImageLockFile, read when PinBaseImages is true.</summary>
        public string? BaseImageLockFile { get; set; }

        public string? ContainerFamily { get; set; }

        public string? ContainerRegistry { get; set; }

        public string? ContainerRepository { get; set; }

        public string? ContainerImageTag { get; set; }

        public string? ContainerImageTags { get; set; }

        public string? ContainerUser { get; set; }

        public string? ContainerWorkingDirectory { get; set; }

        public ITaskItem[]? ContainerPorts { get; set; }

        public ITaskItem[]? ContainerEnvironmentVariables { get; set; }

        public string? ContainerEnvironmentVariablesProperty { get; set; }

        public ITaskItem[]? ContainerLabels { get; set; }

        public string? ContainerGenerateLabels { get; set; }

        /// <summary>Items named after the OCI label suffix (title, version, …) with the project's value in Value.</summary>
        public ITaskItem[]? LabelSources { get; set; }

        /// <summary>ContainerizeCreated: the org.opencontainers.image.created label, when set.</summary>
        public string? Created { get; set; }

        /// <summary>
        /// SOURCE_DATE_EPOCH (seconds): gives the created label for reproducible builds. Without it or Created there is
        /// no created label, so the same inputs give the same Dockerfile.
        /// </summary>
        public string? SourceDateEpoch { get; set; }

        public ITaskItem[]? ContainerAppCommand { get; set; }

        public ITaskItem[]? ContainerAppCommandArgs { get; set; }

        public ITaskItem[]? ContainerDefaultArgs { get; set; }

        public string? ContainerAppCommandInstruction { get; set; }

        public string? ContainerHealthCheck { get; set; }

        public string? ContainerHealthCheckInterval { get; set; }

        public string? ContainerHealthCheckTimeout { get; set; }

        public string? ContainerHealthCheckStartPeriod { get; set; }

        public string? ContainerHealthCheckRetries { get; set; }

        public string? ContainerStopSignal { get; set; }

        public ITaskItem[]? ContainerOsPackages { get; set; }

        public ITaskItem[]? ContainerFiles { get; set; }

        /// <summary>Files the restore reads (absolute paths).</summary>
        public ITaskItem[]? RestoreInputs { get; set; }

        /// <summary>Local folder package sources (absolute paths).</summary>
        public ITaskItem[]? LocalPackageSources { get; set; }

        public string? ContextDirectory { get; set; }

        /// <summary>The closure's project folders and the files its projects include from other folders (ComputeRestoreInputs' ClosurePaths).</summary>
        public ITaskItem[]? ClosurePaths { get; set; }

        /// <summary>Why the generated .dockerignore must admit the whole context (ContainerizeSendWholeContext, an unfollowed import); empty to admit only the closure.</summary>
        public string? WholeContextReason { get; set; }

        public bool UseBuildKit { get; set; }

        /// <summary>
        /// Whether the build cache is shared with other engines (ContainerizeCacheFrom or ContainerizeCacheTo is set): the
        /// restore then keeps the NuGet packages in its layer, since no other engine has this one's cache mount.
        /// </summary>
        public bool SharesBuildCache { get; set; }

        /// <summary>ContainerizeSbom: the image holds the app's SBOM; false leaves it out.</summary>
        public bool Sbom { get; set; } = true;

        [Required]
        public string DockerfilePath { get; set; } = "";

        /// <summary>
        /// The project named the Dockerfile (ContainerizeDockerfile): when that file exists and we did not generate it,
        /// it is the user's and is built as it is.
        /// </summary>
        public bool DockerfileIsUsers { get; set; }

        /// <summary>Whether the legacy builder is used: it reads only the context root's .dockerignore.</summary>
        public bool WriteContextDockerignore { get; set; }

        // Restore inputs: private-feed credentials and the publish of a multi-targeting project.

        /// <summary>NuGet.config files with credentials (metadata Id, Digest): mounted as build secrets for the restore, left out of the context.</summary>
        public ITaskItem[]? RestoreSecrets { get; set; }

        /// <summary>The TargetFramework the container publishes when the project multi-targets; empty otherwise.</summary>
        public string? PublishTargetFramework { get; set; }

        /// <summary>The slice manifest (WriteSliceManifest): one COPY per slice of the publish output; empty for one COPY of it all.</summary>
        public string? SliceManifestPath { get; set; }

        /// <summary>The commit the host build found ($(SourceRevisionId)): the container's publish gets it, since .git is not in the context.</summary>
        public string? SourceRevisionId { get; set; }

        /// <summary>ContainerizeForwardGlobalProperties: false keeps the host publish's global properties out of the container's build.</summary>
        public bool ForwardGlobalProperties { get; set; } = true;

        /// <summary>Where the host's publish output is staged for the Dockerfile's host stage (inside the build context).</summary>
        public string? HostOutputDirectory { get; set; }

        /// <summary>ContainerizeBuilder=none: the build is only written down, for a plain docker build later.</summary>
        public bool WritesBuildCommandOnly { get; set; }

        /// <summary>The Publish target ran in this build: the publish folder holds this build's output.</summary>
        public bool HostPublished { get; set; }

        /// <summary>The host publish's $(RuntimeIdentifier) and $(TargetFramework), to compare with the container's publish.</summary>
        public string? HostRuntimeIdentifier { get; set; }

        public string? HostTargetFramework { get; set; }

        /// <summary>The image's platforms, comma-separated as ProbeContainerBuilder returns them.</summary>
        public string? Platforms { get; set; }

        /// <summary>The apphost the host publish made ($(AssemblyName)$(_NativeExecutableExtension) when UseAppHost is true); empty for none.</summary>
        public string? HostAppHost { get; set; }

        /// <summary>What the host publish writes and the container's publish does not: the apphost, when the container makes none.</summary>
        [Output]
        public string[] HostOnlyFiles { get; set; } = new string[0];

        /// <summary>The value of CONTAINERIZE_APP_STAGE for this build (host or build); empty when the Dockerfile has no host stage.</summary>
        [Output]
        public string AppStage { get; set; } = "";

        /// <summary>Where the app comes from, for the summary line.</summary>
        [Output]
        public string AppSource { get; set; } = "";

        /// <summary>The forwarded global properties for the container's restore and publish (response-file lines); see ForwardedProperties.</summary>
        [Output]
        public string RestoreProperties { get; set; } = "";

        /// <summary>The forwarded global properties for the container's publish only.</summary>
        [Output]
        public string PublishProperties { get; set; } = "";

        /// <summary>The secret-named forwarded properties, for the builder's secret; empty when there are none.</summary>
        [Output]
        public string SecretProperties { get; set; } = "";

        [Output]
        public string ImageName { get; set; } = "";

        [Output]
        public string[] ImageTags { get; set; } = new string[0];

        /// <summary>The final stage's base image; named by its digest when pinned.</summary>
        [Output]
        public string BaseImage { get; set; } = "";

        /// <summary>The final image's ports, port/protocol (8080/tcp), which ContainerizeRun publishes.</summary>
        [Output]
        public string[] Ports { get; set; } = new string[0];

        /// <summary>The build stage's image; named by its digest when pinned.</summary>
        [Output]
        public string SdkImage { get; set; } = "";

        /// <summary>The image's working directory, where StagePublishOutput puts the app's files.</summary>
        [Output]
        public string WorkingDirectory { get; set; } = "";

        [Output]
        public string ResolvedContextDirectory { get; set; } = "";

        /// <summary>The shared framework the final image must hold (for BuildContainerImage's check); empty for a self-contained app or your own Dockerfile.</summary>
        [Output]
        public string RequiredFramework { get; set; } = "";

        /// <summary>Its major.minor.</summary>
        [Output]
        public string RequiredFrameworkVersion { get; set; } = "";

        [Output]
        public string[] FileWrites { get; set; } = new string[0];
    }
}
