using System.Collections.Generic;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>A name with its value, as an MSBuild item gives it (Include and the Value metadata).</summary>
    public sealed class NamedValue
    {
        public NamedValue(string name, string value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }

        public string Value { get; }
    }

    /// <summary>The raw settings that shape the final stage beyond the base image.</summary>
    public sealed class FinalStageSettings
    {
        /// <summary>ContainerPort items: Name is the port, Value the Type metadata (tcp when empty).</summary>
        public IReadOnlyList<NamedValue> Ports { get; set; } = new NamedValue[0];

        public IReadOnlyList<NamedValue> EnvironmentVariables { get; set; } = new NamedValue[0];

        /// <summary>The property form, A=1;B=2, which the command line can give.</summary>
        public string? EnvironmentVariablesProperty { get; set; }

        public IReadOnlyList<NamedValue> Labels { get; set; } = new NamedValue[0];

        public string? GenerateLabels { get; set; }

        /// <summary>Sources of the OCI labels: title, version, description, authors, url, source, revision, vendor, licenses.</summary>
        public IReadOnlyList<NamedValue> LabelSources { get; set; } = new NamedValue[0];

        /// <summary>The build time for org.opencontainers.image.created, or null for none.</summary>
        public string? Created { get; set; }

        /// <summary>SOURCE_DATE_EPOCH (seconds): the created label of a reproducible build, when Created is not set.</summary>
        public string? SourceDateEpoch { get; set; }

        public IReadOnlyList<string> AppCommand { get; set; } = new string[0];

        public IReadOnlyList<string> AppCommandArgs { get; set; } = new string[0];

        public IReadOnlyList<string> DefaultArgs { get; set; } = new string[0];

        public string? AppCommandInstruction { get; set; }

        public string? HealthCheck { get; set; }

        public string? HealthCheckInterval { get; set; }

        public string? HealthCheckTimeout { get; set; }

        public string? HealthCheckStartPeriod { get; set; }

        public string? HealthCheckRetries { get; set; }

        public string? StopSignal { get; set; }

        public IReadOnlyList<string> OsPackages { get; set; } = new string[0];

        /// <summary>ContainerFile items: Name is the host path, Value the Destination; Chmod in FileModes by index.</summary>
        public IReadOnlyList<ContainerFileSetting> Files { get; set; } = new ContainerFileSetting[0];
    }

    public sealed class ContainerFileSetting
    {
        public ContainerFileSetting(string source, string? destination, string? chmod)
        {
            Source = source;
            Destination = destination;
            Chmod = chmod;
        }

        /// <summary>The host path, absolute.</summary>
        public string Source { get; }

        public string? Destination { get; }

        public string? Chmod { get; }
    }
}
