using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Inference;

namespace Containerize.Sdk.Planning
{
    /// <summary>Validates the project's settings and infers the rest, giving the ContainerSpec the planner arranges.</summary>
    public static class ContainerSpecFactory
    {
        public static ContainerSpecResult Create(ContainerSettings settings)
        {
            var result = new ContainerSpecResult();
            var spec = new ContainerSpec
            {
                AssemblyName = settings.AssemblyName,
                Configuration = settings.Configuration,
                UseBuildKit = settings.UseBuildKit,
                SelfContained = settings.SelfContained || settings.PublishAot,
                PublishAot = settings.PublishAot,
                RuntimeIdentifier = Blank(settings.RuntimeIdentifier),
            };

            spec.Mode = ResolveMode(settings.Mode, result);
            ResolveImages(settings, spec, result);
            ResolveImageName(settings, result);
            ResolveContext(settings, spec, result);
            ResolveUserAndWorkingDirectory(settings, spec, result);
            ContainerRuntimeResolver.Resolve(settings, spec, result);
            CheckConfiguration(settings, result);

            result.Spec = result.HasErrors ? null : spec;
            return result;
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

            result.Diagnostics.Add(SpecErrors.InvalidValue("ContainerizeMode", mode!, "use Source, Hermetic or Publish"));
            return ContainerizeMode.Source;
        }

        private static void ResolveImages(ContainerSettings settings, ContainerSpec spec, ContainerSpecResult result)
        {
            if (!string.Equals(settings.TargetFrameworkIdentifier, ".NETCoreApp", StringComparison.OrdinalIgnoreCase)
                || BaseImageResolver.TagVersion(settings.TargetFrameworkVersion) is not string version
                || !Version.TryParse(version, out Version? parsed) || parsed.Major < 5)
            {
                if (Blank(settings.BaseImage) == null || Blank(settings.SdkImage) == null)
                {
                    result.Diagnostics.Add(SpecErrors.UnsupportedTargetFramework(settings.TargetFrameworkIdentifier, settings.TargetFrameworkVersion));
                    return;
                }
            }

            string? family = Blank(settings.Family);
            if (family != null && !BaseImageResolver.IsKnownFamily(family))
            {
                result.Diagnostics.Add(SpecErrors.UnknownFamily(family));
                return;
            }

            foreach (var (property, value) in new[] { ("ContainerBaseImage", settings.BaseImage), ("ContainerSdkImage", settings.SdkImage) })
            {
                if (Blank(value) is string image && !ImageReference.IsValidReference(image))
                {
                    result.Diagnostics.Add(SpecErrors.InvalidImageReference(property, image));
                }
            }

            if (result.HasErrors)
            {
                return;
            }

            BaseImageResolution images = BaseImageResolver.Resolve(new BaseImageInputs
            {
                TargetFrameworkVersion = BaseImageResolver.TagVersion(settings.TargetFrameworkVersion) == null ? "v8.0" : settings.TargetFrameworkVersion,
                BundledRuntimeVersion = settings.BundledRuntimeVersion,
                SdkVersion = settings.SdkVersion,
                UsesAspNetCore = settings.UsesAspNetCore,
                SelfContained = spec.SelfContained,
                PublishAot = settings.PublishAot,
                RuntimeIdentifier = spec.RuntimeIdentifier,
                ContainerFamily = family,
                BaseImage = settings.BaseImage,
                SdkImage = settings.SdkImage,
            });
            spec.BaseImage = images.BaseImage;
            spec.SdkImage = images.SdkImage;
            spec.PackageManager = images.UsesMusl ? OsPackageManager.Apk : OsPackageManager.Apt;
            result.Decisions.AddRange(images.Reasons);
            result.Decisions.Add("final stage image " + images.BaseImage);
            result.BaseImageNeed = string.Equals(settings.TargetFrameworkIdentifier, ".NETCoreApp", StringComparison.OrdinalIgnoreCase)
                ? RuntimeNeed.Of(spec.SelfContained, settings.UsesAspNetCore, settings.TargetFrameworkVersion)
                : null;
            CheckBaseImage(images.BaseImage, result);
            CheckSdkImage(settings, images.SdkImage, result);
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

            result.Diagnostics.Add(SpecErrors.BaseImageCannotRunApp(baseImage, provided, need, fit));
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
                    result.Diagnostics.Add(SpecErrors.SdkOlderThanClosure(settings.SdkVersion!.Trim(), newest.ProjectFullPath, DotNetImageTag.Show(newest.NetCoreVersion!)));
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
                result.Diagnostics.Add(SpecErrors.SdkImageOlderThanNeeded(sdkImage, DotNetImageTag.Show(tag.Version), "global.json asks for the .NET SDK " + settings.GlobalJsonSdkVersion!.Trim()));
            }
            else if (newest != null && newest.NetCoreVersion! > tag.Version)
            {
                result.Diagnostics.Add(SpecErrors.SdkImageOlderThanNeeded(sdkImage, DotNetImageTag.Show(tag.Version), "'" + newest.ProjectFullPath + "' targets .NET " + DotNetImageTag.Show(newest.NetCoreVersion!)));
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
                    result.Diagnostics.Add(SpecErrors.InvalidRepository("ContainerRepository", repository));
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
                result.Diagnostics.Add(SpecErrors.InvalidValue("ContainerRegistry", registry, "use a host name with an optional port, such as localhost:5000 or contoso.azurecr.io"));
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
                result.Diagnostics.Add(SpecErrors.TagAndTagsBothSet(tag, tags));
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
                result.Diagnostics.Add(SpecErrors.InvalidTag(property, value));
            }

