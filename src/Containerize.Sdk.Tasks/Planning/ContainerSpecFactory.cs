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
            BaseImageResolution? images = ImageResolver.Resolve(settings, selfContained, runtimeIdentifier, result);
            ImageResolver.ResolveName(settings, result);
            ContextResolver.ContextPaths paths = ContextResolver.Resolve(settings, mode, result);
            string? user = ResolveUser(settings, result);
            string workingDirectory = ResolveWorkingDirectory(settings, result);
            OsPackageManager packageManager = images?.UsesMusl == true ? OsPackageManager.Apk : OsPackageManager.Apt;
            string? sbomPath = settings.Sbom ? workingDirectory.TrimEnd('/') + "/" + Sbom.CycloneDxDocument.FileName : null;
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
                SbomPath = sbomPath,
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
                MountsNuGetCache = settings.UseBuildKit && !settings.SharesBuildCache,
                // The credential-bearing configs count for the context (and CTZ2002) but are mounted, never copied.
                RestoreInputs = paths.RestoreInputs.Where(input => !mounted.Contains(input)).ToList(),
                RestoreSecrets = secrets.Mounts,
                RestoreSecretEnvironment = secrets.Environment,
                RestoreSecretsDigest = secrets.Digest,
                PublishTargetFramework = publishTargetFramework,
                RuntimeIdentifier = runtimeIdentifier,
                SelfContained = selfContained,
                PublishAot = settings.PublishAot,

                // The SDK runs on the build platform and publishes for each target's architecture, so that it never runs
                // emulated. BUILDPLATFORM and TARGETARCH are BuildKit's; Native AOT links with the target's own toolchain.
                CrossBuild = settings.UseBuildKit && !settings.PublishAot
                    && (settings.TargetPlatforms.Count > 1 || (settings.TargetPlatforms.Count == 1 && settings.TargetPlatforms[0] != settings.BuildPlatform)),
                ForwardsSecretProperties = forwardsSecretProperties,
                WorkingDirectory = workingDirectory,
                User = user,
                FinalStage = finalStage,
                PackageManager = packageManager,
                Slices = slices,
                SbomPath = sbomPath,
            };
            spec = spec with { HostOutputDirectory = HostOutputFeed.StagePath(spec, result.ContextDirectory, settings.HostOutputDirectory) };
            WriteFiles(spec, mode == ContainerizeMode.Source ? ContextResolver.AdmittedPaths(settings, result) : null, secrets.DockerignorePatterns, result);
            if (result.Spec != null)
            {
                ChooseAppStage(spec, settings, result);
            }

            return result;
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
            // The staging folders hold the same path (LayerFolders): '.', '..' or an empty segment would lead out of them.
            string[] segments = workingDirectory.TrimEnd('/').Split('/');
            if (!workingDirectory.StartsWith("/", StringComparison.Ordinal) || workingDirectory.IndexOfAny(new[] { '$', '\\', '"', '\'', '`', '*', '?', '[' }) >= 0 || workingDirectory.Any(char.IsControl)
                || segments.Skip(1).Any(segment => segment.Length == 0 || segment == "." || segment == ".."))
            {
                result.Diagnostics.Add(Errors.InvalidValue("ContainerWorkingDirectory", workingDirectory, "use an absolute Linux path without quotes, '$', backslashes, the wildcards '*', '?' and '[', '.' or '..' segments, '//', or line breaks"));
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

            if (Slicing.ReproducibleLayers.IsInvalidSourceDateEpoch(settings.FinalStage.SourceDateEpoch))
            {
                result.Diagnostics.Add(Errors.InvalidValue(Slicing.ReproducibleLayers.SourceDateEpochVariable, settings.FinalStage.SourceDateEpoch!, "use the number of seconds since 1970-01-01T00:00:00Z, such as the output of git log -1 --format=%ct"));
            }
        }

        internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
