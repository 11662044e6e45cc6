using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Inference;

namespace Containerize.Sdk.Diagnostics
{
    /// <summary>
    /// Errors in what the project asks for (CTZ1xxx: property values; CTZ2xxx: the project and its build context).
    /// Each names the property, the value and the rule, and says what to do.
    /// </summary>
    public static partial class Errors
    {
        public static ContainerizeDiagnostic InvalidValue(string property, string value, string rule) =>
            new ContainerizeDiagnostic("CTZ1001", $"{property} '{Show(value)}' is not valid: {rule}.");

        public static ContainerizeDiagnostic InvalidRepository(string property, string value) =>
            new ContainerizeDiagnostic("CTZ1002", $"{property} '{Show(value)}' is not a valid image repository: use lower-case letters, digits and the separators '.', '_', '__', '-' and '/', for example 'contoso/web-api'.");

        public static ContainerizeDiagnostic InvalidTag(string property, string value) =>
            new ContainerizeDiagnostic("CTZ1003", $"{property} '{Show(value)}' is not a valid image tag: up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'.");

        public static ContainerizeDiagnostic TagAndTagsBothSet(string tag, string tags) =>
            new ContainerizeDiagnostic("CTZ1004", $"ContainerImageTag '{Show(tag)}' and ContainerImageTags '{Show(tags)}' are both set: set only one of them.");

        public static ContainerizeDiagnostic UnknownFamily(string family) =>
            new ContainerizeDiagnostic("CTZ1005", $"ContainerFamily '{Show(family)}' is not a known .NET image family: use for example alpine, noble-chiseled, noble-chiseled-extra, azurelinux3.0 or bookworm-slim, or set ContainerBaseImage to the image you want.");

        public static ContainerizeDiagnostic InvalidImageReference(string property, string value) =>
            new ContainerizeDiagnostic("CTZ1006", $"{property} '{Show(value)}' is not a valid image reference: use [registry/]repository[:tag][@digest], for example mcr.microsoft.com/dotnet/aspnet:10.0.");

        public static ContainerizeDiagnostic BaseImageLockMissing(string lockFile) =>
            new ContainerizeDiagnostic("CTZ1007", $"ContainerizePinBaseImages is true, but the lock file '{Show(lockFile)}' does not exist: run 'dotnet build -t:ContainerizeLockBaseImages' to pull the base images and write their digests there, then commit it.");

        /// <param name="locked">The references the lock file pins.</param>
        public static ContainerizeDiagnostic BaseImageNotLocked(string image, string lockFile, IEnumerable<string> locked)
        {
            string pins = string.Join(", ", locked.Select(Show));
            return new ContainerizeDiagnostic("CTZ1008", $"The base image '{Show(image)}' has no digest in the lock file '{Show(lockFile)}' ({(pins.Length == 0 ? "it pins nothing" : "it pins " + pins)}): the base image changed since the lock was written, and a pinned base never changes silently. Run 'dotnet build -t:ContainerizeLockBaseImages' to pin the new base image on purpose, or set ContainerBaseImage / ContainerSdkImage back to what the lock pins.");
        }

        public static ContainerizeDiagnostic BaseImageLockUnreadable(string lockFile, string reason) =>
            new ContainerizeDiagnostic("CTZ1009", $"The lock file '{Show(lockFile)}' cannot be read ({Show(reason)}): run 'dotnet build -t:ContainerizeLockBaseImages' to write it again.");

        public static ContainerizeDiagnostic LaunchSettingsUnreadable(string path, string reason) =>
            new ContainerizeDiagnostic("CTZ2031", $"ContainerizeRun reads the launch profiles' environment variables from '{Show(path)}', which is not valid JSON ({Show(reason)}): fix the file (dotnet run reads it too).");

        /// <param name="baseImage">The final image, as its tag names what it holds.</param>
        /// <param name="fit">MissingFramework (CTZ1130), Older (CTZ1131) or NewerMajor (CTZ1132, a warning).</param>
        public static ContainerizeDiagnostic BaseImageCannotRunApp(string baseImage, ProvidedRuntime provided, RuntimeNeed need, RuntimeFit fit) =>
            fit == RuntimeFit.NewerMajor
                ? new ContainerizeDiagnostic("CTZ1132", $"The base image '{Show(baseImage)}' holds {provided.Description} by its tag, but the app needs {need}: it starts there only if it rolls forward to a later major version. {need.MatchingImage}, or RollForward=Major in the project, says what is meant.", isWarning: true)
                : new ContainerizeDiagnostic(fit == RuntimeFit.Older ? "CTZ1131" : "CTZ1130", $"The base image '{Show(baseImage)}' holds {provided.Description} by its tag, but the app needs {need}: the container would exit at start. {BaseImageFix(need)}");

        /// <summary>What to do when the final image cannot run the app; the build task's check says the same.</summary>
        public static string BaseImageFix(RuntimeNeed need) =>
            $"Set ContainerBaseImage to {need.MatchingImage} (or another image with {need}), leave it empty to infer it, or publish self-contained (SelfContained=true), which runs on runtime-deps.";

        /// <param name="sdkVersion">NETCoreSdkVersion: the SDK the host publish runs with.</param>
        /// <param name="project">A project of the ProjectReference closure.</param>
        /// <param name="targetFramework">Its TargetFramework, as major.minor.</param>
        public static ContainerizeDiagnostic SdkOlderThanClosure(string sdkVersion, string project, string targetFramework) =>
            new ContainerizeDiagnostic("CTZ1133", $"The .NET SDK {Show(sdkVersion)} that runs this publish, and so the build stage's SDK image, cannot build '{project}', which targets .NET {targetFramework}. Install the .NET {targetFramework} SDK (or a later one) and select it in global.json, or set ContainerSdkImage to an SDK image that builds it.");

