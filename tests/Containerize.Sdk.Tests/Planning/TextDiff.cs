using System.Text;

namespace Containerize.Sdk.Tests.Planning;

/// <summary>A line diff in the unified style (' ' same, '-' expected only, '+' actual only), for readable failures.</summary>
internal static class TextDiff
{
    public static string Lines(string expected, string actual)
    {
        string[] left = SplitLines(expected);
        string[] right = SplitLines(actual);

        // Longest common subsequence table; Dockerfiles are a few dozen lines, so the quadratic table is fine.
        int[,] common = new int[left.Length + 1, right.Length + 1];
        for (int i = left.Length - 1; i >= 0; i--)
        {
            for (int j = right.Length - 1; j >= 0; j--)
            {
                common[i, j] = left[i] == right[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var diff = new StringBuilder();
        int l = 0;
        int r = 0;
        while (l < left.Length || r < right.Length)
        {
            if (l < left.Length && r < right.Length && left[l] == right[r])
            {
                diff.Append("  ").Append(Visible(left[l])).Append('\n');
                l++;
                r++;
            }
            else if (l < left.Length && (r == right.Length || common[l + 1, r] >= common[l, r + 1]))
            {
                diff.Append("- ").Append(Visible(left[l])).Append('\n');
                l++;
            }
            else
            {
                diff.Append("+ ").Append(Visible(right[r])).Append('\n');
                r++;
            }
        }

        return diff.ToString();
    }

    /// <summary>Splits on '\n' only, keeping a final empty element when the text ends with a line break, so a missing last newline shows.</summary>
    private static string[] SplitLines(string text) => text.Split('\n');

    /// <summary>Carriage returns and tabs are invisible in a test report: show them.</summary>
    private static string Visible(string line) => line.Replace("\r", "\\r").Replace("\t", "\\t");
}
