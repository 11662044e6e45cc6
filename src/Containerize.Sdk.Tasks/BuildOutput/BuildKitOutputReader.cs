using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.BuildOutput
{
    /// <summary>
    /// Reads BuildKit's plain progress output (docker build with DOCKER_BUILDKIT=1, docker buildx build --progress=plain).
    /// Each step is a numbered vertex: "#11 [build 4/6] RUN …" opens it, "#11 ERROR: …" fails it. After the steps come a
    /// "------" block repeating the failed step, in newer versions "Dockerfile:6" and a snippet, and the final error.
    /// </summary>
    public sealed class BuildKitOutputReader : IBuildOutputReader
    {
        private const string BlockDelimiter = "------";

        private static readonly Regex VertexHeader = new Regex(@"^#(\d+) (\[[^\]]*\].*)$", RegexOptions.CultureInvariant);
        private static readonly Regex VertexError = new Regex(@"^#(\d+) ERROR:\s*(.*)$", RegexOptions.CultureInvariant);
        private static readonly Regex SummaryStep = new Regex(@"^ > (\[[^\]]*\].*):$", RegexOptions.CultureInvariant);
        private static readonly Regex SourceLocation = new Regex(@"^\S+:(\d+)$", RegexOptions.CultureInvariant);
        private static readonly Regex SnippetDelimiter = new Regex(@"^-{8,}$", RegexOptions.CultureInvariant);
        private static readonly Regex StepPrefix = new Regex(@"^\[([^\]]*)\]\s*(.*)$", RegexOptions.CultureInvariant);
        private static readonly Regex VertexOutput = new Regex(@"^#(\d+) \d+(?:\.\d+)? (.*)$", RegexOptions.CultureInvariant);
        private static readonly Regex TimedLine = new Regex(@"^\d+(?:\.\d+)? (.*)$", RegexOptions.CultureInvariant);
        private static readonly Regex StepNumber = new Regex(@"^(\d+)/(\d+)$", RegexOptions.CultureInvariant);

        private readonly Dictionary<int, string> _stepsByVertex = new Dictionary<int, string>();

        // Steps run in parallel and their lines interleave, so each vertex has its own list.
        private readonly Dictionary<int, MsBuildErrorList> _errorsByVertex = new Dictionary<int, MsBuildErrorList>();
        private int? _failedVertex;
        private string? _vertexError;
        private string? _summaryStep;
        private string? _finalError;
        private bool _finalErrorIsMarked;
        private int _reportedLine;
        private bool _inBlock;
        private bool _inSnippet;

        public void Read(OutputLine line)
        {
            string text = line.Text.TrimEnd();
            if (text.StartsWith("#", StringComparison.Ordinal))
            {
                ReadVertexLine(text);
                return;
            }

            if (text == BlockDelimiter)
            {
                _inBlock = !_inBlock;
                return;
            }

            if (_inBlock)
            {
                // Newer BuildKit repeats the failed step's last output lines here, "1.916 …".
                Match timed = TimedLine.Match(text.Trim());
                if (timed.Success && _failedVertex.HasValue)
                {
                    ErrorsOf(_failedVertex.Value).Read(timed.Groups[1].Value);
                }

                Match summary = SummaryStep.Match(text);
                if (summary.Success && _summaryStep == null)
                {
                    _summaryStep = summary.Groups[1].Value;
                }

                return;
            }

            if (SnippetDelimiter.IsMatch(text))
            {
                _inSnippet = !_inSnippet;
                return;
            }

            if (_inSnippet || text.Trim().Length == 0)
            {
                return;
            }

            Match location = SourceLocation.Match(text);
            if (location.Success)
            {
                _reportedLine = BuildOutputPatterns.ParseNumber(location.Groups[1].Value) ?? 0;
                return;
            }

            int parseErrorLine = BuildOutputPatterns.ParseErrorLine(text);
            if (parseErrorLine > 0)
            {
                _reportedLine = parseErrorLine;
            }

            if (text.StartsWith("ERROR: ", StringComparison.Ordinal))
            {
                _finalError = text.Substring("ERROR: ".Length);
                _finalErrorIsMarked = true;
            }
            else if (!(_finalErrorIsMarked && char.IsWhiteSpace(text[0])))
            {
                // Indented lines after an "ERROR:" line explain it further; they do not replace it.
                _finalError = text;
                _finalErrorIsMarked = false;
            }
        }

        public BuildFailure Failure()
        {
            string? step = null;
            if (_failedVertex.HasValue)
            {
                _stepsByVertex.TryGetValue(_failedVertex.Value, out step);
            }

            step ??= _summaryStep;
            string? error = Error();
            MsBuildErrorList? errors = null;
            if (_failedVertex.HasValue)
            {
                _errorsByVertex.TryGetValue(_failedVertex.Value, out errors);
            }

            IReadOnlyList<MsBuildError> msBuildErrors = errors?.Errors() ?? new MsBuildError[0];
            int omitted = errors?.Omitted ?? 0;
            if (step == null)
            {
                return new BuildFailure
                {
                    Error = error,
                    ExitCode = BuildOutputPatterns.ExitCode(error),
                    ReportedLine = _reportedLine,
                    MsBuildErrors = msBuildErrors,
                    MsBuildErrorsOmitted = omitted,
                };
            }

            Match parts = StepPrefix.Match(step);
            string instruction = parts.Success ? parts.Groups[2].Value : step;
            string? baseImage = null;
            StepPosition? position = null;
            if (parts.Success && parts.Groups[1].Value == "internal")
            {
                const string LoadMetadata = "load metadata for ";
                baseImage = instruction.StartsWith(LoadMetadata, StringComparison.Ordinal) ? instruction.Substring(LoadMetadata.Length).Trim() : null;
            }
            else if (parts.Success)
            {
                position = Position(parts.Groups[1].Value);
            }

            return new BuildFailure
            {
                Step = step,
                Instruction = instruction,
                Position = position,
                Error = error,
                ExitCode = BuildOutputPatterns.ExitCode(error) ?? BuildOutputPatterns.ExitCode(_vertexError),
                ReportedLine = _reportedLine,
                BaseImage = baseImage,
                MsBuildErrors = msBuildErrors,
                MsBuildErrorsOmitted = omitted,
            };
        }

        /// <summary>
        /// The final error, and before it the failed vertex's own error when the final one does not repeat it: a failure
        /// while the context is sent ends in a bare "context canceled", and only the vertex says why.
        /// </summary>
        private string? Error()
        {
            if (_finalError == null || _vertexError == null || _finalError.Contains(_vertexError))
            {
                return _finalError ?? _vertexError;
            }

            return _vertexError + "; " + _finalError;
        }

        private MsBuildErrorList ErrorsOf(int vertex)
        {
            if (!_errorsByVertex.TryGetValue(vertex, out MsBuildErrorList? errors))
            {
                errors = new MsBuildErrorList();
                _errorsByVertex[vertex] = errors;
            }

            return errors;
        }

        private void ReadVertexLine(string text)
        {
            Match error = VertexError.Match(text);
            if (error.Success)
            {
                // The first vertex to fail is the cause; BuildKit may cancel others after it.
                if (_failedVertex == null)
                {
                    _failedVertex = BuildOutputPatterns.ParseNumber(error.Groups[1].Value);
                    _vertexError = error.Groups[2].Value;
                }

                return;
            }

            Match output = VertexOutput.Match(text);
            if (output.Success)
            {
                int? vertex = BuildOutputPatterns.ParseNumber(output.Groups[1].Value);
                if (vertex.HasValue)
                {
                    ErrorsOf(vertex.Value).Read(output.Groups[2].Value);
                }

                return;
            }

            Match header = VertexHeader.Match(text);
            if (header.Success)
            {
                int? vertex = BuildOutputPatterns.ParseNumber(header.Groups[1].Value);
                if (vertex.HasValue)
                {
                    _stepsByVertex[vertex.Value] = header.Groups[2].Value;
                }
            }
        }

        /// <summary>"build 4/6", "4/6", "stage-1 2/3", "linux/arm64 build 4/6", "build  4/12".</summary>
        private static StepPosition? Position(string prefix)
        {
            string[] words = prefix.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                return null;
            }

            Match number = StepNumber.Match(words[words.Length - 1]);
            if (!number.Success)
            {
                return null;
            }

            // A platform has a slash; a stage name cannot.
            string? stage = words.Length >= 2 && words[words.Length - 2].IndexOf('/') < 0 ? words[words.Length - 2] : null;
            return new StepPosition(
                StepNumbering.BuildKitStage,
                BuildOutputPatterns.ParseNumber(number.Groups[1].Value) ?? 0,
                BuildOutputPatterns.ParseNumber(number.Groups[2].Value) ?? 0,
                stageName: stage);
        }
    }
}
