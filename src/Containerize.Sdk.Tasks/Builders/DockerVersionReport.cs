using System;

namespace Containerize.Sdk.Builders
{
    /// <summary>
    /// What <c>docker version --format '{{.Client.Version}}|{{.Server.Version}}'</c> says. The client prints its own
    /// version even when the daemon is down; then the server part is empty and the exit code is not 0.
    /// </summary>
    public sealed class DockerVersionReport
    {
        public const string Format = "{{.Client.Version}}|{{.Server.Version}}";

        private DockerVersionReport(string clientVersion, string serverVersion, bool daemonAnswers)
        {
            ClientVersion = clientVersion;
            ServerVersion = serverVersion;
            DaemonAnswers = daemonAnswers;
        }

        /// <summary>The client's version; empty when it printed none.</summary>
        public string ClientVersion { get; }

        /// <summary>The daemon's version; empty when the daemon did not answer.</summary>
        public string ServerVersion { get; }

        public bool DaemonAnswers { get; }

        public int? ClientMajorVersion => Builders.ClientVersion.Major(ClientVersion);

        public static DockerVersionReport Parse(int exitCode, string standardOutput)
        {
            // Warnings may precede the answer (for example about a docker context), so the last non-empty line is it.
            string line = LastNonEmptyLine(standardOutput);
            int separator = line.IndexOf('|');
            string client = separator < 0 ? line : line.Substring(0, separator).Trim();
            string server = separator < 0 ? "" : line.Substring(separator + 1).Trim();
            if (server == "<no value>")
            {
                server = "";
            }

            return new DockerVersionReport(client, server, exitCode == 0 && server.Length > 0);
        }

        private static string LastNonEmptyLine(string text)
        {
            string[] lines = text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            for (int i = lines.Length - 1; i >= 0; i--)
            {
                if (lines[i].Trim().Length > 0)
                {
                    return lines[i].Trim();
                }
            }

            return "";
        }
    }
}
