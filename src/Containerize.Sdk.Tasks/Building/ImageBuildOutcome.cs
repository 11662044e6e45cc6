using System;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Building
{
    /// <summary>How an image build ended: the image when it succeeded, the error (and where it points) when it failed.</summary>
    public sealed class ImageBuildOutcome
    {
        public ImageInspectReport? Image { get; init; }

        public ContainerizeDiagnostic? Error { get; init; }

        /// <summary>The Dockerfile the error points at; null when it points at none.</summary>
        public string? ErrorFile { get; init; }

        /// <summary>1-based line of the failing instruction; 0 when unknown.</summary>
        public int ErrorLine { get; init; }

        public bool Canceled { get; init; }

        public TimeSpan Elapsed { get; init; }

        public bool Succeeded => Image != null && Error == null && !Canceled;
    }
}
