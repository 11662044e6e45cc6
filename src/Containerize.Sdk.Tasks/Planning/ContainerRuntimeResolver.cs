using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Planning
{
    /// <summary>Ports, environment, labels, entry point and the other final-stage settings.</summary>
    public static class ContainerRuntimeResolver
    {
        public static void Resolve(ContainerSettings settings, ContainerSpec spec, ContainerSpecResult result)
        {
            ContainerRuntimeSettings runtime = settings.Runtime;
            spec.Ports = ResolvePorts(settings, result);
            spec.Entrypoint = DefaultAppCommand(settings, spec);
        }

        private static IReadOnlyList<ContainerPortSpec> ResolvePorts(ContainerSettings settings, ContainerSpecResult result)
        {
            var ports = new List<ContainerPortSpec>();
            foreach (NamedValue item in settings.Runtime.Ports)
            {
                string type = item.Value.Length == 0 ? "tcp" : item.Value.ToLowerInvariant();
                if (!int.TryParse(item.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port < 1 || port > 65535)
                {
                    result.Diagnostics.Add(SpecErrors.InvalidValue("ContainerPort", item.Name, "use a port number from 1 to 65535"));
                    continue;
                }

                if (type != "tcp" && type != "udp")
                {
                    result.Diagnostics.Add(SpecErrors.InvalidValue("ContainerPort Type", item.Value, "use tcp or udp"));
                    continue;
                }

                ports.Add(new ContainerPortSpec(port, type));
            }

            if (ports.Count == 0 && settings.UsesAspNetCore)
            {
                ports.Add(new ContainerPortSpec(8080, "tcp"));
                result.Decisions.Add("an ASP.NET Core app without ContainerPort items: EXPOSE 8080, the port the aspnet images listen on");
            }

            return ports.GroupBy(port => (port.Port, port.Protocol)).Select(group => group.First()).ToList();
        }

        private static IReadOnlyList<string> DefaultAppCommand(ContainerSettings settings, ContainerSpec spec)
        {
            if (spec.SelfContained)
            {
                return new[] { spec.WorkingDirectory.TrimEnd('/') + "/" + settings.AssemblyName };
            }

            return new[] { "dotnet", settings.AssemblyName + ".dll" };
        }
    }
}
