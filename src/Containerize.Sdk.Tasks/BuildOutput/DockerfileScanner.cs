using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.BuildOutput
{
    /// <summary>
    /// Finds the instructions in a Dockerfile's text and the lines they start on, following the Dockerfile rules that
    /// move lines: parser directives, the escape character, line continuations, comments inside them, and heredocs.
    /// Reads any Dockerfile, including a user's own, so it does not rely on how Containerize writes them.
    /// </summary>
    public static class DockerfileScanner
    {
        private static readonly Regex Directive = new Regex(@"^#\s*([A-Za-z]+)\s*=\s*(\S*)\s*$", RegexOptions.CultureInvariant);

        // RUN, COPY and ADD may carry heredocs (<<EOF, <<-"EOF"): their bodies are not instructions.
        private static readonly Regex Heredoc = new Regex(@"<<(-?)([""']?)([A-Za-z_][A-Za-z0-9_]*)\2", RegexOptions.CultureInvariant);

        public static IReadOnlyList<ScannedInstruction> Scan(string text)
        {
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            var instructions = new List<ScannedInstruction>();
            char escape = '\\';
            bool directivesAllowed = true;
            int stageIndex = -1;
            string? stageName = null;
            int i = 0;
            while (i < lines.Length)
            {
                string trimmed = lines[i].Trim();
                if (directivesAllowed)
                {
                    Match directive = Directive.Match(trimmed);
                    if (directive.Success)
                    {
                        if (string.Equals(directive.Groups[1].Value, "escape", StringComparison.OrdinalIgnoreCase) && directive.Groups[2].Value.Length == 1)
                        {
                            escape = directive.Groups[2].Value[0];
                        }

                        i++;
                        continue;
                    }

                    directivesAllowed = false;
                }

                if (trimmed.Length == 0 || trimmed[0] == '#')
                {
                    i++;
                    continue;
                }

                int startLine = i + 1;
                string joined = JoinContinuation(lines, escape, ref i);
                string keyword = FirstWord(joined).ToUpperInvariant();
                string? baseImage = null;
                if (keyword == "FROM")
                {
                    stageIndex++;
                    ParseFrom(joined, out baseImage, out stageName);
                }

                instructions.Add(new ScannedInstruction(startLine, keyword, joined, stageIndex, stageIndex < 0 ? null : stageName, baseImage));
                if (keyword == "RUN" || keyword == "COPY" || keyword == "ADD")
                {
                    SkipHeredocBodies(lines, joined, ref i);
                }
            }

            return instructions;
        }

        /// <summary>Joins an instruction's lines; leaves <paramref name="i"/> on the line after it.</summary>
        private static string JoinContinuation(string[] lines, char escape, ref int i)
        {
            var joined = new StringBuilder();
            string line = lines[i].TrimEnd();
            i++;
            while (line.Length > 0 && line[line.Length - 1] == escape && i < lines.Length)
            {
                joined.Append(line, 0, line.Length - 1);

                // Comment and empty lines inside a continuation are dropped, not ends of the instruction.
                while (i < lines.Length && (lines[i].Trim().Length == 0 || lines[i].TrimStart().StartsWith("#", StringComparison.Ordinal)))
                {
                    i++;
                }

                if (i == lines.Length)
                {
                    return joined.ToString().Trim();
                }

                line = lines[i].TrimEnd();
                i++;
            }

            return joined.Append(line).ToString().Trim();
        }

        private static void SkipHeredocBodies(string[] lines, string instruction, ref int i)
        {
            foreach (Match heredoc in Heredoc.Matches(instruction))
            {
                bool stripTabs = heredoc.Groups[1].Value == "-";
                string terminator = heredoc.Groups[3].Value;
                while (i < lines.Length)
                {
                    string line = lines[i++];
                    if ((stripTabs ? line.TrimStart('\t') : line) == terminator)
                    {
                        break;
                    }
                }
            }
        }

        /// <summary>FROM [--platform=…] image [AS name].</summary>
        private static void ParseFrom(string instruction, out string? baseImage, out string? stageName)
        {
            string[] words = instruction.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            int index = 1;
            while (index < words.Length && words[index].StartsWith("--", StringComparison.Ordinal))
            {
                index++;
            }

            baseImage = index < words.Length ? words[index] : null;
            stageName = index + 2 < words.Length && string.Equals(words[index + 1], "AS", StringComparison.OrdinalIgnoreCase)
                ? words[index + 2]
                : null;
        }

        private static string FirstWord(string text)
        {
            int end = 0;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            return text.Substring(0, end);
        }
    }
}
