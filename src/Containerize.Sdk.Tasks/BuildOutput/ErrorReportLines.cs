using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.BuildOutput
{
    /// <summary>
    /// Picks the output lines an error message repeats: the last ones that say something. Blank lines and the builders'
    /// bookkeeping (BuildKit's digests and DONE/CACHED, the legacy builder's layer ids) only push the cause out of view.
    /// </summary>
    public static class ErrorReportLines
    {
        public const int DefaultCount = 15;

        private static readonly Regex Bookkeeping = new Regex(
            @"^(?:#\d+ sha256:[0-9a-f]+$|#\d+ DONE \d|#\d+ CACHED$| ---> |Removing intermediate container |--> (?:Using cache )?[0-9a-f]+$)",
            RegexOptions.CultureInvariant);

        public static IReadOnlyList<string> Select(IReadOnlyList<string> lastLines, int count = DefaultCount)
        {
            List<string> useful = lastLines.Where(line => line.Trim().Length > 0 && !Bookkeeping.IsMatch(line)).ToList();
            return useful.Skip(useful.Count > count ? useful.Count - count : 0).ToList();
        }
    }
}
