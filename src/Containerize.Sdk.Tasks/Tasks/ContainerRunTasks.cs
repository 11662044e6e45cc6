using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Images;
using Containerize.Sdk.Processes;
using Containerize.Sdk.Running;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// ContainerizeRun, after the image is built: removes the container a previous run left (a second run replaces the
    /// first), chooses the host ports, and gives the command that runs the app's container: the launcher
    /// (tools/run/Containerize.Sdk.Run.dll) under DotnetHostPath, which prints where the app answers and runs the
    /// container in the foreground. PrepareContainerRun hands it to dotnet run; RunContainer runs it.
    /// </summary>
    public abstract class ContainerRunTask : Task
    {
        /// <summary>ProbeContainerBuilder's BuilderKind: docker or podman; none cannot run a container.</summary>
        public string? BuilderKind { get; set; }

        public string? BuilderPath { get; set; }

        /// <summary>ContainerizeDockerContext: the docker context every client command names (--context); empty for the client's own.</summary>
        public string? DockerContext { get; set; }

        [Required]
        public string ImageName { get; set; } = "";

        /// <summary>The image's tags; the first is run.</summary>
        public string[]? ImageTags { get; set; }

        /// <summary>GenerateDockerfile's Ports: port/protocol, such as 8080/tcp.</summary>
        public string[]? Ports { get; set; }

        /// <summary>Properties/launchSettings.json, whose profiles name the variables passed to the app; may not exist.</summary>
        public string? LaunchSettingsFile { get; set; }

        /// <summary>The dotnet that runs the launcher (DOTNET_HOST_PATH).</summary>
        [Required]
        public string DotnetHostPath { get; set; } = "";

        [Required]
        public string LauncherPath { get; set; } = "";

        /// <summary>The launcher's arguments, after DotnetHostPath; null after logging an error.</summary>
        protected IReadOnlyList<string>? Prepare(out string containerName)
        {
            containerName = ContainerRun.ContainerName(ImageName);
            if (string.Equals(BuilderKind, "none", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(BuilderPath))
            {
                TaskItems.Log(Log, Errors.RunNeedsEngine());
                return null;
            }

            var decisions = new List<string>();
            IReadOnlyList<string> variables;
            try
            {
                variables = string.IsNullOrEmpty(LaunchSettingsFile) || !File.Exists(LaunchSettingsFile)
                    ? new string[0]
                    : ContainerRun.LaunchProfileVariables(File.ReadAllBytes(LaunchSettingsFile), decisions);
            }
            catch (Exception exception) when (exception is FormatException || exception is IOException || exception is UnauthorizedAccessException)
            {
                TaskItems.Log(Log, Errors.LaunchSettingsUnreadable(LaunchSettingsFile!, exception.Message), LaunchSettingsFile);
                return null;
            }

            string image = ClientKinds.References(ImageName, ImageTags)[0];
            string container = containerName;

            // A second run replaces the first: the container of an earlier run of this app, if any is left, goes first.
            ProbeOutput removed = RemoveContainer(container);
            decisions.Add("removed any container named " + container + " (" + (removed.ExitCode == 0 ? "done" : removed.StandardError.Trim()) + ")");

            // After the removal: the ports the first run held are free again.
            IReadOnlyList<PublishedPort> ports = ContainerRun.PublishPorts((Ports ?? new string[0]).Select(ParsePort).Where(port => port.Port > 0), IsFree, AnyFreePort);
            decisions.Add("the app's variables from the launch profile: " + (variables.Count == 0 ? "none" : string.Join(", ", variables)));
            foreach (string decision in decisions)
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: " + decision);
            }

            var launcher = new List<string> { "exec", LauncherPath, BuilderPath!, container, ContainerRun.Banner(image, container, ports) };
            launcher.AddRange(Client.GlobalArguments);
            launcher.Add("--");
            launcher.AddRange(ContainerRun.RunArguments(container, ports, variables, image));
            return launcher;
        }

        protected ProbeOutput RemoveContainer(string container) =>
            ProbeOutput.Run(Client.Command(new[] { "rm", "--force", container }), TimeSpan.FromSeconds(60));

        private ContainerClient Client => new ContainerClient(BuilderPath!, DockerContext);

        private static (int Port, string Protocol) ParsePort(string value)
        {
            string[] parts = value.Trim().Split('/');
            return int.TryParse(parts[0], out int port) ? (port, parts.Length > 1 ? parts[1].ToLowerInvariant() : "tcp") : (0, "");
        }

        private static bool IsFree(int port)
        {
            try
            {
                var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                listener.Stop();
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }

        private static int AnyFreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }

    /// <summary>ContainerizeRun under dotnet run: the launcher becomes its RunCommand and RunArguments.</summary>
    public sealed class PrepareContainerRun : ContainerRunTask
    {
        [Output]
        public string RunCommand { get; set; } = "";

        [Output]
        public string RunArguments { get; set; } = "";

        public override bool Execute()
        {
            IReadOnlyList<string>? launcher = Prepare(out _);
            if (launcher == null)
            {
                return false;
            }

            RunCommand = DotnetHostPath;
            RunArguments = ArgumentQuoter.Join(launcher);
            Log.LogMessage(MessageImportance.Low, "Containerize: dotnet run starts " + RunCommand + " " + RunArguments);
            return true;
        }
    }

    /// <summary>
    /// dotnet build -t:ContainerizeRun: runs the launcher until the app exits, each line of its output at high importance.
    /// Ctrl+C (MSBuild's cancel) removes the container. An app that exits with another code than 0 fails the build (CTZ3035).
    /// </summary>
    public sealed class RunContainer : ContainerRunTask, ICancelableTask
    {
        private readonly System.Threading.CancellationTokenSource _cancellation = new System.Threading.CancellationTokenSource();

        public void Cancel() => _cancellation.Cancel();

        public override bool Execute()
        {
            IReadOnlyList<string>? launcher = Prepare(out string container);
            if (launcher == null)
            {
                return false;
            }

            ProcessRunResult run = ProcessRunner.Run(
                new ClientCommand(DotnetHostPath, launcher),
                line => Log.LogMessage(MessageImportance.High, line.Text),
                timeout: null,
                _cancellation.Token);
            if (_cancellation.IsCancellationRequested)
            {
                RemoveContainer(container);
                Log.LogMessage(MessageImportance.High, "Containerize: stopped and removed the container " + container + ".");
                return false;
            }

            if (run.ExitCode != 0)
            {
                TaskItems.Log(Log, Errors.RunExited(container, run.ExitCode));
                return false;
            }

            return true;
        }
    }
}
