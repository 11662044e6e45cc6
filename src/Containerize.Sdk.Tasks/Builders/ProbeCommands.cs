using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Builders
{
    /// <summary>The short commands that ask a client what it can do, and what the image it built is.</summary>
    public static class ProbeCommands
    {
        public const string ImageInspectFormat = "{{.Id}}|{{.Size}}";

        public static ClientCommand DockerVersion(ContainerClient client) =>
            client.Command(new[] { "version", "--format", DockerVersionReport.Format });

        /// <summary>Exit code 0 means the buildx plugin is installed and runs.</summary>
        public static ClientCommand BuildxVersion(ContainerClient client) =>
            client.Command(new[] { "buildx", "version" });

        public static ClientCommand PodmanVersion(ContainerClient client) =>
            client.Command(new[] { "version", "--format", PodmanVersionReport.Format });

        public static ClientCommand ImageInspect(ContainerClient client, string reference) =>
            client.Command(new[] { "image", "inspect", "--format", ImageInspectFormat, reference });
    }
}