            if (list.Count == 0)
            {
                result.Diagnostics.Add(SpecErrors.InvalidTag(property, tag ?? tags!));
            }

            return list;
        }

        private static void ResolveContext(ContainerSettings settings, ContainerSpec spec, ContainerSpecResult result)
        {
            string projectDirectory = Path.GetDirectoryName(Path.GetFullPath(settings.ProjectFullPath))!;
            var everything = new List<string> { projectDirectory };
            everything.AddRange(settings.RestoreInputs.Select(input => Path.GetDirectoryName(Path.GetFullPath(input))!));
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
                if (spec.Mode == ContainerizeMode.Source && !RefuseRootOrHome(settings, context, projectDirectory, result))
                {
                    WarnAboveRepository(settings, context, result);
                }
            }

            result.ContextDirectory = context;
            spec.HostOutputDirectory = HostOutputFeed.StagePath(spec, context, settings.HostOutputDirectory);
            string? project = BuildContext.Relative(context, settings.ProjectFullPath);
            if (project == null)
            {
                result.Diagnostics.Add(SpecErrors.InputOutsideContext(settings.ProjectFullPath, context));
                return;
            }

            spec.ProjectPath = CheckPath(project, "The project path", result);
            var inputs = new List<string>();
            foreach (string input in settings.RestoreInputs)
            {
                string? relative = BuildContext.Relative(context, input);
                if (relative == null)
                {
                    result.Diagnostics.Add(SpecErrors.InputOutsideContext(input, context));
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
                    result.Diagnostics.Add(SpecErrors.LocalSourceOutsideContext(source, origin, context));
                    continue;
                }

                inputs.Add(CheckPath(relative.Length == 0 ? "./" : relative.TrimEnd('/') + "/", "The local package source", result));
            }

            spec.RestoreInputs = inputs.Distinct(StringComparer.Ordinal).OrderBy(path => path, StringComparer.Ordinal).ToList();
            foreach (string input in spec.RestoreInputs)
            {
                result.Decisions.Add("restore input " + input);
            }
        }

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

            result.Diagnostics.Add(SpecErrors.ContextAtRootOrHome(context, isRoot, described));
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
            result.Diagnostics.Add(SpecErrors.ContextAboveRepository(context, Path.GetFullPath(repository), outside));
        }

        private static string CheckPath(string path, string what, ContainerSpecResult result)
        {
            try
            {
                return Dockerfiles.DockerfileEscaping.CheckedPath(path, what);
            }
            catch (ArgumentException exception)
            {
                result.Diagnostics.Add(SpecErrors.PathNotRepresentable(what, path, exception.Message));
                return path;
            }
        }

        private static void ResolveUserAndWorkingDirectory(ContainerSettings settings, ContainerSpec spec, ContainerSpecResult result)
        {
            if (Blank(settings.User) is string user)
            {
                if (!System.Text.RegularExpressions.Regex.IsMatch(user, "^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?\\z"))
                {
                    result.Diagnostics.Add(SpecErrors.InvalidValue("ContainerUser", user, "use a user name or uid, optionally with :group, made of letters, digits, '_', '.' and '-'"));
                }

                spec.User = user;
            }

            string workingDirectory = Blank(settings.WorkingDirectory) ?? "/app";
            if (!workingDirectory.StartsWith("/", StringComparison.Ordinal) || workingDirectory.IndexOfAny(new[] { '$', '\\', '"', '\'', '`', '*', '?', '[' }) >= 0 || workingDirectory.Any(char.IsControl))
            {
                result.Diagnostics.Add(SpecErrors.InvalidValue("ContainerWorkingDirectory", workingDirectory, "use an absolute Linux path without quotes, '$', backslashes, the wildcards '*', '?' and '[', or line breaks"));
            }

            spec.WorkingDirectory = workingDirectory;
        }

        private static void CheckConfiguration(ContainerSettings settings, ContainerSpecResult result)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(settings.Configuration, "^[A-Za-z0-9_.-]+\\z"))
            {
                result.Diagnostics.Add(SpecErrors.InvalidValue("Configuration", settings.Configuration, "use letters, digits, '_', '.' and '-'"));
            }

            if (Blank(settings.RuntimeIdentifier) is string wasm && wasm.StartsWith("browser-", StringComparison.OrdinalIgnoreCase))
            {
                result.Diagnostics.Add(SpecErrors.BrowserWebAssemblyApp(wasm));
            }
            else if (Blank(settings.RuntimeIdentifier) is string rid && !System.Text.RegularExpressions.Regex.IsMatch(rid, "^linux(-musl|-bionic)?-[a-z0-9]+\\z"))
            {
                result.Diagnostics.Add(SpecErrors.InvalidValue("ContainerRuntimeIdentifier", rid, "a container runs Linux: use a linux RID such as linux-x64, linux-arm64 or linux-musl-x64"));
            }
        }

        internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
