using System;
using System.Collections.Generic;
using Containerize.Sdk.Planning.FinalStage;
using Containerize.Sdk.RestoreInputs;

namespace Containerize.Sdk.Planning
{
    /// <summary>
    /// The project's container settings as the project gives them: raw, unvalidated strings. ContainerSpecFactory
    /// validates them and infers what is missing.
    /// </summary>
    public sealed class ContainerSettings
    {
        public string ProjectFullPath { get; set; } = "";

        public string AssemblyName { get; set; } = "";

        public string TargetFrameworkIdentifier { get; set; } = "";

        public string TargetFrameworkVersion { get; set; } = "";

        public string? BundledRuntimeVersion { get; set; }

        /// <summary>NETCoreSdkVersion: the SDK the host publish runs with.</summary>
        public string? SdkVersion { get; set; }

        /// <summary>The sdk.version of the project's global.json, when it names one.</summary>
        public string? GlobalJsonSdkVersion { get; set; }

        /// <summary>The TargetFramework(s) of the project and each project of its ProjectReference closure.</summary>
        public IReadOnlyList<ProjectTargetFramework> ClosureTargetFrameworks { get; set; } = new ProjectTargetFramework[0];

        public bool UsesAspNetCore { get; set; }

        public bool SelfContained { get; set; }

        public bool PublishAot { get; set; }

        public string? RuntimeIdentifier { get; set; }

        public string Configuration { get; set; } = "Release";

        public string? Version { get; set; }

        public string? Mode { get; set; }

        public string? BaseImage { get; set; }

        public string? SdkImage { get; set; }

        /// <summary>
        /// ContainerizeBaseImageLockFile when ContainerizePinBaseImages is true: each base image is named by the digest
        /// this file records for it; null to name them by tag.
        /// </summary>
        public string? BaseImageLockFile { get; set; }

        public string? Family { get; set; }

        public string? Registry { get; set; }

        public string? Repository { get; set; }

        public string? ImageTag { get; set; }

        public string? ImageTags { get; set; }

        public string? User { get; set; }

        public string? WorkingDirectory { get; set; }

        /// <summary>Absolute paths of the files the restore reads.</summary>
        public IReadOnlyList<string> RestoreInputs { get; set; } = new string[0];

        /// <summary>Absolute paths of the local folder package sources the restore reads.</summary>
        public IReadOnlyList<string> LocalPackageSources { get; set; } = new string[0];

        /// <summary>For a local package source, which NuGet.config or property added it (see PackageSourceOrigin).</summary>
        public IReadOnlyDictionary<string, string> LocalPackageSourceOrigins { get; set; } = new Dictionary<string, string>();

        /// <summary>ContainerizeContext, or null for the smallest folder holding the project and its restore inputs.</summary>
        public string? ContextDirectory { get; set; }

        /// <summary>Absolute paths of the closure's project folders and the files its projects include from other folders (ClosureFiles).</summary>
        public IReadOnlyList<string> ClosurePaths { get; set; } = new string[0];

        /// <summary>Why the generated .dockerignore must admit the whole context; null or empty to admit only what the closure is built from.</summary>
        public string? WholeContextReason { get; set; }

        /// <summary>The git repository that holds the project, or null outside one: an inferred context above it is a warning.</summary>
        public string? RepositoryRoot { get; set; }

        /// <summary>The user's home folder: an inferred context that holds it is refused, as is '/'.</summary>
        public string? HomeDirectory { get; set; } = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        public bool UseBuildKit { get; set; }

        /// <summary>The platforms the image is built for (--platform), such as linux/arm64; none for the engine's own.</summary>
        public IReadOnlyList<string> TargetPlatforms { get; set; } = new string[0];

        /// <summary>The platform the build stage runs on when it is not told otherwise: this machine's (ContainerPlatforms).</summary>
        public string BuildPlatform { get; set; } = Builders.ContainerPlatforms.ForThisMachine();

        /// <summary>ContainerizeCacheFrom or ContainerizeCacheTo is set: the build stage's layers go to other engines.</summary>
        public bool SharesBuildCache { get; set; }

        /// <summary>The final stage's settings beyond its base image (ports, environment, labels, entry point, health check...).</summary>
        public FinalStageSettings FinalStage { get; set; } = new FinalStageSettings();

        // Restore inputs, slices and the container's build: what the targets computed before GenerateDockerfile.

        /// <summary>NuGet.config files with credentials and variables that carry them (ContainerizeRestoreSecret items).</summary>
        public IReadOnlyList<RestoreSecret> RestoreSecrets { get; set; } = new RestoreSecret[0];

        /// <summary>Null when the builder mounts build secrets; else what it is, for the diagnostics (e.g. "the legacy docker builder").</summary>
        public string? BuilderWithoutSecrets { get; set; }

        /// <summary>The Dockerfile's .dockerignore when the user wrote it (we then leave it as it is), else null.</summary>
        public string? UsersDockerignore { get; set; }

        /// <summary>The TargetFramework the container publishes when the project multi-targets; empty otherwise.</summary>
        public string? PublishTargetFramework { get; set; }

        /// <summary>The slice manifest (WriteSliceManifest), or null for one COPY of the whole publish output.</summary>
        public string? SliceManifestPath { get; set; }

        /// <summary>ContainerizeForwardGlobalProperties: false keeps the host publish's global properties out of the container's build.</summary>
        public bool ForwardGlobalProperties { get; set; } = true;

        /// <summary>ContainerizeSbom: the image holds the app's SBOM (docs/supply-chain.md).</summary>
        public bool Sbom { get; set; } = true;

        /// <summary>The host publish's global properties, in MSBuild's escaped form.</summary>
        public IReadOnlyDictionary<string, string> GlobalProperties { get; set; } = new Dictionary<string, string>();

        /// <summary>The commit the host build found ($(SourceRevisionId)): .git is not in the context.</summary>
        public string? SourceRevisionId { get; set; }

        /// <summary>Where the host's publish output is staged for the Dockerfile's host stage (HostOutputFeed).</summary>
        public string? HostOutputDirectory { get; set; }

        /// <summary>What the host's publish was: whether the final stage can take the app from it (HostOutputFeed).</summary>
        public HostOutputFeedInputs HostPublish { get; set; } = new HostOutputFeedInputs();
    }
}
