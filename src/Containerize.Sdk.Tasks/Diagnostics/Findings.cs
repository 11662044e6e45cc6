using System.Collections.Generic;

namespace Containerize.Sdk.Diagnostics
{
    /// <summary>What planning found: the coded diagnostics, and each decision it made for low-importance log messages.</summary>
    public class Findings
    {
        public List<ContainerizeDiagnostic> Diagnostics { get; } = new List<ContainerizeDiagnostic>();

        /// <summary>Each inference made, for low-importance log messages.</summary>
        public List<string> Decisions { get; } = new List<string>();

        public bool HasErrors => Diagnostics.Exists(diagnostic => !diagnostic.IsWarning);
    }
}
