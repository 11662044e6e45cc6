using System;
using System.Text.RegularExpressions;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.BuildOutput
{
    /// <summary>
    /// Reads podman build's output: "STEP 3/4: RUN …" for each instruction, prefixed "[1/2] " with the stage in
    /// multi-stage builds, and a final "Error: building at STEP "…": …" line.
    /// </summary>
    public sealed class PodmanOutputReader : IBuildOutputReader
    {
        private static readonly Regex StepLine = new Regex(@"^(?:\[(\d+)/(\d+)\] )?STEP (\d+)/(\d+): (.*)$", RegexOptions.CultureInvariant);

        private string? _step;
        private StepPosition? _position;
        private string? _instruction;
        private string? _error;
        private int _reportedLine;
        private MsBuildErrorList _stepErrors = new MsBuildErrorList();

        public void Read(OutputLine line)
        {
            string text = line.Text.TrimEnd();
            Match step = StepLine.Match(text);
            if (step.Success)
            {
                _step = text;
                _instruction = step.Groups[5].Value;
                _position = new StepPosition(
                    StepNumbering.PodmanStage,
                    BuildOutputPatterns.ParseNumber(step.Groups[3].Value) ?? 0,
                    BuildOutputPatterns.ParseNumber(step.Groups[4].Value) ?? 0,
                    stageNumber: step.Groups[1].Success ? BuildOutputPatterns.ParseNumber(step.Groups[1].Value) : null);
                _stepErrors = new MsBuildErrorList();
                return;
            }

            _stepErrors.Read(text);
            if (text.StartsWith("Error: ", StringComparison.Ordinal))
            {
                // Podman appends a dump of its internal step state to some errors; it helps no one.
                string error = text.Substring("Error: ".Length);
                int dump = error.IndexOf(" &imagebuilder.", StringComparison.Ordinal);
                _error = dump > 0 ? error.Substring(0, dump) : error;
                int parseErrorLine = BuildOutputPatterns.ParseErrorLine(_error);
                if (parseErrorLine > 0)
                {
                    _reportedLine = parseErrorLine;
                }
            }
        }

        public BuildFailure Failure() => new BuildFailure
        {
            Step = _step,
            Instruction = _instruction,
            Position = _position,
            Error = _error,
            ExitCode = BuildOutputPatterns.ExitCode(_error),
            ReportedLine = _reportedLine,
            MsBuildErrors = _stepErrors.Errors(),
            MsBuildErrorsOmitted = _stepErrors.Omitted,
        };
    }
}
