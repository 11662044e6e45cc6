using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Builders
{
    /// <summary>The short commands that ask a client what it can do, and what the image it built is.</summary>
    public static class ProbeCommands
    {
        public const string ImageInspectFormat = "{{.Id}}|{{.Size}}";

        public static ClientCommand DockerVersion(string clientPath) =>
            new ClientCommand(clientPath, new[] { "version", "--format", DockerVersionReport.Format });

        /// <summary>Exit code 0 means the buildx plugin is installed and runs.</summary>
        public static ClientCommand BuildxVersion(string clientPath) =>
            new ClientCommand(clientPath, new[] { "buildx", "version" });

        public static ClientCommand PodmanVersion(string clientPath) =>
            new ClientCommand(clientPath, new[] { "version", "--format", PodmanVersionReport.Format });

        public static ClientCommand ImageInspect(string clientPath, string reference) =>
            new ClientCommand(clientPath, new[] { "image", "inspect", "--format", ImageInspectFormat, reference });
    }
}
