using System.Collections.Generic;

namespace Containerize.Sdk.Diagnostics
{
    /// <summary>Errors about the restore inputs, the private-feed credentials they hold, and multi-targeting (CTZ201x).</summary>
    public static partial class Errors
    {
        public static ContainerizeDiagnostic CredentialsNeedBuildKit(string config, string builder) =>
            new ContainerizeDiagnostic("CTZ2010", $"The NuGet.config '{Show(config)}' holds credentials (packageSourceCredentials or apikeys), and the builder ({builder}) has no BuildKit: the restore could only read them from an image layer, where anyone with the image reads them too. Build with BuildKit (docker 20.10+ with DOCKER_BUILDKIT=1, docker buildx, or podman), which mounts the file as a build secret, or set ContainerizeBuilder=none and build the Dockerfile yourself with --secret.");

        public static ContainerizeDiagnostic EnvironmentCredentialsNotPassed(string variable, string builder) =>
            new ContainerizeDiagnostic("CTZ2014", $"The environment variable {Show(variable)} carries NuGet credentials, and the builder ({builder}) has no BuildKit, so it is not passed to the image build: the restore in the build stage may fail to authenticate. Build with BuildKit (docker 20.10+ with DOCKER_BUILDKIT=1, docker buildx, or podman), which passes it as a build secret.", isWarning: true);

        public static ContainerizeDiagnostic CredentialConfigOutsideContext(string config, string context) =>
            new ContainerizeDiagnostic("CTZ2011", $"The NuGet.config '{Show(config)}' holds credentials and lies outside the build context '{Show(context)}': the restore in the build stage would not find it. Set ContainerizeContext to a folder that holds it, such as the repository root.");

        public static ContainerizeDiagnostic DockerignoreKeepsCredentials(string dockerignore, string config, string pattern) =>
            new ContainerizeDiagnostic("CTZ2012", $"The NuGet.config '{Show(config)}' holds credentials, but your '{Show(dockerignore)}' does not leave it out of the build context, so the COPY of the source would put it in a layer. Add the line '{Show(pattern)}' to that file, or delete the file so Containerize.Sdk generates one.");

        public static ContainerizeDiagnostic UnreadableRestoreGraph(string path, string reason) =>
            new ContainerizeDiagnostic("CTZ2015", $"NuGet's restore graph '{Show(path)}' cannot be read ({Show(reason)}); Containerize.Sdk takes the NuGet.config files and package sources of the restore from it. Restore the project again (dotnet restore, or publish without --no-restore) so NuGet writes it anew.");

        public static ContainerizeDiagnostic UnknownContainerizeTargetFramework(string requested, IEnumerable<string> frameworks) =>
            new ContainerizeDiagnostic("CTZ2013", $"ContainerizeTargetFramework '{Show(requested)}' is not one of the project's TargetFrameworks ({Show(string.Join(";", frameworks))}): set it to one of them, or remove it to containerize the highest .NET one.");
    }
}
