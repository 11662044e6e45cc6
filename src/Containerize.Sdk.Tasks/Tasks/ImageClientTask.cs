using System;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// What the tasks that run the container client on a built image (push, save) share: the client, the image and its
    /// tags, a time limit, and Ctrl+C.
    /// </summary>
    public abstract class ImageClientTask : Task, ICancelableTask
    {
        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();

        [Required]
        public string BuilderPath { get; set; } = "";

        /// <summary>ContainerizeDockerContext: the docker context every client command names (--context); empty for the client's own.</summary>
        public string? DockerContext { get; set; }

        /// <summary>docker or podman, as ProbeContainerBuilder returns it.</summary>
        [Required]
        public string BuilderKind { get; set; } = "";

        /// <summary>The image repository with its registry, such as registry.example.com/team/app.</summary>
        [Required]
        public string ImageName { get; set; } = "";

        /// <summary>The image's tags; latest when there are none.</summary>
        public string[]? ImageTags { get; set; }

        /// <summary>ContainerizeBuildTimeout: minutes each client command may take; 0 for no limit.</summary>
        public double TimeoutMinutes { get; set; }

        protected Containerize.Sdk.Processes.ContainerClient Client => new Containerize.Sdk.Processes.ContainerClient(BuilderPath, DockerContext);

        protected CancellationToken CancellationToken => _cancellation.Token;

        protected TimeSpan? Timeout => TimeoutMinutes > 0 ? TimeSpan.FromMinutes(TimeoutMinutes) : (TimeSpan?)null;

        public void Cancel() => _cancellation.Cancel();
    }
}
