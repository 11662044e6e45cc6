using System.Collections.Generic;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Inference;

namespace Containerize.Sdk.Planning
{
    /// <summary>What ContainerSpecFactory made: the spec (null when there were errors), the image name, and why.</summary>
    public sealed class ContainerSpecResult
    {
        public ContainerSpec? Spec { get; set; }

        /// <summary>[registry/]repository, without a tag.</summary>
        public string ImageName { get; set; } = "";

        public IReadOnlyList<string> Tags { get; set; } = new string[0];

        public string ContextDirectory { get; set; } = "";

        /// <summary>What the final image must hold for the app to start; null for a self-contained app. The build checks the local base image's environment against it.</summary>
        public RuntimeNeed? BaseImageNeed { get; set; }

        public List<ContainerizeDiagnostic> Diagnostics { get; } = new List<ContainerizeDiagnostic>();

        /// <summary>Each inference made, for low-importance log messages.</summary>
        public List<string> Decisions { get; } = new List<string>();

        public bool HasErrors => Diagnostics.Exists(diagnostic => !diagnostic.IsWarning);
    }
}
