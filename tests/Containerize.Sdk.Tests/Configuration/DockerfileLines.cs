using System.Text;
using System.Text.Json;

namespace Containerize.Sdk.Tests.Configuration;

/// <summary>
/// Reads generated Dockerfile lines back the way the engine does, so tests can check that a value means exactly what
/// it was: ENV and LABEL pairs with the engine's double-quote rules (a backslash escapes only '"', '$' and itself),
/// exec forms as JSON arrays.
/// </summary>
internal static class DockerfileLines
{
    public static readonly IReadOnlySet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "FROM", "RUN", "COPY", "WORKDIR", "ENV", "LABEL", "EXPOSE", "HEALTHCHECK", "STOPSIGNAL", "USER", "ENTRYPOINT", "CMD", "ARG",
    };

    public static IReadOnlyList<string> Lines(string dockerfile) =>
        dockerfile.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

    public static string Keyword(string line) => line.Split(' ')[0];

    /// <summary>The lines with the keyword, without it.</summary>
    public static IReadOnlyList<string> Arguments(string dockerfile, string keyword) =>
        Lines(dockerfile).Where(line => Keyword(line) == keyword).Select(line => line.Substring(keyword.Length + 1)).ToList();

    public static string[] JsonArray(string text) => JsonSerializer.Deserialize<string[]>(text)!;

    /// <summary>The pairs of an ENV or LABEL line: key=value, each part bare or double-quoted.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Pairs(string text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        int i = 0;
        while (i < text.Length)
        {
            string key = Word(text, ref i, stopAtEquals: true);
            Assert.AreEqual('=', text[i], "Expected '=' at " + i + " in: " + text);
            i++;
            string value = Word(text, ref i, stopAtEquals: false);
            pairs.Add(new KeyValuePair<string, string>(key, value));
            if (i < text.Length)
            {
                Assert.AreEqual(' ', text[i], "Expected a blank between pairs at " + i + " in: " + text);
                i++;
            }
        }

        return pairs;
    }

    private static string Word(string text, ref int i, bool stopAtEquals)
    {
        var word = new StringBuilder();
        if (text[i] != '"')
        {
            while (i < text.Length && text[i] != ' ' && !(stopAtEquals && text[i] == '='))
            {
                Assert.IsFalse(text[i] == '\\' || text[i] == '$' || text[i] == '\'', "An unquoted word holds a character the engine interprets: " + text);
                word.Append(text[i++]);
            }

            return word.ToString();
        }

        i++;
        while (text[i] != '"')
        {
            if (text[i] == '\\' && (text[i + 1] == '"' || text[i + 1] == '$' || text[i + 1] == '\\'))
            {
                i++;
            }
            else
            {
                Assert.AreNotEqual('$', text[i], "An unescaped '$' would be expanded: " + text);
            }

            word.Append(text[i++]);
        }

        i++;
        return word.ToString();
    }
}
