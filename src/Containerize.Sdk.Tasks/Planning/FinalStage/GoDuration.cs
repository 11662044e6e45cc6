using System.Globalization;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// Durations in the syntax of Go's time.ParseDuration, which the engine uses for HEALTHCHECK options: a sequence of
    /// decimal numbers, each with a unit (ns, us, µs, ms, s, m, h), such as 30s, 1m30s or 1.5h, or a bare 0.
    /// </summary>
    public static class GoDuration
    {
        private const decimal MaxNanoseconds = long.MaxValue;

        private static readonly Regex Syntax = new Regex(@"^(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$", RegexOptions.CultureInvariant);

        private static readonly Regex Part = new Regex(@"(\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)", RegexOptions.CultureInvariant);

        /// <summary>The length in nanoseconds, or null when the text is not a Go duration (or overflows it).</summary>
        public static decimal? Nanoseconds(string text)
        {
            if (!Syntax.IsMatch(text))
            {
                return null;
            }

            decimal total = 0;
            foreach (Match part in Part.Matches(text))
            {
                decimal number = decimal.Parse(part.Groups[1].Value.TrimEnd('.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                total += number * UnitNanoseconds(part.Groups[3].Value);
                if (total > MaxNanoseconds)
                {
                    return null;
                }
            }

            return total;
        }

        /// <summary>The same duration written with ASCII units only (us for µs).</summary>
        public static string Ascii(string text) => text.Replace("µs", "us").Replace("μs", "us");

        private static decimal UnitNanoseconds(string unit)
        {
            switch (unit)
            {
                case "ns": return 1m;
                case "ms": return 1000000m;
                case "s": return 1000000000m;
                case "m": return 60000000000m;
                case "h": return 3600000000000m;
                default: return 1000m;
            }
        }
    }
}
