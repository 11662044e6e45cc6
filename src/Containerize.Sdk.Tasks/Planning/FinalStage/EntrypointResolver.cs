using System;
using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// ENTRYPOINT and CMD with the .NET SDK's meaning of ContainerAppCommand, ContainerAppCommandArgs,
    /// ContainerDefaultArgs and ContainerAppCommandInstruction, always in exec (JSON) form:
    /// Entrypoint (the default): ENTRYPOINT = command + args, CMD = default args (what `docker run IMAGE x` replaces);
    /// DefaultArgs: no ENTRYPOINT (the base image's stays), CMD = command + args + default args;
    /// None: no app command at all, CMD = default args.
    /// </summary>
    public static class EntrypointResolver
    {
        public const string Entrypoint = "Entrypoint";
        public const string DefaultArgs = "DefaultArgs";
        public const string None = "None";

        public static (IReadOnlyList<string> Entrypoint, IReadOnlyList<string> Command) Resolve(FinalStageSettings runtime, FinalStageFacts facts, Findings result)
        {
            string instruction = Instruction(runtime.AppCommandInstruction, result);
            IReadOnlyList<string> defaultArgs = runtime.DefaultArgs;
            if (instruction == None)
            {
                var given = new List<string>();
                if (runtime.AppCommand.Count > 0)
                {
                    given.Add("ContainerAppCommand");
                }

                if (runtime.AppCommandArgs.Count > 0)
                {
                    given.Add("ContainerAppCommandArgs");
                }

                if (given.Count > 0)
                {
                    result.Diagnostics.Add(Errors.AppCommandWithInstructionNone(string.Join(" and ", given) + (given.Count == 1 ? " is" : " are")));
                }

                return (new string[0], defaultArgs.ToList());
            }

            IReadOnlyList<string> command = runtime.AppCommand.Count > 0 ? runtime.AppCommand : DefaultAppCommand(facts, result);
            List<string> appCommand = command.Concat(runtime.AppCommandArgs).ToList();
            if (instruction == DefaultArgs)
            {
                return (new string[0], appCommand.Concat(defaultArgs).ToList());
            }

            return (appCommand, defaultArgs.ToList());
        }

        private static string Instruction(string? value, Findings result)
        {
            string? text = value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return Entrypoint;
            }

            foreach (string known in new[] { Entrypoint, DefaultArgs, None })
            {
                if (string.Equals(text, known, StringComparison.OrdinalIgnoreCase))
                {
                    return known;
                }
            }

            result.Diagnostics.Add(Errors.InvalidAppCommandInstruction(text!));
            return Entrypoint;
        }

        /// <summary>dotnet App.dll for a framework-dependent app; the native executable in the working directory otherwise.</summary>
        private static IReadOnlyList<string> DefaultAppCommand(FinalStageFacts facts, Findings result)
        {
            if (facts.SelfContained)
            {
                string executable = facts.WorkingDirectory.TrimEnd('/') + "/" + facts.AssemblyName;
                result.Decisions.Add("ContainerAppCommand is not set: " + executable + ", the app's own executable (self-contained)");
                return new[] { executable };
            }

            result.Decisions.Add("ContainerAppCommand is not set: dotnet " + facts.AssemblyName + ".dll");
            return new[] { "dotnet", facts.AssemblyName + ".dll" };
        }
    }
}
