using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Files;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;
using Containerize.Sdk.RestoreInputs;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Validates the project's container settings, infers the rest, and writes the Dockerfile and its .dockerignore
    /// (only when their content changed). The parameters are the project's properties and items, unprocessed.
    /// </summary>
    public sealed class GenerateDockerfile : Task
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

        [Output]
        public string BaseImage { get; set; } = "";

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

        public override bool Execute()
        {
            string dockerignore = DockerfilePath + ".dockerignore";
            bool usersDockerignore = GeneratedFile.IsUserOwned(dockerignore, Dockerignore.GeneratedMarker);
            bool usersDockerfile = DockerfileIsUsers && GeneratedFile.IsUserOwned(DockerfilePath, DockerfilePlanner.GeneratedMarker);
            ContainerSpecResult result = ContainerSpecFactory.Create(Settings(usersDockerignore ? dockerignore : null, usersDockerfile));
            LogOutcome(result.Decisions, result.Diagnostics);
            if (result.Spec == null || Log.HasLoggedErrors)
            {
                return false;
            }

            var writes = new List<string>();
            if (usersDockerfile)
            {
                Log.LogMessage(MessageImportance.Normal, "Containerize: building your Dockerfile " + DockerfilePath + " as it is; nothing was generated.");
            }
            else
            {
                Write(DockerfilePath, result.Dockerfile, writes);
            }

            if (usersDockerignore)
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: keeping your " + dockerignore + ".");
            }
            else
            {
                Write(dockerignore, result.Dockerignore, writes);
            }

            if (WriteContextDockerignore)
            {
                WriteContextRootDockerignore(result.ContextDirectory, writes);
            }

            AppStage = result.AppStage;
            HostOnlyFiles = result.HostOnlyFiles.ToArray();
            AppSource = result.AppSource;
            RestoreProperties = result.RestoreProperties;
            PublishProperties = result.PublishProperties;
            SecretProperties = result.SecretProperties;
            ImageName = result.ImageName;
            ImageTags = result.Tags.ToArray();
            BaseImage = result.Spec.BaseImage;
            ResolvedContextDirectory = result.ContextDirectory;
            if (result.BaseImageNeed != null && !usersDockerfile)
            {
                RequiredFramework = result.BaseImageNeed.Framework;
                RequiredFrameworkVersion = Inference.DotNetImageTag.Show(result.BaseImageNeed.Version);
            }

            FileWrites = writes.ToArray();
            return !Log.HasLoggedErrors;
        }

        /// <summary>Each decision at low importance, so a binary log explains it; each diagnostic with its code.</summary>
        private void LogOutcome(IEnumerable<string> decisions, IEnumerable<Diagnostics.ContainerizeDiagnostic> diagnostics)
        {
            foreach (string decision in decisions)
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: " + decision);
            }

            foreach (Diagnostics.ContainerizeDiagnostic diagnostic in diagnostics)
            {
                TaskItems.Log(Log, diagnostic);
            }
        }

        /// <summary>A ContainerizeRestoreSecret item: a NuGet.config (the item, Id, Digest) or a variable (Environment).</summary>
        private static RestoreSecret RestoreSecretOf(ITaskItem item) =>
            item.GetMetadata("Environment").Length > 0
                ? RestoreSecret.FromEnvironment(item.GetMetadata("Environment"))
                : new RestoreSecret(item.GetMetadata("FullPath"), item.GetMetadata("Id"), item.GetMetadata("Digest"));

        private void Write(string path, string content, List<string> writes)
        {
            bool written = GeneratedFile.WriteIfChanged(path, content);
            Log.LogMessage(MessageImportance.Low, "Containerize: " + path + (written ? " written" : " unchanged"));
            writes.Add(path);
        }

        /// <summary>
        /// The legacy builder reads only the context root's .dockerignore: write ours there unless the user has one. Every
        /// project built from that context shares it, and a solution builds them at once, so it cannot admit one project's
        /// closure: it leaves out only what no build needs.
        /// </summary>
        private void WriteContextRootDockerignore(string context, List<string> writes)
        {
            string path = Path.Combine(context, ".dockerignore");
            if (GeneratedFile.IsUserOwned(path, Dockerignore.GeneratedMarker))
            {
                string existing = File.ReadAllText(path);
                if (existing.IndexOf("obj", StringComparison.Ordinal) < 0)
                {
                    TaskItems.Log(Log, Diagnostics.Errors.LegacyIgnoreFileKeepsObj(path), path);
                }

                return;
            }

            Log.LogMessage(MessageImportance.Low, "Containerize: the legacy builder reads " + path + ", which every project built from " + context + " shares: the whole context is sent, less what no build needs.");
            Write(path, Dockerignore.Text(), writes);
        }

        private ContainerSettings Settings(string? usersDockerignore, bool usersDockerfile)
        {
            return new ContainerSettings
            {
                ProjectFullPath = ProjectFullPath,
                AssemblyName = AssemblyName,
                TargetFrameworkIdentifier = TargetFrameworkIdentifier,
                TargetFrameworkVersion = TargetFrameworkVersion,
                BundledRuntimeVersion = BundledRuntimeVersion,
                SdkVersion = SdkVersion,
                GlobalJsonSdkVersion = string.IsNullOrWhiteSpace(GlobalJsonDirectory) ? null : Inference.GlobalJson.RequestedSdkVersion(Path.Combine(GlobalJsonDirectory!.Trim(), "global.json")),
                ClosureTargetFrameworks = (ClosureTargetFrameworks ?? new ITaskItem[0]).Select(item => new ProjectTargetFramework(item.GetMetadata("Project"), item.ItemSpec)).ToList(),
                UsesAspNetCore = FrameworkReferences != null && FrameworkReferences.Any(item => string.Equals(item.ItemSpec, "Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase)),
                SelfContained = SelfContained,
                PublishAot = PublishAot,
                RuntimeIdentifier = RuntimeIdentifier,
                Configuration = Configuration,
                Version = Version,
                Mode = Mode,
                BaseImage = ContainerBaseImage,
                SdkImage = ContainerSdkImage,
                Family = ContainerFamily,
                Registry = ContainerRegistry,
                Repository = ContainerRepository,
                ImageTag = ContainerImageTag,
                ImageTags = ContainerImageTags,
                User = ContainerUser,
                WorkingDirectory = ContainerWorkingDirectory,
                RestoreInputs = TaskItems.FullPaths(RestoreInputs),
                LocalPackageSources = TaskItems.FullPaths(LocalPackageSources),
                LocalPackageSourceOrigins = TaskItems.MetadataByFullPath(LocalPackageSources, "Origin"),
                ContextDirectory = ContextDirectory,
                ClosurePaths = TaskItems.FullPaths(ClosurePaths),
                WholeContextReason = WholeContextReason,
                RepositoryRoot = RepositoryRoot.Find(Path.GetDirectoryName(ProjectFullPath)!),
                UseBuildKit = UseBuildKit,
                HostOutputDirectory = HostOutputDirectory,
                HostPublish = new HostOutputFeedInputs
                {
                    RequestedMode = Mode,
                    DockerfileIsUsers = usersDockerfile,
                    UsersDockerignore = usersDockerignore,
                    WritesBuildCommandOnly = WritesBuildCommandOnly,
                    HostPublished = HostPublished,
                    RuntimeIdentifier = HostRuntimeIdentifier,
                    TargetFramework = HostTargetFramework,
                    PlatformCount = (Platforms ?? "").Split(',').Count(platform => platform.Trim().Length > 0),
                    HostAppHost = HostAppHost,
                },
                RestoreSecrets = (RestoreSecrets ?? new ITaskItem[0]).Select(RestoreSecretOf).ToList(),
                BuilderWithoutSecrets = WriteContextDockerignore ? "the legacy docker builder" : UseBuildKit ? null : "a builder without BuildKit",
                UsersDockerignore = usersDockerignore,
                PublishTargetFramework = PublishTargetFramework,
                SliceManifestPath = SliceManifestPath,
                ForwardGlobalProperties = ForwardGlobalProperties,
                GlobalProperties = BuildEngine is IBuildEngine6 engine ? engine.GetGlobalProperties() : new Dictionary<string, string>(),
                SourceRevisionId = SourceRevisionId,
                FinalStage = new FinalStageSettings
                {
                    Ports = TaskItems.Named(ContainerPorts, "Type"),
                    EnvironmentVariables = TaskItems.Named(ContainerEnvironmentVariables, "Value"),
                    EnvironmentVariablesProperty = ContainerEnvironmentVariablesProperty,
                    Labels = TaskItems.Named(ContainerLabels, "Value"),
                    GenerateLabels = ContainerGenerateLabels,
                    LabelSources = TaskItems.Named(LabelSources, "Value"),
                    Created = Created,
                    SourceDateEpoch = SourceDateEpoch,
                    AppCommand = TaskItems.Specs(ContainerAppCommand),
                    AppCommandArgs = TaskItems.Specs(ContainerAppCommandArgs),
                    DefaultArgs = TaskItems.Specs(ContainerDefaultArgs),
                    AppCommandInstruction = ContainerAppCommandInstruction,
                    HealthCheck = ContainerHealthCheck,
                    HealthCheckInterval = ContainerHealthCheckInterval,
                    HealthCheckTimeout = ContainerHealthCheckTimeout,
                    HealthCheckStartPeriod = ContainerHealthCheckStartPeriod,
                    HealthCheckRetries = ContainerHealthCheckRetries,
                    StopSignal = ContainerStopSignal,
                    OsPackages = TaskItems.Specs(ContainerOsPackages),
                    Files = ContainerFiles == null
                        ? new ContainerFileSetting[0]
                        : ContainerFiles.Select(item => new ContainerFileSetting(item.GetMetadata("FullPath"), item.GetMetadata("Destination"), item.GetMetadata("Chmod"))).ToList(),
                },
            };
        }
    }
}
