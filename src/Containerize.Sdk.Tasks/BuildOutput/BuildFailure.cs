using System.Collections.Generic;

namespace Containerize.Sdk.BuildOutput
{
    /// <summary>What a failed build's output says about the failure. Any part may be missing from an unfamiliar output.</summary>
    public sealed class BuildFailure
    {
        /// <summary>The failing step as the builder printed it, such as "[build 4/6] RUN dotnet restore …".</summary>
        public string? Step { get; init; }

        /// <summary>The failing instruction's text as printed, without the builder's step prefix.</summary>
        public string? Instruction { get; init; }

        public StepPosition? Position { get; init; }

        /// <summary>The builder's error line, such as "executor failed running […]: exit code: 1".</summary>
        public string? Error { get; init; }

        /// <summary>The exit code of the failing command, when the error names one.</summary>
        public int? ExitCode { get; init; }

        /// <summary>A Dockerfile line the builder named itself (parse errors, newer BuildKit); 0 when it named none.</summary>
        public int ReportedLine { get; init; }

        /// <summary>The base image, when loading it failed before any step ran.</summary>
        public string? BaseImage { get; init; }

        /// <summary>The MSBuild errors the failing step printed, each once, with their paths inside the container.</summary>
        public IReadOnlyList<MsBuildError> MsBuildErrors { get; init; } = new MsBuildError[0];

        /// <summary>How many more MSBuild errors the step printed than <see cref="MsBuildErrors"/> holds.</summary>
        public int MsBuildErrorsOmitted { get; init; }
    }
}
