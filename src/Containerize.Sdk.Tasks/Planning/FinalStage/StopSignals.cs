using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// ContainerStopSignal: a Linux signal name the engine knows (with or without SIG, any case) or a number from 1 to 64.
    /// Names are written as SIGNAME, numbers as they are.
    /// </summary>
    public static class StopSignals
    {
        private static readonly HashSet<string> Names = new HashSet<string>(
            new[]
            {
                "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT", "KILL", "PIPE", "POLL",
                "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM", "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1",
                "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ", "RTMIN", "RTMAX",
            }
            .Concat(Enumerable.Range(1, 15).Select(n => "RTMIN+" + n.ToString(CultureInfo.InvariantCulture)))
            .Concat(Enumerable.Range(1, 14).Select(n => "RTMAX-" + n.ToString(CultureInfo.InvariantCulture))),
            StringComparer.Ordinal);

        public static string? Parse(string? value, Findings result)
        {
            string? text = value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (WholeNumber.TryParse(text, out int number))
            {
                if (number >= 1 && number <= 64)
                {
                    return number.ToString(CultureInfo.InvariantCulture);
                }
            }
            else
            {
                string name = text!.ToUpperInvariant();
                name = name.StartsWith("SIG", StringComparison.Ordinal) ? name.Substring(3) : name;
                if (Names.Contains(name))
                {
                    return "SIG" + name;
                }
            }

            result.Diagnostics.Add(Errors.UnknownStopSignal(text!));
            return null;
        }
    }
}
