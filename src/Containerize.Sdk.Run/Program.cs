using System;
using System.Diagnostics;
using System.Linq;
using System.Runtime.InteropServices;

namespace Containerize.Sdk.Run
{
    /// <summary>
    /// Arguments: the client (docker or podman), the container's name, the line to print, "--", then the client's run
    /// arguments, which end with the image; dotnet run appends the app's own arguments (those after its "--"), which
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
            if (separator != 3 || args.Length < 5)
            {
                Console.Error.WriteLine("Containerize.Sdk.Run: expected <client> <container name> <message> -- <run arguments> <image> [app arguments]; ContainerizeRun passes them.");
                return 2;
            }

            string client = args[0];
            string container = args[1];
            Console.WriteLine(args[2]);
            var runArguments = args.Skip(separator + 1).ToList();
            var run = new ProcessStartInfo(client) { UseShellExecute = false };
            foreach (string argument in runArguments)
            {
                run.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(run) ?? throw new InvalidOperationException("Could not start " + client);
            Console.CancelKeyPress += (_, e) =>
            {
                // Ctrl+C: the app gets SIGINT, as it would on the host. From a terminal the client got the same signal and
                // passes it on (--sig-proxy); one sent to this process alone is passed on here. A second SIGINT does no harm.
                e.Cancel = true;
                Client(client, "kill", "--signal", "INT", container);
            };
            using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                Client(client, "stop", container);
            });

            process.WaitForExit();
            Remove(client, container);
            return process.ExitCode;
        }

        private static void Remove(string client, string container) => Client(client, "rm", "--force", container);

        private static void Client(string client, params string[] arguments)
        {
            var start = new ProcessStartInfo(client) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using Process? process = Process.Start(start);
            process?.StandardOutput.ReadToEnd();
            process?.StandardError.ReadToEnd();
            process?.WaitForExit();
        }
    }
}
