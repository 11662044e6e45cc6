using System;
using System.Diagnostics;
using System.Linq;
using System.Runtime.InteropServices;

namespace Containerize.Sdk.Run
{
    /// <summary>
    /// Arguments: the client (docker or podman), the container's name, the line to print, the client's own leading
    /// arguments for every command (such as --context NAME; often none), "--", then the client's run arguments, which
    /// end with the image; dotnet run appends the app's own arguments (those after its "--"), which
    /// so follow the image and reach the app.
    /// The container runs attached, with --rm: Ctrl+C reaches the client with the rest of the terminal's process group,
    /// and the client passes it on to the app (--sig-proxy, the default); this process passes its own SIGINT on too.
    /// SIGTERM, which dotnet run passes on to this process, stops the container. Whatever ends this process, the
    /// container is removed before it exits.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            int separator = Array.IndexOf(args, "--");
            if (separator < 3 || args.Length < separator + 2)
            {
                Console.Error.WriteLine("Containerize.Sdk.Run: expected <client> <container name> <message> [client arguments] -- <run arguments> <image> [app arguments]; ContainerizeRun passes them.");
                return 2;
            }

            var client = new Client(args[0], args.Skip(3).Take(separator - 3).ToArray());
            string container = args[1];
            Console.WriteLine(args[2]);
            var runArguments = args.Skip(separator + 1).ToList();
            using Process process = Process.Start(client.StartInfo(runArguments, redirect: false)) ?? throw new InvalidOperationException("Could not start " + client.Path);
            Console.CancelKeyPress += (_, e) =>
            {
                // Ctrl+C: the app gets SIGINT, as it would on the host. From a terminal the client got the same signal and
                // passes it on (--sig-proxy); one sent to this process alone is passed on here. A second SIGINT does no harm.
                e.Cancel = true;
                client.Run("kill", "--signal", "INT", container);
            };
            using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                client.Run("stop", container);
            });

            process.WaitForExit();
            client.Run("rm", "--force", container);
            return process.ExitCode;
        }

        /// <summary>The client, with the arguments that go before each of its commands.</summary>
        private sealed record Client(string Path, string[] LeadingArguments)
        {
            public ProcessStartInfo StartInfo(System.Collections.Generic.IEnumerable<string> arguments, bool redirect)
            {
                var start = new ProcessStartInfo(Path) { UseShellExecute = false, RedirectStandardOutput = redirect, RedirectStandardError = redirect };
                foreach (string argument in LeadingArguments.Concat(arguments))
                {
                    start.ArgumentList.Add(argument);
                }

                return start;
            }

            /// <summary>Runs a short command to its end, its output discarded.</summary>
            public void Run(params string[] arguments)
            {
                using Process? process = Process.Start(StartInfo(arguments, redirect: true));
                process?.StandardOutput.ReadToEnd();
                process?.StandardError.ReadToEnd();
                process?.WaitForExit();
            }
        }
    }
}
