using System;

namespace Containerize.Sdk.Builders
{
    /// <summary>
    /// What <c>podman version --format '{{.Client.Version}}'</c> says. Podman has no server part when it runs locally (asking
    /// for one fails the template), and a podman that needs a machine fails the command when the machine is down.
    /// </summary>
    public sealed class PodmanVersionReport
    {
        public const string Format = "{{.Client.Version}}";

        private PodmanVersionReport(string version, bool answers)
        {
            Version = version;
            Answers = answers;
        }

        /// <summary>Podman's version; empty when it printed none.</summary>
        public string Version { get; }

        /// <summary>Whether podman can build: the command succeeded and printed a version.</summary>
        public bool Answers { get; }

        public static PodmanVersionReport Parse(int exitCode, string standardOutput)
        {
            string[] lines = standardOutput.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            string version = lines.Length == 0 ? "" : lines[lines.Length - 1].Trim();
            return new PodmanVersionReport(version, exitCode == 0 && version.Length > 0);
        }
    }
}
