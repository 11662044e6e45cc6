using System;
using System.Collections.Generic;
using System.IO;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Files;
using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Planning
{
    /// <summary>
    /// Which stage feeds the final stage's COPYs: the build stage, which restores and publishes inside the container (what a
    /// plain docker build of the generated Dockerfile, as CI runs it, always uses), or the host stage, which takes the host's
    /// own publish output, staged into the build context already sorted into the slice folders the build stage's sort RUN
    /// produces. A global build argument chooses; BuildKit (and podman) skip the stage nothing uses. The host output is used
    /// only when the host's publish is the container's publish: anything that could make them differ keeps the build stage.
    /// </summary>
    public static class HostOutputFeed
    {
        /// <summary>The global ARG that names the stage the final stage copies the app from; its default is the build stage.</summary>
        public const string Argument = "CONTAINERIZE_APP_STAGE";

        /// <summary>ContainerizeMode=Hermetic: the local build compiles in the container too, as CI's docker build does.</summary>
        public const string HermeticMode = "Hermetic";

        /// <summary>
        /// The host output's folder relative to the context, for the Dockerfile's host stage; null when this Dockerfile gets
        /// no host stage (WhyNoHostStage says why). Depends only on the project and the builder, never on one local run, so
        /// the Dockerfile CI builds is the one a developer generated.
        /// </summary>
        public static string? StagePath(ContainerSpec spec, string contextDirectory, string? hostOutputDirectory) =>
            WhyNoHostStage(spec, contextDirectory, hostOutputDirectory) == null
                ? BuildContext.Relative(contextDirectory, hostOutputDirectory!)!.TrimEnd('/')
                : null;

        /// <summary>Why the Dockerfile has no host stage, or null when it has one.</summary>
        public static string? WhyNoHostStage(ContainerSpec spec, string contextDirectory, string? hostOutputDirectory)
        {
            if (spec.Mode != ContainerizeMode.Source)
            {
                return "ContainerizeMode=Publish copies the host's publish output without a build stage";
            }

            if (!spec.UseBuildKit)
            {
                return "the builder has no BuildKit: it would build every stage, the build stage too, so the app is compiled in the container";
            }

            if (spec.PublishAot)
            {
                return "Native AOT compiles with the container's toolchain";
            }

            if (string.IsNullOrWhiteSpace(hostOutputDirectory))
            {
                return "no folder for the host's output was given";
            }

            string? relative = BuildContext.Relative(contextDirectory, hostOutputDirectory!);
            if (relative == null || relative.TrimEnd('/').Length == 0)
            {
                return "the folder for the host's output, " + hostOutputDirectory + ", is not inside the build context " + contextDirectory;
            }

            return null;
        }

        /// <summary>
        /// This build's value of CONTAINERIZE_APP_STAGE, the host publish's files the container's publish does not make, and
        /// what to say about it; nothing for publish mode, which has neither stage.
        /// </summary>
        public static HostOutputChoice Choose(ContainerSpec spec, string contextDirectory, string? hostOutputDirectory, HostOutputFeedInputs host)
        {
            if (spec.Mode != ContainerizeMode.Source)
            {
                return new HostOutputChoice("", new string[0], null, null);
            }

            string? why = WhyNoHostStage(spec, contextDirectory, hostOutputDirectory);
            if (why != null)
            {
                return new HostOutputChoice("", new string[0], CompiledInContainer, "the app is compiled in the container's build stage: " + why);
            }

            why = WhyNotHostOutput(spec, host);
            if (why == null && host.UsersDockerignore != null
                && DockerignorePatterns.Parse(File.ReadAllText(host.UsersDockerignore)).IsIgnored(spec.HostOutputDirectory + "/" + LayerFolders.Folder(Slice.App, spec.WorkingDirectory)))
            {
                why = "your " + host.UsersDockerignore + " leaves out " + spec.HostOutputDirectory;
            }

            // Podman before 4.4 resolves a stage named by an ARG only when --build-arg gives it: always give it.
            if (why != null)
            {
                return new HostOutputChoice(StageLayout.BuildStageName, new string[0], CompiledInContainer, "the app is compiled in the container's build stage: " + why);
            }

            string[] hostOnly = Blank(host.HostAppHost) is string appHost && !DockerfilePlanner.PublishesAppHost(spec) ? new[] { appHost } : new string[0];
            return new HostOutputChoice(
                StageLayout.HostStageName,
                hostOnly,
                "app from the host's publish output",
                "the final stage takes the app from the host's publish output (" + Argument + "=" + StageLayout.HostStageName + "), staged in " + hostOutputDirectory);
        }

        private const string CompiledInContainer = "app compiled in the container";

        /// <summary>Why this build compiles in the container although the Dockerfile has a host stage, or null to use the host's output.</summary>
        public static string? WhyNotHostOutput(ContainerSpec spec, HostOutputFeedInputs host)
        {
            if (string.Equals(host.RequestedMode, HermeticMode, StringComparison.OrdinalIgnoreCase))
            {
                return "ContainerizeMode=Hermetic compiles in the container, as a plain docker build does";
            }

            if (host.WritesBuildCommandOnly)
            {
                return "ContainerizeBuilder=none writes the command for a plain build, which compiles in the container";
            }

            if (host.DockerfileIsUsers)
            {
                return "the Dockerfile is your own";
            }

            if (!host.HostPublished)
            {
                return "the host did not publish in this build (the Containerize target ran without Publish)";
            }

            if (host.PlatformCount > 1)
            {
                return "the image has several platforms, and the host published for one";
            }

            if (!string.Equals(Blank(host.RuntimeIdentifier), spec.RuntimeIdentifier, StringComparison.Ordinal))
            {
                return "the host published for RuntimeIdentifier '" + Blank(host.RuntimeIdentifier) + "' and the container publishes for '" + spec.RuntimeIdentifier + "' (ContainerRuntimeIdentifier)";
            }

            if (spec.PublishTargetFramework != null && !string.Equals(Blank(host.TargetFramework), spec.PublishTargetFramework, StringComparison.Ordinal))
            {
                return "the host published TargetFramework '" + Blank(host.TargetFramework) + "' and the container publishes '" + spec.PublishTargetFramework + "'";
            }

            if (spec.SelfContained && host.HostIsWindows)
            {
                // Files staged on Windows lose the executable bit a self-contained app's apphost needs.
                return "a self-contained app's executable keeps its mode only when published on Linux or macOS";
            }

            return null;
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }

    /// <summary>HostOutputFeed's answer for one build.</summary>
    public sealed class HostOutputChoice
    {
        public HostOutputChoice(string appStage, IReadOnlyList<string> hostOnlyFiles, string? summary, string? decision)
        {
            AppStage = appStage;
            HostOnlyFiles = hostOnlyFiles;
            Summary = summary;
            Decision = decision;
        }

        /// <summary>The value of CONTAINERIZE_APP_STAGE; empty when the Dockerfile has no host stage.</summary>
        public string AppStage { get; }

        /// <summary>Relative paths the host publish made and the container's would not (its apphost): not staged.</summary>
        public IReadOnlyList<string> HostOnlyFiles { get; }

        /// <summary>Where the app came from, for the summary line; null in publish mode.</summary>
        public string? Summary { get; }

        /// <summary>The decision and why, for a low-importance message; null in publish mode.</summary>
        public string? Decision { get; }
    }

    /// <summary>What the host's publish was, for HostOutputFeed.</summary>
    public sealed class HostOutputFeedInputs
    {
        /// <summary>ContainerizeMode as the project gives it.</summary>
        public string? RequestedMode { get; set; }

        public bool DockerfileIsUsers { get; set; }

        /// <summary>The Dockerfile's .dockerignore when the user wrote it, else null.</summary>
        public string? UsersDockerignore { get; set; }

        /// <summary>The apphost the host publish made ($(AssemblyName)$(_NativeExecutableExtension) when UseAppHost is true), else null.</summary>
        public string? HostAppHost { get; set; }

        /// <summary>ContainerizeBuilder=none: no build runs now, only its command is written.</summary>
        public bool WritesBuildCommandOnly { get; set; }

        /// <summary>The Publish target ran in this build, so the publish folder holds this build's output.</summary>
        public bool HostPublished { get; set; }

        /// <summary>The host publish's RuntimeIdentifier.</summary>
        public string? RuntimeIdentifier { get; set; }

        /// <summary>The host publish's TargetFramework.</summary>
        public string? TargetFramework { get; set; }

        public int PlatformCount { get; set; }

        public bool HostIsWindows { get; set; } = Path.DirectorySeparatorChar == '\\';
    }
}
