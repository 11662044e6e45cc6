using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Images;
using Containerize.Sdk.Inference;
namespace Containerize.Sdk.Planning
{
    /// <summary>The base and SDK images (validated, inferred by Inference/BaseImageResolver, checked against what the app and the closure need), and the image name and tags.</summary>
    internal static class ImageResolver
    {
        public static BaseImageResolution? Resolve(ContainerSettings settings, bool selfContained, string? runtimeIdentifier, ContainerSpecResult result)
        {
            if (!string.Equals(settings.TargetFrameworkIdentifier, ".NETCoreApp", StringComparison.OrdinalIgnoreCase)
                || BaseImageResolver.TagVersion(settings.TargetFrameworkVersion) is not string version
                || !Version.TryParse(version, out Version? parsed) || parsed.Major < 5)
            {
                if (ContainerSpecFactory.Blank(settings.BaseImage) == null || ContainerSpecFactory.Blank(settings.SdkImage) == null)
                {
                    result.Diagnostics.Add(Errors.UnsupportedTargetFramework(settings.TargetFrameworkIdentifier, settings.TargetFrameworkVersion));
                    return null;
                }
            }

            string? family = ContainerSpecFactory.Blank(settings.Family);
            if (family != null && !BaseImageResolver.IsKnownFamily(family))
            {
                result.Diagnostics.Add(Errors.UnknownFamily(family));
                return null;
            }

            foreach (var (property, value) in new[] { ("ContainerBaseImage", settings.BaseImage), ("ContainerSdkImage", settings.SdkImage) })
            {
                if (ContainerSpecFactory.Blank(value) is string image && !ImageReference.IsValidReference(image))
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
            return settings.BaseImageLockFile is string lockFile ? Pin(images, lockFile, result) : images;
        }

        /// <summary>
        /// ContainerizePinBaseImages: each image named by the digest the lock file records for its reference. A reference
        /// the lock does not know is an error, never a silent change of base; one that names its digest itself is kept.
        /// </summary>
        private static BaseImageResolution? Pin(BaseImageResolution images, string lockFile, ContainerSpecResult result)
        {
            IReadOnlyDictionary<string, string?> locked;
            try
            {
                locked = BaseImageLock.Parse(File.ReadAllBytes(lockFile));
            }
            catch (Exception exception) when (exception is FileNotFoundException || exception is DirectoryNotFoundException)
            {
                result.Diagnostics.Add(Errors.BaseImageLockMissing(lockFile));
                return null;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is FormatException)
            {
                result.Diagnostics.Add(Errors.BaseImageLockUnreadable(lockFile, exception.Message));
                return null;
            }

            string? Pinned(string image)
            {
                if (BaseImageDigests.InReference(image) != null)
                {
                    result.Decisions.Add(image + " names its digest itself: the lock file is not needed for it");
                    return image;
                }

                if (locked.TryGetValue(image, out string? digest) && digest != null)
                {
                    result.Decisions.Add(image + " is pinned to " + digest + " by " + lockFile);
                    return BaseImageDigests.Pinned(image, digest);
                }

                result.Diagnostics.Add(Errors.BaseImageNotLocked(image, lockFile, locked.Where(entry => entry.Value != null).Select(entry => entry.Key)));
                return null;
            }

            string? baseImage = Pinned(images.BaseImage);
            string? sdkImage = Pinned(images.SdkImage);
            return baseImage == null || sdkImage == null ? null : new BaseImageResolution(baseImage, sdkImage, images.UsesMusl, images.Reasons);
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
            if (ContainerSpecFactory.Blank(settings.SdkImage) == null)
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

        public static void ResolveName(ContainerSettings settings, ContainerSpecResult result)
        {
            string repository;
            if (ContainerSpecFactory.Blank(settings.Repository) is string explicitRepository)
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

            string? registry = ContainerSpecFactory.Blank(settings.Registry)?.TrimEnd('/');
            if (registry != null && !ImageReference.IsValidRegistry(registry))
            {
                result.Diagnostics.Add(Errors.InvalidValue("ContainerRegistry", registry, "use a host name with an optional port, such as localhost:5000 or contoso.azurecr.io"));
            }

            result.ImageName = registry == null ? repository : registry + "/" + repository;
            result.Tags = ResolveTags(settings, result);
        }

        private static IReadOnlyList<string> ResolveTags(ContainerSettings settings, ContainerSpecResult result)
        {
            string? tag = ContainerSpecFactory.Blank(settings.ImageTag);
            string? tags = ContainerSpecFactory.Blank(settings.ImageTags);
            if (tag != null && tags != null)
            {
                result.Diagnostics.Add(Errors.TagAndTagsBothSet(tag, tags));
                return new string[0];
            }

            if (tag == null && tags == null)
            {
                var defaults = new List<string> { "latest" };
                if (ContainerSpecFactory.Blank(settings.Version) is string version && ImageReference.TagFromVersion(version) is string versionTag && versionTag.Length > 0)
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
    }
}
