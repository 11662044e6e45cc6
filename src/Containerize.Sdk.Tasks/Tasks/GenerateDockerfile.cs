using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Files;
using Containerize.Sdk.Planning;
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
            ContainerSpecResult result = ContainerSpecFactory.Create(Settings());
            LogOutcome(result.Decisions, result.Diagnostics);

            if (result.Spec == null)
            {
                return false;
            }

            if (!string.IsNullOrWhiteSpace(SliceManifestPath))
            {
                if (!Slicing.SliceManifest.TryLoad(SliceManifestPath!, out Slicing.SliceLayout? slices, out Diagnostics.ContainerizeDiagnostic? sliceError))
                {
                    TaskItems.Log(Log, sliceError!);
                    return false;
                }

                result.Spec.Slices = slices;
            }

            RestoreSecretPlan secrets = ApplyRestoreInputs(result);
            if (result.Spec.Mode == ContainerizeMode.Source)
            {
                ForwardProperties(result);
            }

            if (Log.HasLoggedErrors)
            {
                return false;
            }

            string text;
            try
            {
                text = DockerfileWriter.Write(DockerfilePlanner.Plan(result.Spec));
            }
            catch (ArgumentException exception)
            {
                // Validation should have caught it; the writer refusing is the last line of defence against injection.
                TaskItems.Log(Log, Diagnostics.SpecErrors.UnwritableValue(exception.Message));
                return false;
            }

            var writes = new List<string>();
            bool usersDockerfile = DockerfileIsUsers && GeneratedFile.IsUserOwned(DockerfilePath, DockerfilePlanner.GeneratedMarker);
            if (usersDockerfile)
            {
                Log.LogMessage(MessageImportance.Normal, "Containerize: building your Dockerfile " + DockerfilePath + " as it is; nothing was generated.");
            }
            else
            {
                Write(DockerfilePath, text, writes);
            }

            if (GeneratedFile.IsUserOwned(DockerfilePath + ".dockerignore", Dockerignore.GeneratedMarker))
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: keeping your " + DockerfilePath + ".dockerignore.");
            }
            else
            {
                string ignore = result.Spec.Mode == ContainerizeMode.Publish ? Dockerignore.PublishModeText() : Dockerignore.Text(AdmittedPaths(result.ContextDirectory), secrets.DockerignorePatterns);
                Write(DockerfilePath + ".dockerignore", ignore, writes);
            }

            if (WriteContextDockerignore)
            {
                WriteContextRootDockerignore(result.ContextDirectory, writes);
            }

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

        /// <summary>The secret mounts and the multi-targeting publish of the restore inputs, into the spec (CTZ201x on refusal).</summary>
        private RestoreSecretPlan ApplyRestoreInputs(ContainerSpecResult result)
        {
            string dockerignore = DockerfilePath + ".dockerignore";
            RestoreSecretPlan plan = RestoreSecretPlan.Create(
                (RestoreSecrets ?? new ITaskItem[0]).Select(RestoreSecretOf).ToList(),
                result.ContextDirectory,
                WriteContextDockerignore ? "the legacy docker builder" : UseBuildKit ? null : "a builder without BuildKit",
                GeneratedFile.IsUserOwned(dockerignore, Dockerignore.GeneratedMarker) ? dockerignore : null);
            foreach (Diagnostics.ContainerizeDiagnostic diagnostic in plan.Diagnostics)
            {
                TaskItems.Log(Log, diagnostic);
            }

            var mounted = new HashSet<string>(plan.Mounts.Select(mount => mount.Value), StringComparer.Ordinal);
            result.Spec!.RestoreInputs = result.Spec.RestoreInputs.Where(input => !mounted.Contains(input)).ToList();
            result.Spec.RestoreSecrets = plan.Mounts;
            result.Spec.RestoreSecretEnvironment = plan.Environment;
            result.Spec.RestoreSecretsDigest = plan.Digest;
            if (!string.IsNullOrWhiteSpace(PublishTargetFramework))
            {
                string framework = PublishTargetFramework!.Trim();
                if (!System.Text.RegularExpressions.Regex.IsMatch(framework, "^[A-Za-z0-9][A-Za-z0-9.-]*$"))
                {
                    TaskItems.Log(Log, Diagnostics.SpecErrors.InvalidValue("TargetFramework", framework, "use a target framework moniker such as net10.0"));
                }

                result.Spec.PublishTargetFramework = framework;
            }

            return plan;
        }

        /// <summary>What the build stage reads of the context: the project closure, or null for the whole context (with why, in the log).</summary>
        private IReadOnlyList<string>? AdmittedPaths(string context)
        {
            ContextAdmission admission = string.IsNullOrWhiteSpace(WholeContextReason)
                ? ContextAdmission.Compute(
                    context,
                    new[] { Path.GetDirectoryName(Path.GetFullPath(ProjectFullPath))! }
                        .Concat(TaskItems.FullPaths(ClosurePaths))
                        .Concat(TaskItems.FullPaths(RestoreInputs))
                        .Concat(TaskItems.FullPaths(LocalPackageSources))
                        .Concat(TaskItems.FullPaths(ContainerFiles)))
                : ContextAdmission.WholeContext(WholeContextReason!.Trim());
            LogOutcome(admission.Decisions, new Diagnostics.ContainerizeDiagnostic[0]);
            if (admission.Paths != null)
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: the build context admits only the project closure, " + admission.Paths.Count + " paths: " + string.Join(", ", admission.Paths));
            }

            return admission.Paths;
        }

        /// <summary>The host publish's global properties, as build arguments and a secret for the container's restore and publish.</summary>
        private void ForwardProperties(ContainerSpecResult result)
        {
            IReadOnlyDictionary<string, string> global = ForwardGlobalProperties && BuildEngine is IBuildEngine6 engine
                ? engine.GetGlobalProperties()
                : new Dictionary<string, string>();
            ForwardedPropertiesResult forwarded = ForwardedProperties.Create(new ForwardedPropertiesInputs
            {
                GlobalProperties = global,
                ContextDirectory = result.ContextDirectory,
                MultiTargeting = !string.IsNullOrWhiteSpace(PublishTargetFramework),
                SourceRevisionId = ForwardGlobalProperties ? SourceRevisionId : null,
                BuilderHasSecrets = UseBuildKit,
            });
            LogOutcome(forwarded.Decisions, forwarded.Diagnostics);

            RestoreProperties = forwarded.RestoreProperties;
            PublishProperties = forwarded.PublishProperties;
            SecretProperties = forwarded.SecretProperties;
            result.Spec!.ForwardsSecretProperties = forwarded.SecretProperties.Length > 0;
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
                    TaskItems.Log(Log, Diagnostics.SpecErrors.LegacyIgnoreFileKeepsObj(path), path);
                }

                return;
            }

            Log.LogMessage(MessageImportance.Low, "Containerize: the legacy builder reads " + path + ", which every project built from " + context + " shares: the whole context is sent, less what no build needs.");
            Write(path, Dockerignore.Text(), writes);
        }

        private string? CreatedTimestamp()
        {
            if (!string.IsNullOrWhiteSpace(Created))
            {
                return Created!.Trim();
            }

            if (long.TryParse(SourceDateEpoch, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long seconds))
            {
                return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
            }

            return null;
        }

        private ContainerSettings Settings()
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
                // The credential-bearing configs count for the context (and CTZ2002); ApplyRestoreInputs keeps them out of the COPY.
                RestoreInputs = TaskItems.FullPaths(RestoreInputs).Concat(TaskItems.FullPaths(RestoreSecrets?.Where(item => item.GetMetadata("Environment").Length == 0).ToArray())).ToList(),
                LocalPackageSources = TaskItems.FullPaths(LocalPackageSources),
                LocalPackageSourceOrigins = TaskItems.MetadataByFullPath(LocalPackageSources, "Origin"),
                ContextDirectory = ContextDirectory,
                RepositoryRoot = RepositoryRoot.Find(Path.GetDirectoryName(ProjectFullPath)!),
                UseBuildKit = UseBuildKit,
                Runtime = new ContainerRuntimeSettings
                {
                    Ports = TaskItems.Named(ContainerPorts, "Type"),
                    EnvironmentVariables = TaskItems.Named(ContainerEnvironmentVariables, "Value"),
                    EnvironmentVariablesProperty = ContainerEnvironmentVariablesProperty,
                    Labels = TaskItems.Named(ContainerLabels, "Value"),
                    GenerateLabels = ContainerGenerateLabels,
                    LabelSources = TaskItems.Named(LabelSources, "Value"),
                    Created = CreatedTimestamp(),
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
