using System;
using System.Collections.Generic;
using Containerize.Sdk.Builders;
using Containerize.Sdk.BuildOutput;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Building
{
    /// <summary>How an image build ended: the image when it succeeded, the error (and where it points) when it failed.</summary>
    public sealed class ImageBuildOutcome
    {
        /// <summary>The image in the local engine; null when the builder pushed it instead (a multi-platform image).</summary>
        public ImageInspectReport? Image { get; init; }

        /// <summary>Whether the builder pushed the image itself (buildx --push).</summary>
        public bool Pushed { get; init; }

        /// <summary>The pushed image's (or index's) digest when the builder pushed it; null otherwise or when unknown.</summary>
        public string? Digest { get; init; }

        /// <summary>Warnings that do not fail the build, such as an unreadable digest.</summary>
        public IReadOnlyList<ContainerizeDiagnostic> Warnings { get; init; } = new ContainerizeDiagnostic[0];

        /// <summary>
        /// The MSBuild errors the failing step printed, each once, at host paths; reported before <see cref="Error"/>,
        /// which sums up the failure.
        /// </summary>
        public IReadOnlyList<MsBuildError> MsBuildErrors { get; init; } = new MsBuildError[0];

        /// <summary>The last useful output lines, when no MSBuild error names the cause; empty otherwise.</summary>
        public IReadOnlyList<string> LastLines { get; init; } = new string[0];

        public ContainerizeDiagnostic? Error { get; init; }

        /// <summary>The Dockerfile the error points at; null when it points at none.</summary>
        public string? ErrorFile { get; init; }

        /// <summary>1-based line of the failing instruction; 0 when unknown.</summary>
        public int ErrorLine { get; init; }

        public bool Canceled { get; init; }

        public TimeSpan Elapsed { get; init; }

        public bool Succeeded => (Image != null || Pushed) && Error == null && !Canceled;
    }
}
