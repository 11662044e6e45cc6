using System.Collections.Generic;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Inference;

namespace Containerize.Sdk.Planning
{
    /// <summary>
    /// What ContainerSpecFactory made: the spec and the files and build arguments it gives (null and empty when there were
    /// errors), the image name, and why.
    /// </summary>
    public sealed class ContainerSpecResult : Findings
    {
        public ContainerSpec? Spec { get; set; }

        /// <summary>The generated Dockerfile's text.</summary>
        public string Dockerfile { get; set; } = "";

        /// <summary>The generated .dockerignore's text, for the Dockerfile's own and, with the legacy builder, the context root's.</summary>
        public string Dockerignore { get; set; } = "";

        /// <summary>[registry/]repository, without a tag.</summary>
        public string ImageName { get; set; } = "";

        public IReadOnlyList<string> Tags { get; set; } = new string[0];

        public string ContextDirectory { get; set; } = "";

        /// <summary>What the final image must hold for the app to start; null for a self-contained app. The build checks the local base image's environment against it.</summary>
        public RuntimeNeed? BaseImageNeed { get; set; }

        /// <summary>The value of CONTAINERIZE_APP_STAGE for this build (host or build); empty when the Dockerfile has no host stage.</summary>
        public string AppStage { get; set; } = "";

        /// <summary>What the host publish writes and the container's publish does not (its apphost): not staged.</summary>
        public IReadOnlyList<string> HostOnlyFiles { get; set; } = new string[0];

        /// <summary>Where the app comes from, for the summary line; empty in publish mode.</summary>
        public string AppSource { get; set; } = "";

        /// <summary>The forwarded global properties for the container's restore and publish (response-file lines); see ForwardedProperties.</summary>
        public string RestoreProperties { get; set; } = "";

        /// <summary>The forwarded global properties for the container's publish only.</summary>
        public string PublishProperties { get; set; } = "";

        /// <summary>The secret-named forwarded properties, for the builder's secret; empty when there are none.</summary>
        public string SecretProperties { get; set; } = "";
    }
}
