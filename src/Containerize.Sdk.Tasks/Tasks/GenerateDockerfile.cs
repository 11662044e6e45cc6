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
    /// (only when their content changed). Its parameters (GenerateDockerfile.Interface.cs) are the project's properties
    /// and items, unprocessed: ContainerSpecFactory.Create decides everything from them.
    /// </summary>
    public sealed partial class GenerateDockerfile : Task
    {
        /// <summary>The image's platforms, one by one.</summary>
        private IReadOnlyList<string> PlatformList => Builders.ContainerPlatforms.Parse(Platforms);

        public override bool Execute()
        {
            string dockerignore = Dockerignore.BesideDockerfile(DockerfilePath);
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
            SdkImage = result.Spec.SdkImage;
            Ports = result.Spec.FinalStage.Ports.Select(port => port.Port + "/" + port.Protocol).ToArray();
            WorkingDirectory = result.Spec.WorkingDirectory;
            ResolvedContextDirectory = result.ContextDirectory;
            if (result.BaseImageNeed != null && !usersDockerfile)
            {
                RequiredFramework = result.BaseImageNeed.Framework;
                RequiredFrameworkVersion = Inference.DotNetImageTag.Show(result.BaseImageNeed.Version);
            }

            WriteVisualStudioProps(result.ContextDirectory, result.ImageName);
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

            // At the project file, on the line that sets the property, so the IDE's error list opens it.
            foreach (Diagnostics.ContainerizeDiagnostic diagnostic in diagnostics)
            {
                (int line, int column) = Diagnostics.ProjectPosition.Of(diagnostic.Message, ProjectFullPath);
                TaskItems.Log(Log, diagnostic, ProjectFullPath, line, column);
            }
        }

        /// <summary>A ContainerizeRestoreSecret item: a NuGet.config (the item, Id, Digest) or a variable (Environment).</summary>
        private static RestoreSecret RestoreSecretOf(ITaskItem item) =>
            item.GetMetadata("Environment").Length > 0
                ? RestoreSecret.FromEnvironment(item.GetMetadata("Environment"))
                : new RestoreSecret(item.GetMetadata("FullPath"), item.GetMetadata("Id"), item.GetMetadata("Digest"));

        /// <summary>Visual Studio's container tools get the Dockerfile built here; ContainerizeVisualStudioTools=false takes that back.</summary>
        private void WriteVisualStudioProps(string context, string imageName)
        {
            if (string.IsNullOrEmpty(VisualStudioPropsFile))
            {
                return;
            }

            if (GeneratedFile.IsUserOwned(VisualStudioPropsFile!, VisualStudioProperties.GeneratedMarker))
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: keeping " + VisualStudioPropsFile + ", which is not ours");
            }
            else if (VisualStudioTools)
            {
                bool written = GeneratedFile.WriteIfChanged(VisualStudioPropsFile!, VisualStudioProperties.Text(DockerfilePath, context, imageName));
                Log.LogMessage(MessageImportance.Low, "Containerize: " + VisualStudioPropsFile + (written ? " written" : " unchanged") + ", for Visual Studio's container tools");
            }
            else if (File.Exists(VisualStudioPropsFile))
            {
                File.Delete(VisualStudioPropsFile);
                Log.LogMessage(MessageImportance.Low, "Containerize: ContainerizeVisualStudioTools is false: removed " + VisualStudioPropsFile);
            }
        }

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
                BaseImageLockFile = PinBaseImages ? BaseImageLockFile : null,
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
                TargetPlatforms = PlatformList,
                SharesBuildCache = SharesBuildCache,
                Sbom = Sbom,
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
                    PlatformCount = PlatformList.Count,
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
