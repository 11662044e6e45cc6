using System;
using System.Collections.Generic;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Building
{
    /// <summary>How pushing every tag ended: the digest when it succeeded, the error when it failed.</summary>
    public sealed class PushOutcome
    {
        /// <summary>The pushed manifest's digest, sha256:…; null when it failed or could not be read.</summary>
        public string? Digest { get; init; }

        public ContainerizeDiagnostic? Error { get; init; }

        /// <summary>Warnings that do not fail the push, such as an unreadable digest.</summary>
        public IReadOnlyList<ContainerizeDiagnostic> Warnings { get; init; } = new ContainerizeDiagnostic[0];

        public bool Canceled { get; init; }

        public TimeSpan Elapsed { get; init; }

        public bool Succeeded => Error == null && !Canceled;
    }
}
