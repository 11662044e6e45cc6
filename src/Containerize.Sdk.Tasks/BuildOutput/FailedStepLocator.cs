using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Containerize.Sdk.BuildOutput
{
    /// <summary>
    /// Finds the Dockerfile line of a failed step. The step number is trusted only when the instruction it leads to is
    /// of the kind the builder printed; otherwise the printed text is matched, and when nothing matches for sure, the
    /// line stays unknown rather than pointing somewhere wrong.
    /// </summary>
    public static class FailedStepLocator
    {
        // Instructions BuildKit makes a step of besides FROM; the others only change the image's configuration.
        private static readonly HashSet<string> BuildKitSteps = new HashSet<string>(StringComparer.Ordinal) { "RUN", "COPY", "ADD", "WORKDIR" };

        /// <returns>The 1-based line, or 0 when it cannot be told.</returns>
        public static int Locate(string dockerfileText, BuildFailure failure) =>
            Locate(DockerfileScanner.Scan(dockerfileText), failure);

        public static int Locate(IReadOnlyList<ScannedInstruction> instructions, BuildFailure failure)
        {
            if (failure.ReportedLine > 0)
            {
                return failure.ReportedLine;
            }

            if (failure.BaseImage != null)
            {
                ScannedInstruction? from = instructions.FirstOrDefault(i => string.Equals(i.BaseImage, failure.BaseImage, StringComparison.OrdinalIgnoreCase));
                return from?.Line ?? 0;
            }

            if (failure.Instruction == null)
            {
                return 0;
            }

            string keyword = FirstWord(failure.Instruction).ToUpperInvariant();
            IReadOnlyList<ScannedInstruction> candidates = failure.Position == null ? instructions : InScope(instructions, failure.Position);
            ScannedInstruction? numbered = failure.Position == null ? null : ByNumber(candidates, failure.Position);
            if (numbered != null && numbered.Keyword == keyword)
            {
                return numbered.Line;
            }

            return ByText(candidates, failure.Instruction) ?? ByText(instructions, failure.Instruction) ?? 0;
        }

        /// <summary>The instructions the step number counts: one stage's, or the whole file's.</summary>
        private static IReadOnlyList<ScannedInstruction> InScope(IReadOnlyList<ScannedInstruction> instructions, StepPosition position)
        {
            int stageCount = instructions.Count == 0 ? 0 : instructions.Max(i => i.StageIndex) + 1;
            int? stage;
            switch (position.Numbering)
            {
                case StepNumbering.BuildKitStage:
                    stage = BuildKitStage(instructions, position.StageName, stageCount);
                    break;
                case StepNumbering.PodmanStage:
                    stage = position.StageNumber.HasValue ? position.StageNumber.Value - 1 : (stageCount == 1 ? 0 : null);
                    break;
                default:
                    return instructions;
            }

            return stage.HasValue ? instructions.Where(i => i.StageIndex == stage.Value).ToList() : instructions;
        }

        private static int? BuildKitStage(IReadOnlyList<ScannedInstruction> instructions, string? label, int stageCount)
        {
            if (label == null)
            {
                // Without a label the build had one stage, or was asked for one unnamed target: the last one is built.
                return stageCount > 0 ? stageCount - 1 : null;
            }

            ScannedInstruction? named = instructions.FirstOrDefault(i => i.Keyword == "FROM" && string.Equals(i.StageName, label, StringComparison.OrdinalIgnoreCase));
            if (named != null)
            {
                return named.StageIndex;
            }

            const string Unnamed = "stage-";
            if (label.StartsWith(Unnamed, StringComparison.Ordinal))
            {
                return BuildOutputPatterns.ParseNumber(label.Substring(Unnamed.Length));
            }

            return null;
        }

        private static ScannedInstruction? ByNumber(IReadOnlyList<ScannedInstruction> scope, StepPosition position)
        {
            if (position.Index < 1)
            {
                return null;
            }

            IEnumerable<ScannedInstruction> counted = position.Numbering == StepNumbering.BuildKitStage
                ? scope.Where(i => i.Keyword == "FROM" || BuildKitSteps.Contains(i.Keyword))
                : scope;
            return counted.Skip(position.Index - 1).FirstOrDefault();
        }

        /// <summary>
        /// Builders print instructions their own way (continuations joined, JSON quotes dropped, variables expanded), so
        /// the text is compared without quotes and with blanks collapsed, and only a single match counts.
        /// </summary>
        private static int? ByText(IReadOnlyList<ScannedInstruction> candidates, string printed)
        {
            string wanted = Normalize(printed);
            List<ScannedInstruction> matches = candidates.Where(i => Normalize(i.Text) == wanted).ToList();
            return matches.Count == 1 ? matches[0].Line : null;
        }

        private static string Normalize(string text)
        {
            var normalized = new StringBuilder(text.Length);
            bool blank = false;
            foreach (char c in text.Trim())
            {
                if (c == '"' || c == '\'')
                {
                    continue;
                }

                if (char.IsWhiteSpace(c) || c == ',')
                {
                    blank = true;
                    continue;
                }

                if (blank && normalized.Length > 0)
                {
                    normalized.Append(' ');
                }

                blank = false;
                normalized.Append(c);
            }

            return normalized.ToString();
        }

        private static string FirstWord(string text)
        {
            string trimmed = text.TrimStart();
            int end = 0;
            while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
            {
                end++;
            }

            return trimmed.Substring(0, end);
        }
    }
}
