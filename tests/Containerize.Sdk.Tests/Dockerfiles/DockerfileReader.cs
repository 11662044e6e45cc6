using System.Text;
using System.Text.Json;

namespace Containerize.Sdk.Tests.Dockerfiles;

/// <summary>
/// Reads generated Dockerfile text back the way the engine would, for the few forms the writer produces: instruction
/// lines, double-quoted ENV/LABEL values, JSON arrays and /bin/sh words. A test compares what it reads with the value
/// the spec held, so "escaped" means "the engine sees the same value", not "looks quoted".
/// </summary>
internal static class DockerfileReader
{
    /// <summary>The keyword of every instruction line, in order; parser directives, comments and blank lines are skipped.</summary>
    public static IReadOnlyList<string> Keywords(string text) => Instructions(text).Select(line => line.Keyword).ToList();

    public static IReadOnlyList<(string Keyword, string Arguments)> Instructions(string text)
    {
        var instructions = new List<(string, string)>();
        foreach (string line in text.Split('\n'))
        {
            Assert.DoesNotContain("\r", line, "a carriage return would end the line for some readers and not for others");
            if (line.TrimEnd().EndsWith("\\", StringComparison.Ordinal))
            {
                Assert.Fail("A line ends with the escape character, so the engine joins it with the next one: " + line);
            }

            string trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            int space = trimmed.IndexOfAny(new[] { ' ', '\t' });
            instructions.Add(space < 0 ? (trimmed.ToUpperInvariant(), "") : (trimmed.Substring(0, space).ToUpperInvariant(), trimmed.Substring(space + 1)));
        }

        return instructions;
    }

    public static string Single(string text, string keyword)
    {
        return Instructions(text).Single(instruction => instruction.Keyword == keyword).Arguments;
    }

    /// <summary>A JSON array of strings, as the engine reads the exec form and COPY's JSON form.</summary>
    public static string[] JsonArray(string rest)
    {
        Assert.StartsWith("[", rest, "exec form: " + rest);
        return JsonSerializer.Deserialize<string[]>(rest) ?? throw new AssertFailedException("Not a JSON array: " + rest);
    }

    /// <summary>
    /// ENV and LABEL pairs: key=value where either side may be double-quoted. Inside double quotes the engine drops the
    /// backslash before '"', '$' and '\' and keeps it before anything else; an unescaped '$' would be expanded.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Pairs(string rest)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        int i = 0;
        while (i < rest.Length)
        {
            string key = Word(rest, ref i, stopAtEquals: true);
            Assert.IsTrue(i < rest.Length && rest[i] == '=', "key=value expected in: " + rest);
            i++;
            string value = Word(rest, ref i, stopAtEquals: false);
            pairs.Add(new KeyValuePair<string, string>(key, value));
            while (i < rest.Length && rest[i] == ' ')
            {
                i++;
            }
        }

        return pairs;
    }

    private static string Word(string text, ref int i, bool stopAtEquals)
    {
        var word = new StringBuilder();
        while (i < text.Length && text[i] != ' ' && !(stopAtEquals && text[i] == '='))
        {
            char c = text[i];
            if (c == '"')
            {
                i++;
                while (true)
                {
                    Assert.IsTrue(i < text.Length, "unterminated double quote in: " + text);
                    char inner = text[i];
                    if (inner == '"')
                    {
                        i++;
                        break;
                    }

                    if (inner == '\\' && i + 1 < text.Length && (text[i + 1] == '"' || text[i + 1] == '$' || text[i + 1] == '\\'))
                    {
                        word.Append(text[i + 1]);
                        i += 2;
                        continue;
                    }

                    Assert.AreNotEqual('$', inner, "an unescaped $ in a quoted value is expanded by the engine: " + text);
                    word.Append(inner);
                    i++;
                }
            }
            else
            {
                Assert.IsTrue(c != '$' && c != '\\' && c != '\'', "an unquoted special character changes the value: " + text);
                word.Append(c);
                i++;
            }
        }

        return word.ToString();
    }

    /// <summary>
    /// The words /bin/sh sees in a shell-form RUN: single quotes keep everything, backslash escapes one character; any
    /// other shell syntax outside quotes is refused, except the planner's own raw words (RawWords).
    /// </summary>
    public static IReadOnlyList<string> ShellWords(string command)
    {
        var words = new List<string>();
        int i = 0;
        while (i < command.Length)
        {
            if (command[i] == ' ')
            {
                i++;
                continue;
            }

            int next = command.IndexOf(' ', i);
            string token = next < 0 ? command.Substring(i) : command.Substring(i, next - i);
            if (RawWords.Contains(token))
            {
                words.Add(token);
                i += token.Length;
                continue;
            }

            var word = new StringBuilder();
            while (i < command.Length && command[i] != ' ')
            {
                char c = command[i];
                if (c == '\'')
                {
                    int end = command.IndexOf('\'', i + 1);
                    Assert.IsTrue(end > i, "unterminated single quote in: " + command);
                    word.Append(command, i + 1, end - i - 1);
                    i = end + 1;
                }
                else if (c == '\\')
                {
                    Assert.IsTrue(i + 1 < command.Length, "a trailing backslash in: " + command);
                    word.Append(command[i + 1]);
                    i += 2;
                }
                else
                {
                    Assert.IsFalse("\"$`;&|<>()*?[#~{}!\t".Contains(c), $"unquoted '{c}' is shell syntax in: " + command);
                    word.Append(c);
                    i++;
                }
            }

            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Shell text the planner writes itself, unquoted on purpose: never user input.</summary>
    public static IReadOnlyCollection<string> RawWords { get; } = new HashSet<string>(StringComparer.Ordinal) { "&&", "/var/lib/apt/lists/*", "$TARGETARCH", ">", "|", "\"$CONTAINERIZE_RESTORE_PROPERTIES\"", "\"$CONTAINERIZE_PUBLISH_PROPERTIES\"" };
}