        /// <param name="sdkImage">ContainerSdkImage.</param>
        /// <param name="imageVersion">The .NET version its tag names.</param>
        /// <param name="needed">What needs a later SDK, for example "global.json asks for SDK 10.0.101".</param>
        public static ContainerizeDiagnostic SdkImageOlderThanNeeded(string sdkImage, string imageVersion, string needed) =>
            new ContainerizeDiagnostic("CTZ1134", $"ContainerSdkImage '{Show(sdkImage)}' holds the .NET {imageVersion} SDK by its tag, but {needed}: the build stage cannot build what the host built. Leave ContainerSdkImage empty to build with the host's SDK, or name a later SDK image.", isWarning: true);

        public static ContainerizeDiagnostic UnsupportedTargetFramework(string identifier, string version) =>
            new ContainerizeDiagnostic("CTZ2001", $"TargetFramework {identifier},Version={version} cannot run in a Linux container: containerize a project that targets .NET (net6.0 or later), or set ContainerBaseImage and ContainerSdkImage yourself.");

        public static ContainerizeDiagnostic InputOutsideContext(string input, string context) =>
            new ContainerizeDiagnostic("CTZ2002", $"The restore input '{input}' lies outside the build context '{context}': set ContainerizeContext to a folder that holds it (for example the repository root), or move it inside.");

        /// <param name="origin">Which NuGet.config or property added the source (PackageSourceOrigin), or null when not known.</param>
        public static ContainerizeDiagnostic LocalSourceOutsideContext(string source, string? origin, string context) =>
            new ContainerizeDiagnostic("CTZ2003", $"The local package source '{source}'{(origin == null ? "" : " (" + Show(origin) + ")")} lies outside the build context '{context}': the build container cannot restore from it. Set ContainerizeContext to a folder that holds it, or move the feed inside the repository.");

        /// <param name="pulling">The inputs that widened the context, each quoted, with where a feed comes from.</param>
        public static ContainerizeDiagnostic ContextAtRootOrHome(string context, bool isRoot, IReadOnlyList<string> pulling) =>
            new ContainerizeDiagnostic("CTZ2030", $"The build context would be '{context}' ({(isRoot ? "the root of the file system" : "your home folder, or a folder that holds it")}), because the restore reads {Show(string.Join(", ", pulling))}: Containerize.Sdk never sends that to the builder. Move them into the repository (for a local feed, copy its packages into a folder of the repository and name that folder in the repository's NuGet.config instead), or stop the restore reading them.");

        public static ContainerizeDiagnostic BrowserWebAssemblyApp(string runtimeIdentifier) =>
            new ContainerizeDiagnostic("CTZ1140", $"The RuntimeIdentifier is '{Show(runtimeIdentifier)}': this is a Blazor WebAssembly standalone app, a static site that runs in the browser, with no .NET process for a container to run. Serve the published wwwroot folder with a web server image (for example nginx), or host the app in an ASP.NET Core project (the Blazor Web App template) and containerize that project instead.");

        public static ContainerizeDiagnostic ContextAboveRepository(string context, string repository, IReadOnlyList<string> inputsOutside) =>
            new ContainerizeDiagnostic("CTZ2005", $"The build context '{context}' lies above the repository '{repository}', because the restore reads {string.Join(", ", inputsOutside.Select(input => "'" + input + "'"))}: every folder under '{context}' is sent to the builder and copied into the build stage. Move what lies outside into the repository, or set ContainerizeContext to '{context}' to keep this context.", isWarning: true);

        public static ContainerizeDiagnostic PathNotRepresentable(string what, string path, string reason) =>
            new ContainerizeDiagnostic("CTZ2004", $"{what} '{Show(path)}' cannot be written into a Dockerfile ({reason}): rename it without quotes, '$', backslashes or line breaks.");

        public static ContainerizeDiagnostic PropertyPathOutsideContext(string property, string value, string context) =>
            new ContainerizeDiagnostic("CTZ2020", $"The global property {property} '{Show(value)}' is a path outside the build context '{context}', so the container's build does not get it and uses the project's own value: pass a path inside '{context}' or relative to the project, or set ContainerizeContext to a folder that holds it.", isWarning: true);

        public static ContainerizeDiagnostic SecretPropertyNeedsBuildKit(IReadOnlyList<string> properties) =>
            new ContainerizeDiagnostic("CTZ2021", $"The global properties {string.Join(", ", properties)} look like secrets (their names say password, token, secret or key), and this builder cannot mount build secrets, so they cannot reach the container's build without landing in the image history: use a builder with BuildKit (ContainerizeBuilder=docker with BuildKit, or podman), or pass the secret to the build another way (a NuGet.config credential from an environment variable).");

        /// <summary>The writer's last line of defence: validation should have refused the value with its own code.</summary>
        public static ContainerizeDiagnostic UnwritableValue(string reason) =>
            new ContainerizeDiagnostic("CTZ1099", "A value cannot be written into the Dockerfile safely: " + Show(reason));

        public static ContainerizeDiagnostic LegacyIgnoreFileKeepsObj(string path) =>
            new ContainerizeDiagnostic("CTZ2101", $"The legacy builder reads only {path}, which does not leave out obj/: host build output would reach the image build. Add **/bin and **/obj to it, or use a builder with BuildKit.", isWarning: true);

        /// <summary>Values are shown on one line, so a hostile value cannot forge more log lines.</summary>
        public static string Show(string value) => value.Replace("\r", "\\r").Replace("\n", "\\n");

        public static IReadOnlyList<ContainerizeDiagnostic> None { get; } = new ContainerizeDiagnostic[0];
    }
}
