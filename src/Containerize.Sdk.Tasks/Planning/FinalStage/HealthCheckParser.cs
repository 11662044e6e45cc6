using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// ContainerHealthCheck and its options. The command is exec form, its program and arguments separated by ';'
    /// (curl;-f;http://localhost:8080/healthz; ';;' for a literal ';'), or Docker's JSON form of the same list
    /// (["curl","-f","http://localhost:8080/healthz"]): no shell runs unless the user names one
    /// (sh;-c;curl -f http://localhost:8080/ || exit 1). Interval, Timeout and StartPeriod are Go durations of at least 1ms
    /// (the engine's minimum); Retries is a whole number from 1.
    /// </summary>
    public static class HealthCheckParser
    {
        public const string CommandProperty = "ContainerHealthCheck";
        public const string IntervalProperty = "ContainerHealthCheckInterval";
        public const string TimeoutProperty = "ContainerHealthCheckTimeout";
        public const string StartPeriodProperty = "ContainerHealthCheckStartPeriod";
        public const string RetriesProperty = "ContainerHealthCheckRetries";

        private const decimal MinimumNanoseconds = 1000000m;

        public static HealthCheckSpec? Parse(FinalStageSettings runtime, Findings result)
        {
            IReadOnlyList<string> command;
            if (JsonStringArray.LooksLikeOne(runtime.HealthCheck))
            {
                IReadOnlyList<string>? parsed = JsonStringArray.Parse(runtime.HealthCheck!, out string? reason);
                if (parsed == null || parsed.Count == 0)
                {
                    result.Diagnostics.Add(Errors.InvalidHealthCheckJson(runtime.HealthCheck!, reason ?? "it names no program"));
                    return null;
                }

                command = parsed;
            }
            else
            {
                command = SemicolonList.Split(runtime.HealthCheck);
            }

            var options = new[]
            {
                (IntervalProperty, runtime.HealthCheckInterval),
                (TimeoutProperty, runtime.HealthCheckTimeout),
                (StartPeriodProperty, runtime.HealthCheckStartPeriod),
                (RetriesProperty, runtime.HealthCheckRetries),
            };

            if (command.Count == 0)
            {
                foreach (var (property, value) in options.Where(option => !string.IsNullOrWhiteSpace(option.Item2)))
                {
                    result.Diagnostics.Add(Errors.HealthCheckOptionWithoutCommand(property));
                }

                return null;
            }

            if (command[0].Any(char.IsWhiteSpace))
            {
                result.Diagnostics.Add(Errors.HealthCheckProgramWithBlanks(runtime.HealthCheck!));
            }

            return new HealthCheckSpec
            {
                Command = command,
                Interval = Duration(IntervalProperty, runtime.HealthCheckInterval, result),
                Timeout = Duration(TimeoutProperty, runtime.HealthCheckTimeout, result),
                StartPeriod = Duration(StartPeriodProperty, runtime.HealthCheckStartPeriod, result),
                Retries = Retries(runtime.HealthCheckRetries, result),
            };
        }

        private static string? Duration(string property, string? value, Findings result)
        {
            string? text = value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            decimal? nanoseconds = GoDuration.Nanoseconds(text!);
            if (nanoseconds == null || nanoseconds < MinimumNanoseconds)
            {
                result.Diagnostics.Add(Errors.InvalidDuration(property, text!));
                return null;
            }

            return GoDuration.Ascii(text!);
        }

        private static int? Retries(string? value, Findings result)
        {
            string? text = value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (!WholeNumber.TryParse(text, out int retries) || retries < 1)
            {
                result.Diagnostics.Add(Errors.InvalidRetries(text!));
                return null;
            }

            return retries;
        }
    }
}
