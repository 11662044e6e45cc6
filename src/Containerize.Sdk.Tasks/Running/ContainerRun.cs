using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.Running
{
    /// <summary>
    /// ContainerizeRun (docs/ide.md): the container dotnet run starts in the app's place. One container per image
    /// repository, so a second run replaces the first and two apps never share a name; each ContainerPort published on
    /// 127.0.0.1, on its own number when that is free; the launch profile's variables passed by name, so the values
    /// dotnet run sets from the profile it chose reach the app.
    /// </summary>
    public static class ContainerRun
    {
        /// <summary>
        /// Variables a launch profile may set that would move the app off the container's ports (dotnet run itself sets
        /// ASPNETCORE_URLS from applicationUrl, with the host's localhost URLs): never passed.
        /// </summary>
        public static readonly IReadOnlyList<string> PortVariables = new[]
        {
            "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "HTTP_PORTS", "HTTPS_PORTS", "URLS",
        };

        /// <summary>The image repository made a container name: contoso/web-api becomes contoso-web-api-run.</summary>
        public static string ContainerName(string imageName)
        {
            var name = new StringBuilder();
            foreach (char c in imageName.Trim().ToLowerInvariant())
            {
                name.Append(char.IsLetterOrDigit(c) && c < 128 || c == '_' || c == '.' || c == '-' ? c : '-');
            }

            return name.ToString().Trim('-', '.', '_') + "-run";
        }

        /// <summary>Each container port with the host port it is published on: its own number when free, else a free one.</summary>
        /// <param name="isFree">Whether 127.0.0.1 has nothing listening on the port.</param>
        /// <param name="anyFreePort">A port 127.0.0.1 has free, chosen by the system.</param>
        public static IReadOnlyList<PublishedPort> PublishPorts(IEnumerable<(int Port, string Protocol)> ports, Func<int, bool> isFree, Func<int> anyFreePort)
        {
            var published = new List<PublishedPort>();
            foreach ((int port, string protocol) in ports)
            {
                int host = isFree(port) && !published.Any(taken => taken.HostPort == port) ? port : anyFreePort();
                published.Add(new PublishedPort(host, port, protocol));
            }

            return published;
        }

        /// <summary>
        /// The names of the variables the launch profiles dotnet run can choose set (commandName Project), except the
        /// ones that would move the app off its ports; none when the file has no profiles.
        /// </summary>
        /// <exception cref="FormatException">The file is not JSON.</exception>
        public static IReadOnlyList<string> LaunchProfileVariables(byte[] launchSettings, List<string> decisions)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (XElement profile in JsonFile.Members(JsonFile.Member(JsonFile.Parse(launchSettings), "profiles")))
            {
                if (JsonFile.Text(profile, "commandName") != "Project")
                {
                    continue;
                }

                foreach (XElement variable in JsonFile.Members(JsonFile.Member(profile, "environmentVariables")))
                {
                    string name = JsonFile.Key(variable);
                    if (PortVariables.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        decisions.Add("the launch profile " + JsonFile.Key(profile) + " sets " + name + ", which the container does not get: it listens on its ContainerPort(s)");
                    }
                    else if (IsVariableName(name))
                    {
                        names.Add(name);
                    }
                }
            }

            return names.ToList();
        }

        /// <summary>The client's run arguments, ending with the image, so the app's own arguments can follow.</summary>
        public static IReadOnlyList<string> RunArguments(string containerName, IEnumerable<PublishedPort> ports, IEnumerable<string> variables, string image)
        {
            var arguments = new List<string> { "run", "--rm", "--name", containerName };
            foreach (PublishedPort port in ports)
            {
                arguments.Add("--publish");
                arguments.Add("127.0.0.1:" + port.HostPort + ":" + port.ContainerPort + "/" + port.Protocol);
            }

            foreach (string variable in variables)
            {
                arguments.Add("--env");
                arguments.Add(variable);
            }

            arguments.Add(image);
            return arguments;
        }

        /// <summary>The line printed before the app starts: where it answers, and how to stop it.</summary>
        public static string Banner(string image, string containerName, IReadOnlyList<PublishedPort> ports)
        {
            string where = ports.Count == 0
                ? "it publishes no port"
                : string.Join(", ", ports.Select(port => (port.Protocol == "tcp" ? "http://127.0.0.1:" + port.HostPort : "127.0.0.1:" + port.HostPort + "/" + port.Protocol) + " -> " + port.ContainerPort + "/" + port.Protocol));
            return "Containerize: running " + image + " as container " + containerName + ": " + where + ". Ctrl+C stops and removes it.";
        }

        private static bool IsVariableName(string name) =>
            name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_'));
    }

    public sealed class PublishedPort
    {
        public PublishedPort(int hostPort, int containerPort, string protocol)
        {
            HostPort = hostPort;
            ContainerPort = containerPort;
            Protocol = protocol;
        }

        public int HostPort { get; }

        public int ContainerPort { get; }

        public string Protocol { get; }
    }
}
