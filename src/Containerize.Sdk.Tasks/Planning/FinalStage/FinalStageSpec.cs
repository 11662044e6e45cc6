using System.Collections.Generic;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>The final stage beyond its base image, validated (FinalStageResolver): what the project's Container* settings say.</summary>
    public sealed record FinalStageSpec
    {
        public IReadOnlyList<ContainerPortSpec> Ports { get; init; } = new ContainerPortSpec[0];

        public IReadOnlyList<KeyValuePair<string, string>> EnvironmentVariables { get; init; } = new KeyValuePair<string, string>[0];

        /// <summary>Labels that stay the same from build to build.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Labels { get; init; } = new KeyValuePair<string, string>[0];

        /// <summary>Labels that change on every build (org.opencontainers.image.created): written last.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> VolatileLabels { get; init; } = new KeyValuePair<string, string>[0];

        /// <summary>ENTRYPOINT arguments; empty leaves the base image's.</summary>
        public IReadOnlyList<string> Entrypoint { get; init; } = new string[0];

        /// <summary>CMD arguments; empty writes no CMD.</summary>
        public IReadOnlyList<string> Command { get; init; } = new string[0];

        public HealthCheckSpec? HealthCheck { get; init; }

        public string? StopSignal { get; init; }

        public IReadOnlyList<string> OsPackages { get; init; } = new string[0];

        public IReadOnlyList<ContainerFileSpec> Files { get; init; } = new ContainerFileSpec[0];
    }

    public enum OsPackageManager
    {
        Apt,
        Apk,
    }

    public sealed class ContainerPortSpec
    {
        public ContainerPortSpec(int port, string protocol)
        {
            Port = port;
            Protocol = protocol;
        }

        public int Port { get; }

        public string Protocol { get; }
    }

    public sealed class HealthCheckSpec
    {
        public IReadOnlyList<string> Command { get; init; } = new string[0];

        public string? Interval { get; init; }

        public string? Timeout { get; init; }

        public string? StartPeriod { get; init; }

        public int? Retries { get; init; }
    }

    /// <summary>A file from the context copied into the image before the app.</summary>
    public sealed class ContainerFileSpec
    {
        public ContainerFileSpec(string source, string destination, string? chmod)
        {
            Source = source;
            Destination = destination;
            Chmod = chmod;
        }

        public string Source { get; }

        public string Destination { get; }

        public string? Chmod { get; }
    }
}
