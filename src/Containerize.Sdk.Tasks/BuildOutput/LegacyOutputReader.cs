using System;
using System.Text.RegularExpressions;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.BuildOutput
{
    /// <summary>
    /// Reads the legacy builder's output: "Step 4/11 : RUN …" before each instruction, then either the step's output and
    /// " ---> id" lines, or the error the client prints on standard error when the build stops.
    /// </summary>
    public sealed class LegacyOutputReader : IBuildOutputReader
    {
        private static readonly Regex StepLine = new Regex(@"^Step (\d+)/(\d+) : (.*)$", RegexOptions.CultureInvariant);

        // Errors the daemon and client print in their own words, so they win over whatever line came last.
        private static readonly Regex KnownError = new Regex(
            @"returned a non-zero code: \d+|^(?:COPY|ADD) failed:|^Error response from daemon:|^the --mount option requires BuildKit|^failed to |^unable to ",
            RegexOptions.CultureInvariant);

        private string? _step;
        private int _stepIndex;
        private int _stepTotal;
        private string? _knownError;
        private string? _lastErrorLine;
        private string? _lastLine;
        private int _reportedLine;
        private MsBuildErrorList _stepErrors = new MsBuildErrorList();

        public void Read(OutputLine line)
        {
            string text = line.Text.TrimEnd();
            if (text.Trim().Length == 0)
            {
                return;
            }

            Match step = StepLine.Match(text);
            if (step.Success)
            {
                _step = text;
                _stepIndex = BuildOutputPatterns.ParseNumber(step.Groups[1].Value) ?? 0;
                _stepTotal = BuildOutputPatterns.ParseNumber(step.Groups[2].Value) ?? 0;
                _stepErrors = new MsBuildErrorList();
                return;
            }

            if (text.StartsWith(" ---> ", StringComparison.Ordinal) || text.StartsWith("Removing intermediate container", StringComparison.Ordinal))
            {
                return;
            }

            int parseErrorLine = BuildOutputPatterns.ParseErrorLine(text);
            if (parseErrorLine > 0)
            {
                _reportedLine = parseErrorLine;
            }

            _stepErrors.Read(text);
            if (KnownError.IsMatch(text))
            {
                _knownError = text;
            }

            // The client prints the build's error on standard error, the steps' own output on standard output.
            if (line.IsStandardError)
            {
                _lastErrorLine = text;
            }

            _lastLine = text;
        }

        public BuildFailure Failure()
        {
            string? error = _knownError ?? _lastErrorLine ?? _lastLine;
            if (error != null && error.StartsWith("Error response from daemon: ", StringComparison.Ordinal))
            {
                error = error.Substring("Error response from daemon: ".Length);
            }

            StepPosition? position = _step == null ? null : new StepPosition(StepNumbering.WholeFile, _stepIndex, _stepTotal);
            string? instruction = _step == null ? null : StepLine.Match(_step).Groups[3].Value;
            return new BuildFailure
            {
                Step = _step,
                Instruction = instruction,
                Position = position,
                Error = error,
                ExitCode = BuildOutputPatterns.ExitCode(error),
                ReportedLine = _reportedLine,
                MsBuildErrors = _stepErrors.Errors(),
                MsBuildErrorsOmitted = _stepErrors.Omitted,
            };
        }
    }
}
