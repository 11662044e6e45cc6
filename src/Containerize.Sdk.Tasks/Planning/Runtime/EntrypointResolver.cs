using System;
using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Planning.Runtime
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

        public static void Resolve(ContainerRuntimeSettings runtime, ContainerSpec spec, ContainerSpecResult result)
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

                spec.Entrypoint = new string[0];
                spec.Command = defaultArgs.ToList();
                return;
            }

            IReadOnlyList<string> command = runtime.AppCommand.Count > 0 ? runtime.AppCommand : DefaultAppCommand(spec, result);
            List<string> appCommand = command.Concat(runtime.AppCommandArgs).ToList();
            if (instruction == DefaultArgs)
            {
                spec.Entrypoint = new string[0];
                spec.Command = appCommand.Concat(defaultArgs).ToList();
                return;
            }

            spec.Entrypoint = appCommand;
            spec.Command = defaultArgs.ToList();
        }

        private static string Instruction(string? value, ContainerSpecResult result)
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
        private static IReadOnlyList<string> DefaultAppCommand(ContainerSpec spec, ContainerSpecResult result)
        {
            if (spec.SelfContained)
            {
                string executable = spec.WorkingDirectory.TrimEnd('/') + "/" + spec.AssemblyName;
                result.Decisions.Add("ContainerAppCommand is not set: " + executable + ", the app's own executable (self-contained)");
                return new[] { executable };
            }

            result.Decisions.Add("ContainerAppCommand is not set: dotnet " + spec.AssemblyName + ".dll");
            return new[] { "dotnet", spec.AssemblyName + ".dll" };
        }
    }
}
