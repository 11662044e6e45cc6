using System.Collections.Generic;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Builders
{
    /// <summary>Which builder builds and how, the decisions that led there, and any error or warning on the way.</summary>
    public sealed class BuilderProbeResult
    {
        public BuilderProbeResult(BuilderKind kind, string clientPath, BuildMode? mode, IReadOnlyList<string> decisions, IReadOnlyList<ContainerizeDiagnostic> diagnostics)
        {
            Kind = kind;
            ClientPath = clientPath;
            Mode = mode;
            Decisions = decisions;
            Diagnostics = diagnostics;
        }

        public BuilderKind Kind { get; }

        /// <summary>The client executable; empty for none and on error.</summary>
        public string ClientPath { get; }

        /// <summary>How the client builds; null for none and on error.</summary>
        public BuildMode? Mode { get; }

        /// <summary>
        /// Whether the Dockerfile may use BuildKit features such as RUN --mount. True for none as well: a Dockerfile
        /// written for someone else to build is written for BuildKit, which every current builder has.
        /// </summary>
        public bool UsesBuildKit => Mode.HasValue ? BuildModeSelector.UsesBuildKit(Mode.Value) : Kind == BuilderKind.None;

        /// <summary>Each decision, as a sentence for low-importance log messages.</summary>
        public IReadOnlyList<string> Decisions { get; }

        public IReadOnlyList<ContainerizeDiagnostic> Diagnostics { get; }

        public bool Succeeded
        {
            get
            {
                foreach (ContainerizeDiagnostic diagnostic in Diagnostics)
                {
                    if (!diagnostic.IsWarning)
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
