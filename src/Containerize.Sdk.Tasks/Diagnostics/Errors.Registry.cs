using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Containerize.Sdk.Diagnostics
{
    /// <summary>
    /// Errors and warnings about pushing and multi-platform images (CTZ4xxx). Each says what happened and what to do.
    /// Credentials are never Containerize's: every fix that needs them points at the engine's own login.
    /// </summary>
    public static partial class Errors
    {
        /// <param name="reference">The reference that was pushed, registry/repository:tag.</param>
        /// <param name="clientPath">The client that pushed.</param>
        /// <param name="error">The client's error line; null when it printed none.</param>
        /// <param name="lastLines">The last lines of the push output.</param>
        public static ContainerizeDiagnostic PushFailed(string reference, string clientPath, string? error, IReadOnlyList<string> lastLines)
        {
            string registry = RegistryOf(reference);
            string why = error == null ? "" : ": " + Show(error);
            string client = ClientName(clientPath);
            return new ContainerizeDiagnostic("CTZ4001", $"Pushing {Show(reference)} to {Show(registry)} failed{why}. {PushHint(error ?? string.Join(" ", lastLines), client, registry)} Containerize never takes credentials from the project: it pushes with the engine's own login. Last output lines:{Tail(lastLines)}");
        }

        /// <param name="clientPath">The client.</param>
        /// <param name="platforms">The platforms asked for.</param>
        public static ContainerizeDiagnostic MultiPlatformNeedsBuildKit(string clientPath, IReadOnlyList<string> platforms) =>
            new ContainerizeDiagnostic("CTZ4002", $"ContainerRuntimeIdentifiers asks for one image for {Show(string.Join(", ", platforms))}, but {Show(clientPath)} has no buildx plugin, and the legacy builder cannot build for another platform (the build stage's cross build needs BuildKit). Build with docker's BuildKit (a docker client before 23.0 with DOCKER_BUILDKIT, or the buildx plugin) or with podman, or set a single runtime identifier.");

        /// <param name="baseImage">The final stage's base image.</param>
        /// <param name="platforms">The platforms asked for.</param>
        /// <param name="why">What was found, on one line.</param>
        public static ContainerizeDiagnostic PlatformBaseUnknown(string baseImage, IReadOnlyList<string> platforms, string why) =>
            new ContainerizeDiagnostic("CTZ4012", $"Podman builds the image for {Show(string.Join(", ", platforms))} from the base image's own image for each platform, named by digest (its local tag may be another platform's image), but the platforms of {Show(baseImage)} could not be read from its registry: {Show(why)}. The base image must be a multi-platform tag in a registry podman reaches (Microsoft's images are); check 'podman manifest inspect' of it after 'podman manifest add --all', or build for this machine's platform.");

        /// <param name="reference">The tag the list was to be pushed under.</param>
        /// <param name="platforms">The platforms it joins.</param>
        /// <param name="command">The docker manifest or podman manifest command that failed.</param>
        /// <param name="detail">What it said, on one line.</param>
        public static ContainerizeDiagnostic PlatformListFailed(string reference, IReadOnlyList<string> platforms, string command, string detail) =>
            new ContainerizeDiagnostic("CTZ4011", $"The image for {Show(string.Join(", ", platforms))} was built and each platform's image pushed, but joining them under {Show(reference)} failed: '{Show(command)}' said {Show(detail)}. Check that the registry {Show(RegistryOf(reference))} accepts manifest lists and that the client's login ('docker login', 'podman login') covers it (a registry without TLS other than localhost must be passed to the client as insecure: podman reads that from registries.conf), then publish again.");

        public static ContainerizeDiagnostic MultiPlatformNeedsPush(IReadOnlyList<string> platforms) =>
            new ContainerizeDiagnostic("CTZ4003", $"ContainerRuntimeIdentifiers asks for one image for {Show(string.Join(", ", platforms))}, which a local docker engine cannot hold: a multi-platform image goes straight to its registry. Set ContainerRegistry (or ContainerizePush=true) to push it, or set a single runtime identifier to build a local image.");

        public static ContainerizeDiagnostic MultiPlatformArchive(IReadOnlyList<string> platforms) =>
            new ContainerizeDiagnostic("CTZ4004", $"ContainerArchiveOutputPath writes an archive of one image for 'docker load', but ContainerRuntimeIdentifiers asks for {Show(string.Join(", ", platforms))}. Push the multi-platform image instead (ContainerRegistry), or publish once per runtime identifier (ContainerRuntimeIdentifier) with its own ContainerArchiveOutputPath.");

        public static ContainerizeDiagnostic UnknownRuntimeIdentifier(string runtimeIdentifier) =>
            new ContainerizeDiagnostic("CTZ4005", $"ContainerRuntimeIdentifiers holds '{Show(runtimeIdentifier)}', which names no Linux platform a container image can have. Use Linux RIDs such as linux-x64, linux-arm64, linux-arm or linux-musl-x64, separated by ';'.");

        public static ContainerizeDiagnostic MixedLibc(IReadOnlyList<string> runtimeIdentifiers) =>
            new ContainerizeDiagnostic("CTZ4006", $"ContainerRuntimeIdentifiers mixes musl (Alpine) and glibc runtime identifiers ({Show(string.Join(";", runtimeIdentifiers))}), which need different base images, so they cannot be one image. Use only linux-musl-* or only linux-* identifiers, and publish the other kind separately.");

        /// <param name="reference">The reference that was pushed.</param>
        /// <param name="detail">Why the digest is unknown, on one line.</param>
        public static ContainerizeDiagnostic DigestUnknown(string reference, string detail) =>
            new ContainerizeDiagnostic("CTZ4007", $"{Show(reference)} was pushed, but its digest could not be read ({Show(detail)}), so ContainerizeImageDigest is empty. Pull it by tag, or look the digest up in the registry.", isWarning: true);

        /// <param name="minutes">The limit, ContainerizeBuildTimeout.</param>
        public static ContainerizeDiagnostic PushTimedOut(string reference, double minutes, IReadOnlyList<string> lastLines) =>
            new ContainerizeDiagnostic("CTZ4008", $"Pushing {Show(reference)} did not finish within {minutes.ToString("0.##", CultureInfo.InvariantCulture)} minutes (ContainerizeBuildTimeout) and was stopped. Check that the registry {Show(RegistryOf(reference))} is reachable and answering, or raise ContainerizeBuildTimeout (0 means no limit). Last output lines:{Tail(lastLines)}");

        public static ContainerizeDiagnostic BaseImagePullFailed(string image, string problem) =>
            new ContainerizeDiagnostic("CTZ4009", $"Pulling the base image '{Show(image)}' to lock its digest failed ({Show(problem)}): check that the registry {Show(RegistryOf(image))} is reachable and that you are logged in to it (docker login), then run the target again.");

        public static ContainerizeDiagnostic BaseImageWithoutRegistryDigest(string image) =>
            new ContainerizeDiagnostic("CTZ4010", $"The base image '{Show(image)}' has no registry digest: the engine holds an image that was built or loaded locally, not pulled from a registry, so it cannot be pinned. Push it to a registry and name it there (ContainerBaseImage, ContainerSdkImage), or set ContainerizePinBaseImages=false.");

        /// <summary>The registry host of a reference, as docker reads it: docker.io when the first part is no host name.</summary>
        public static string RegistryOf(string reference)
        {
            int slash = reference.IndexOf('/');
            if (slash > 0)
            {
                string first = reference.Substring(0, slash);
                if (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || first == "localhost")
                {
                    return first;
                }
            }

            return "docker.io";
        }

        private static string PushHint(string output, string client, string registry)
        {
            if (Mentions(output, "unauthorized", "authentication required", "denied", "no basic auth credentials", "403 forbidden"))
            {
                return $"The registry refused the push: log in with '{client} login {registry}' as a user who may push to this repository, then publish again.";
            }

            if (Mentions(output, "http response to https client"))
            {
                return $"The registry answers plain HTTP: list {registry} as an insecure registry of the engine (docker: \"insecure-registries\" in daemon.json; podman: registries.conf), or give the registry TLS.";
            }

            if (Mentions(output, "connection refused", "no such host", "i/o timeout", "network is unreachable", "dial tcp"))
            {
                return $"The registry {registry} cannot be reached from the engine: check the host name and port in ContainerRegistry and that the registry runs.";
            }

            return $"Check that the registry runs, that '{client} login {registry}' was done for a user who may push to this repository, and the output below.";
        }

        private static bool Mentions(string text, params string[] phrases) =>
            phrases.Any(phrase => text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0);

        private static string ClientName(string clientPath)
        {
            string name = clientPath.Substring(Math.Max(clientPath.LastIndexOf('/'), clientPath.LastIndexOf('\\')) + 1);
            return name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 4) : name;
        }
    }
}
