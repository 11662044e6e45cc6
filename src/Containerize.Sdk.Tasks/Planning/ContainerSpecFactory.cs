using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Files;
using Containerize.Sdk.Inference;
using Containerize.Sdk.Planning.FinalStage;
using Containerize.Sdk.RestoreInputs;
using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Planning
{
    /// <summary>
    /// The one planning entry point: validates the project's settings, infers the rest, and builds the ContainerSpec (the
    /// only place that does) with the Dockerfile, .dockerignore and build arguments it gives; or the diagnostics that say
    /// why not.
    /// </summary>
    public static class ContainerSpecFactory
    {
        public static ContainerSpecResult Create(ContainerSettings settings)
        {
            var result = new ContainerSpecResult();
            bool selfContained = settings.SelfContained || settings.PublishAot;
            string? runtimeIdentifier = Blank(settings.RuntimeIdentifier);
            ContainerizeMode mode = ResolveMode(settings.Mode, result);
            BaseImageResolution? images = ResolveImages(settings, selfContained, runtimeIdentifier, result);
            ResolveImageName(settings, result);
            ContextPaths paths = ResolveContext(settings, mode, result);
            string? user = ResolveUser(settings, result);
            string workingDirectory = ResolveWorkingDirectory(settings, result);
            OsPackageManager packageManager = images?.UsesMusl == true ? OsPackageManager.Apk : OsPackageManager.Apt;
            FinalStageSpec finalStage = FinalStageResolver.Resolve(settings.FinalStage, new FinalStageFacts
            {
                AssemblyName = settings.AssemblyName,
                BaseImage = images?.BaseImage ?? "",
                PackageManager = packageManager,
                UseBuildKit = settings.UseBuildKit,
                UsesAspNetCore = settings.UsesAspNetCore,
                SelfContained = selfContained,
                WorkingDirectory = workingDirectory,
                ContextDirectory = result.ContextDirectory,
            }, result);
            CheckConfiguration(settings, result);
            string? publishTargetFramework = ResolvePublishTargetFramework(settings.PublishTargetFramework, result);
            RestoreSecretPlan secrets = RestoreSecretPlan.Create(settings.RestoreSecrets, result.ContextDirectory, settings.BuilderWithoutSecrets, settings.UsersDockerignore);
            result.Diagnostics.AddRange(secrets.Diagnostics);
            SliceLayout? slices = LoadSlices(settings.SliceManifestPath, result);
            bool forwardsSecretProperties = mode == ContainerizeMode.Source && ForwardProperties(settings, publishTargetFramework, result);
            if (result.HasErrors || images == null)
            {
                return result;
            }

            var mounted = new HashSet<string>(secrets.Mounts.Select(mount => mount.Value), StringComparer.Ordinal);
            var spec = new ContainerSpec
            {
                Mode = mode,
                ProjectPath = paths.Project,
                AssemblyName = settings.AssemblyName,
                Configuration = settings.Configuration,
                SdkImage = images.SdkImage,
                BaseImage = images.BaseImage,
                UseBuildKit = settings.UseBuildKit,
                // The credential-bearing configs count for the context (and CTZ2002) but are mounted, never copied.
                RestoreInputs = paths.RestoreInputs.Where(input => !mounted.Contains(input)).ToList(),
                RestoreSecrets = secrets.Mounts,
                RestoreSecretEnvironment = secrets.Environment,
                RestoreSecretsDigest = secrets.Digest,
                PublishTargetFramework = publishTargetFramework,
                RuntimeIdentifier = runtimeIdentifier,
                SelfContained = selfContained,
                PublishAot = settings.PublishAot,
                ForwardsSecretProperties = forwardsSecretProperties,
                WorkingDirectory = workingDirectory,
                User = user,
                FinalStage = finalStage,
                PackageManager = packageManager,
                Slices = slices,
            };
            spec = spec with { HostOutputDirectory = HostOutputFeed.StagePath(spec, result.ContextDirectory, settings.HostOutputDirectory) };
            WriteFiles(spec, mode == ContainerizeMode.Source ? AdmittedPaths(settings, result) : null, secrets.DockerignorePatterns, result);
            if (result.Spec != null)
            {
                ChooseAppStage(spec, settings, result);
            }

            return result;
        }

        /// <summary>What the build stage reads of the context (see ContextAdmission), or null for the whole context.</summary>
        private static IReadOnlyList<string>? AdmittedPaths(ContainerSettings settings, ContainerSpecResult result)
        {
            ContextAdmission admission = Blank(settings.WholeContextReason) is string reason
                ? ContextAdmission.WholeContext(reason)
                : ContextAdmission.Compute(
                    result.ContextDirectory,
                    new[] { Path.GetDirectoryName(Path.GetFullPath(settings.ProjectFullPath))! }
                        .Concat(settings.ClosurePaths)
                        .Concat(settings.RestoreInputs)
                        .Concat(settings.LocalPackageSources)
                        .Concat(settings.FinalStage.Files.Select(file => file.Source)));
            result.Decisions.AddRange(admission.Decisions);
            if (admission.Paths != null)
            {
                result.Decisions.Add("the build context admits only what the project closure is built from: " + string.Join(", ", admission.Paths));
            }

            return admission.Paths;
        }

        /// <summary>The Dockerfile and .dockerignore texts; the writer refusing a value is the last line of defence against injection.</summary>
        private static void WriteFiles(ContainerSpec spec, IReadOnlyList<string>? admittedPaths, IReadOnlyList<string> secretPatterns, ContainerSpecResult result)
        {
            try
            {
                result.Dockerfile = DockerfileWriter.Write(DockerfilePlanner.Plan(spec));
            }
            catch (ArgumentException exception)
            {
                result.Diagnostics.Add(Errors.UnwritableValue(exception.Message));
                return;
            }

            result.Dockerignore = spec.Mode == ContainerizeMode.Publish ? Dockerignore.PublishModeText() : Dockerignore.Text(admittedPaths, secretPatterns, spec.HostOutputDirectory);
            result.Spec = spec;
        }

        /// <summary>Whether this build feeds the final stage from the host's publish output or from the build stage (HostOutputFeed).</summary>
        private static void ChooseAppStage(ContainerSpec spec, ContainerSettings settings, ContainerSpecResult result)
        {
            HostOutputChoice choice = HostOutputFeed.Choose(spec, result.ContextDirectory, settings.HostOutputDirectory, settings.HostPublish);
            result.AppStage = choice.AppStage;
            result.HostOnlyFiles = choice.HostOnlyFiles;
            result.AppSource = choice.Summary ?? "";
            if (choice.Decision != null)
            {
                result.Decisions.Add(choice.Decision);
            }
        }

        private static SliceLayout? LoadSlices(string? manifestPath, ContainerSpecResult result)
        {
            if (Blank(manifestPath) is not string path)
            {
                return null;
            }

            if (!SliceManifest.TryLoad(path, out SliceLayout? slices, out ContainerizeDiagnostic? error))
            {
                result.Diagnostics.Add(error!);
            }

            return slices;
        }

        private static string? ResolvePublishTargetFramework(string? value, ContainerSpecResult result)
        {
            if (Blank(value) is not string framework)
            {
                return null;
            }

            if (!System.Text.RegularExpressions.Regex.IsMatch(framework, "^[A-Za-z0-9][A-Za-z0-9.-]*$"))
            {
                result.Diagnostics.Add(Errors.InvalidValue("TargetFramework", framework, "use a target framework moniker such as net10.0"));
            }

            return framework;
        }

        /// <summary>The host publish's global properties, as build arguments and a secret for the container's restore and publish; true when there is a secret.</summary>
        private static bool ForwardProperties(ContainerSettings settings, string? publishTargetFramework, ContainerSpecResult result)
        {
            ForwardedPropertiesResult forwarded = ForwardedProperties.Create(new ForwardedPropertiesInputs
            {
                GlobalProperties = settings.ForwardGlobalProperties ? settings.GlobalProperties : new Dictionary<string, string>(),
                ContextDirectory = result.ContextDirectory,
                MultiTargeting = publishTargetFramework != null,
                SourceRevisionId = settings.ForwardGlobalProperties ? settings.SourceRevisionId : null,
                BuilderHasSecrets = settings.UseBuildKit,
            });
            result.Decisions.AddRange(forwarded.Decisions);
            result.Diagnostics.AddRange(forwarded.Diagnostics);
            result.RestoreProperties = forwarded.RestoreProperties;
            result.PublishProperties = forwarded.PublishProperties;
            result.SecretProperties = forwarded.SecretProperties;
            return forwarded.SecretProperties.Length > 0;
        }

        private static ContainerizeMode ResolveMode(string? mode, ContainerSpecResult result)
        {
            // Hermetic plans the same Dockerfile as Source; only the local build's choice of stage differs (HostOutputFeed).
            if (Blank(mode) == null || string.Equals(mode, "Source", StringComparison.OrdinalIgnoreCase) || string.Equals(mode, HostOutputFeed.HermeticMode, StringComparison.OrdinalIgnoreCase))
            {
                return ContainerizeMode.Source;
            }

            if (string.Equals(mode, "Publish", StringComparison.OrdinalIgnoreCase))
            {
                return ContainerizeMode.Publish;
            }

            result.Diagnostics.Add(Errors.InvalidValue("ContainerizeMode", mode!, "use Source, Hermetic or Publish"));
            return ContainerizeMode.Source;
        }

        private static BaseImageResolution? ResolveImages(ContainerSettings settings, bool selfContained, string? runtimeIdentifier, ContainerSpecResult result)
        {
            if (!string.Equals(settings.TargetFrameworkIdentifier, ".NETCoreApp", StringComparison.OrdinalIgnoreCase)
                || BaseImageResolver.TagVersion(settings.TargetFrameworkVersion) is not string version
                || !Version.TryParse(version, out Version? parsed) || parsed.Major < 5)
            {
                if (Blank(settings.BaseImage) == null || Blank(settings.SdkImage) == null)
                {
                    result.Diagnostics.Add(Errors.UnsupportedTargetFramework(settings.TargetFrameworkIdentifier, settings.TargetFrameworkVersion));
                    return null;
                }
            }

            string? family = Blank(settings.Family);
            if (family != null && !BaseImageResolver.IsKnownFamily(family))
            {
                result.Diagnostics.Add(Errors.UnknownFamily(family));
                return null;
            }

            foreach (var (property, value) in new[] { ("ContainerBaseImage", settings.BaseImage), ("ContainerSdkImage", settings.SdkImage) })
            {
                if (Blank(value) is string image && !ImageReference.IsValidReference(image))
                {
                    result.Diagnostics.Add(Errors.InvalidImageReference(property, image));
                }
            }

            if (result.HasErrors)
            {
                return null;
            }

            BaseImageResolution images = BaseImageResolver.Resolve(new BaseImageInputs
            {
                TargetFrameworkVersion = BaseImageResolver.TagVersion(settings.TargetFrameworkVersion) == null ? "v8.0" : settings.TargetFrameworkVersion,
                BundledRuntimeVersion = settings.BundledRuntimeVersion,
                SdkVersion = settings.SdkVersion,
                UsesAspNetCore = settings.UsesAspNetCore,
                SelfContained = selfContained,
                PublishAot = settings.PublishAot,
                RuntimeIdentifier = runtimeIdentifier,
                ContainerFamily = family,
                BaseImage = settings.BaseImage,
                SdkImage = settings.SdkImage,
            });
            result.Decisions.AddRange(images.Reasons);
            result.Decisions.Add("final stage image " + images.BaseImage);
            result.BaseImageNeed = string.Equals(settings.TargetFrameworkIdentifier, ".NETCoreApp", StringComparison.OrdinalIgnoreCase)
                ? RuntimeNeed.Of(selfContained, settings.UsesAspNetCore, settings.TargetFrameworkVersion)
                : null;
            CheckBaseImage(images.BaseImage, result);
            CheckSdkImage(settings, images.SdkImage, result);
            return images;
        }

        /// <summary>What the final image's tag says it holds against what the app needs (a tag that says nothing gives no verdict).</summary>
        private static void CheckBaseImage(string baseImage, ContainerSpecResult result)
        {
            RuntimeNeed? need = result.BaseImageNeed;
            if (need == null)
            {
                return;
            }

            ProvidedRuntime? provided = DotNetImageTag.Parse(baseImage) is DotNetImageTag tag ? ProvidedRuntime.FromTag(tag) : null;
            if (provided == null)
            {
                result.Decisions.Add("the name of " + baseImage + " does not say which .NET it holds: its environment is checked before the build when the engine has it");
                return;
            }

            RuntimeFit fit = provided.Check(need);
            if (fit == RuntimeFit.Fits)
            {
                result.Decisions.Add("the final image holds " + provided.Description + ", which runs the app (it needs " + need + ")");
                return;
            }

            result.Diagnostics.Add(Errors.BaseImageCannotRunApp(baseImage, provided, need, fit));
        }

        /// <summary>
        /// The inferred build image has the host SDK's version, which must build every TargetFramework of the closure; an
        /// explicit one, when its tag names a version, should not be older than global.json's SDK or the closure needs.
        /// </summary>
        private static void CheckSdkImage(ContainerSettings settings, string sdkImage, ContainerSpecResult result)
        {
            ProjectTargetFramework? newest = settings.ClosureTargetFrameworks
                .Where(framework => framework.NetCoreVersion != null)
                .OrderByDescending(framework => framework.NetCoreVersion)
                .ThenBy(framework => framework.ProjectFullPath, StringComparer.Ordinal)
                .FirstOrDefault();
            if (Blank(settings.SdkImage) == null)
            {
                Version? sdk = DotNetImageTag.MajorMinorOf(settings.SdkVersion);
                if (sdk != null && newest != null && newest.NetCoreVersion! > sdk)
                {
                    result.Diagnostics.Add(Errors.SdkOlderThanClosure(settings.SdkVersion!.Trim(), newest.ProjectFullPath, DotNetImageTag.Show(newest.NetCoreVersion!)));
                }

                return;
            }

            if (DotNetImageTag.Parse(sdkImage) is not DotNetImageTag tag || tag.Repository != DotNetImageTag.Sdk)
            {
                result.Decisions.Add("the name of ContainerSdkImage " + sdkImage + " does not say which SDK it holds: it is not checked against global.json and the TargetFrameworks of the project references");
                return;
            }

            Version? globalJson = DotNetImageTag.MajorMinorOf(settings.GlobalJsonSdkVersion);
            if (globalJson != null && globalJson > tag.Version)
            {
                result.Diagnostics.Add(Errors.SdkImageOlderThanNeeded(sdkImage, DotNetImageTag.Show(tag.Version), "global.json asks for the .NET SDK " + settings.GlobalJsonSdkVersion!.Trim()));
            }
            else if (newest != null && newest.NetCoreVersion! > tag.Version)
            {
                result.Diagnostics.Add(Errors.SdkImageOlderThanNeeded(sdkImage, DotNetImageTag.Show(tag.Version), "'" + newest.ProjectFullPath + "' targets .NET " + DotNetImageTag.Show(newest.NetCoreVersion!)));
            }
        }

        private static void ResolveImageName(ContainerSettings settings, ContainerSpecResult result)
        {
            string repository;
            if (Blank(settings.Repository) is string explicitRepository)
            {
                repository = explicitRepository;
                if (!ImageReference.IsValidRepository(repository))
                {
                    result.Diagnostics.Add(Errors.InvalidRepository("ContainerRepository", repository));
                }
            }
            else
            {
                repository = ImageReference.RepositoryFromName(settings.AssemblyName);
                result.Decisions.Add("ContainerRepository is not set: '" + repository + "' from AssemblyName " + settings.AssemblyName);
            }

            string? registry = Blank(settings.Registry)?.TrimEnd('/');
            if (registry != null && !ImageReference.IsValidRegistry(registry))
            {
                result.Diagnostics.Add(Errors.InvalidValue("ContainerRegistry", registry, "use a host name with an optional port, such as localhost:5000 or contoso.azurecr.io"));
            }

            result.ImageName = registry == null ? repository : registry + "/" + repository;
            result.Tags = ResolveTags(settings, result);
        }

        private static IReadOnlyList<string> ResolveTags(ContainerSettings settings, ContainerSpecResult result)
        {
            string? tag = Blank(settings.ImageTag);
            string? tags = Blank(settings.ImageTags);
            if (tag != null && tags != null)
            {
                result.Diagnostics.Add(Errors.TagAndTagsBothSet(tag, tags));
                return new string[0];
            }

            if (tag == null && tags == null)
            {
                var defaults = new List<string> { "latest" };
                if (Blank(settings.Version) is string version && ImageReference.TagFromVersion(version) is string versionTag && versionTag.Length > 0)
                {
                    defaults.Add(versionTag);
                }

                result.Decisions.Add("ContainerImageTag(s) not set: tags " + string.Join(", ", defaults));
                return defaults;
            }

            string property = tag != null ? "ContainerImageTag" : "ContainerImageTags";
            var list = (tag != null ? new[] { tag } : tags!.Split(';')).Select(value => value.Trim()).Where(value => value.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            foreach (string value in list.Where(value => !ImageReference.IsValidTag(value)))
            {
                result.Diagnostics.Add(Errors.InvalidTag(property, value));
            }

            if (list.Count == 0)
            {
                result.Diagnostics.Add(Errors.InvalidTag(property, tag ?? tags!));
            }

            return list;
        }

        private static ContextPaths ResolveContext(ContainerSettings settings, ContainerizeMode mode, ContainerSpecResult result)
        {
            string projectDirectory = Path.GetDirectoryName(Path.GetFullPath(settings.ProjectFullPath))!;
            // The credential-bearing configs are read by the restore too: they are mounted from inside the context.
            List<string> restoreFiles = settings.RestoreInputs.Concat(settings.RestoreSecrets.Where(secret => secret.EnvironmentVariable == null).Select(secret => secret.Path)).ToList();
            var everything = new List<string> { projectDirectory };
            everything.AddRange(restoreFiles.Select(input => Path.GetDirectoryName(Path.GetFullPath(input))!));
            everything.AddRange(settings.LocalPackageSources);
            string context;
            if (Blank(settings.ContextDirectory) is string explicitContext)
            {
                context = Path.GetFullPath(explicitContext);
                result.Decisions.Add("build context " + context + " (ContainerizeContext)");
            }
            else
            {
                context = BuildContext.CommonFolder(everything);
                result.Decisions.Add("build context " + context + ": the smallest folder that holds the project and its restore inputs");
                // Publish mode builds from the staged publish output instead, so this context is never sent.
                if (mode == ContainerizeMode.Source && !RefuseRootOrHome(settings, context, projectDirectory, result))
                {
                    WarnAboveRepository(settings, context, result);
                }
            }

            result.ContextDirectory = context;
            string? project = BuildContext.Relative(context, settings.ProjectFullPath);
            if (project == null)
            {
                result.Diagnostics.Add(Errors.InputOutsideContext(settings.ProjectFullPath, context));
                return new ContextPaths("", new string[0]);
            }

            string projectPath = CheckPath(project, "The project path", result);
            var inputs = new List<string>();
            foreach (string input in restoreFiles)
            {
                string? relative = BuildContext.Relative(context, input);
                if (relative == null)
                {
                    result.Diagnostics.Add(Errors.InputOutsideContext(input, context));
                    continue;
                }

                inputs.Add(CheckPath(relative, "The restore input", result));
            }

            foreach (string source in settings.LocalPackageSources)
            {
                string? relative = BuildContext.Relative(context, source);
                if (relative == null)
                {
                    settings.LocalPackageSourceOrigins.TryGetValue(source, out string? origin);
                    result.Diagnostics.Add(Errors.LocalSourceOutsideContext(source, origin, context));
                    continue;
                }

                inputs.Add(CheckPath(relative.Length == 0 ? "./" : relative.TrimEnd('/') + "/", "The local package source", result));
            }

            List<string> sorted = inputs.Distinct(StringComparer.Ordinal).OrderBy(path => path, StringComparer.Ordinal).ToList();
            foreach (string input in sorted)
            {
                result.Decisions.Add("restore input " + input);
            }

            return new ContextPaths(projectPath, sorted);
        }

        /// <summary>The project and the restore inputs, relative to the build context.</summary>
        private sealed record ContextPaths(string Project, IReadOnlyList<string> RestoreInputs);


        /// <summary>
        /// A context of '/' or of the home folder (or a folder above it) would send the whole machine, or every project and
        /// secret the user has, to the builder: an error naming the inputs that pulled it there, never a build.
        /// </summary>
        private static bool RefuseRootOrHome(ContainerSettings settings, string context, string projectDirectory, ContainerSpecResult result)
        {
            bool isRoot = BuildContext.IsFileSystemRoot(context);
            string? home = Blank(settings.HomeDirectory);
            if (!isRoot && (home == null || BuildContext.Relative(context, home) == null))
            {
                return false;
            }

            // The inputs beside the branch of the context that holds the project are the ones that widened it.
            string projectRelative = BuildContext.Relative(context, projectDirectory) ?? "";
            string branch = Path.Combine(context, projectRelative.Split('/')[0]);
            List<string> pulling = settings.RestoreInputs.Concat(settings.LocalPackageSources)
                .Where(input => projectRelative.Length == 0 || BuildContext.Relative(branch, input) == null)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(input => input, StringComparer.Ordinal)
                .ToList();
            if (pulling.Count == 0)
            {
                pulling.Add(settings.ProjectFullPath);
            }

            List<string> described = pulling
                .Select(input => "'" + input + "'" + (settings.LocalPackageSourceOrigins.TryGetValue(input, out string? origin) ? " (" + origin + ")" : ""))
                .ToList();

            result.Diagnostics.Add(Errors.ContextAtRootOrHome(context, isRoot, described));
            return true;
        }

        /// <summary>
        /// A NuGet.config, global.json or feed above the repository pulls the context up with it, and with it every folder
        /// beside the repository: the user should hear of it, not find it in a slow build.
        /// </summary>
        private static void WarnAboveRepository(ContainerSettings settings, string context, ContainerSpecResult result)
        {
            string? repository = Blank(settings.RepositoryRoot);
            if (repository == null || BuildContext.Relative(context, repository) is not string relative || relative.Length == 0)
            {
                return;
            }

            var outside = new List<string>();
            foreach (string input in settings.RestoreInputs.Concat(settings.LocalPackageSources))
            {
                if (BuildContext.Relative(repository, input) == null && !outside.Contains(input))
                {
                    outside.Add(input);
                }
            }

            outside.Sort(StringComparer.Ordinal);
            result.Diagnostics.Add(Errors.ContextAboveRepository(context, Path.GetFullPath(repository), outside));
        }

        private static string CheckPath(string path, string what, ContainerSpecResult result)
        {
            try
            {
                return Dockerfiles.DockerfileEscaping.CheckedPath(path, what);
            }
            catch (ArgumentException exception)
            {
                result.Diagnostics.Add(Errors.PathNotRepresentable(what, path, exception.Message));
                return path;
            }
        }

        private static string? ResolveUser(ContainerSettings settings, ContainerSpecResult result)
        {
            if (Blank(settings.User) is not string user)
            {
                return null;
            }

            if (!System.Text.RegularExpressions.Regex.IsMatch(user, "^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?\\z"))
            {
                result.Diagnostics.Add(Errors.InvalidValue("ContainerUser", user, "use a user name or uid, optionally with :group, made of letters, digits, '_', '.' and '-'"));
            }

            return user;
        }

        private static string ResolveWorkingDirectory(ContainerSettings settings, ContainerSpecResult result)
        {
            string workingDirectory = Blank(settings.WorkingDirectory) ?? "/app";
            if (!workingDirectory.StartsWith("/", StringComparison.Ordinal) || workingDirectory.IndexOfAny(new[] { '$', '\\', '"', '\'', '`', '*', '?', '[' }) >= 0 || workingDirectory.Any(char.IsControl))
            {
                result.Diagnostics.Add(Errors.InvalidValue("ContainerWorkingDirectory", workingDirectory, "use an absolute Linux path without quotes, '$', backslashes, the wildcards '*', '?' and '[', or line breaks"));
            }

            return workingDirectory;
        }

        private static void CheckConfiguration(ContainerSettings settings, ContainerSpecResult result)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(settings.Configuration, "^[A-Za-z0-9_.-]+\\z"))
            {
                result.Diagnostics.Add(Errors.InvalidValue("Configuration", settings.Configuration, "use letters, digits, '_', '.' and '-'"));
            }

            if (Blank(settings.RuntimeIdentifier) is string wasm && wasm.StartsWith("browser-", StringComparison.OrdinalIgnoreCase))
            {
                result.Diagnostics.Add(Errors.BrowserWebAssemblyApp(wasm));
            }
            else if (Blank(settings.RuntimeIdentifier) is string rid && !System.Text.RegularExpressions.Regex.IsMatch(rid, "^linux(-musl|-bionic)?-[a-z0-9]+\\z"))
            {
                result.Diagnostics.Add(Errors.InvalidValue("ContainerRuntimeIdentifier", rid, "a container runs Linux: use a linux RID such as linux-x64, linux-arm64 or linux-musl-x64"));
            }
        }

        internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
