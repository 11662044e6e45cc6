using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Planning.Runtime;

namespace Containerize.Sdk.Planning
{
    /// <summary>
    /// Ports, environment, labels, entry point, health check, stop signal, OS packages and extra files: validates each
    /// final-stage setting and maps it onto the spec. Every invalid value adds a coded error; the spec is then not used.
    /// </summary>
    public static class ContainerRuntimeResolver
    {
        public static void Resolve(ContainerSettings settings, ContainerSpec spec, ContainerSpecResult result)
        {
            ContainerRuntimeSettings runtime = settings.Runtime;
            spec.EnvironmentVariables = EnvironmentVariableParser.Parse(runtime, result);
            spec.Ports = ResolvePorts(settings, spec.EnvironmentVariables, result);
            ResolveLabels(runtime, spec, result);
            EntrypointResolver.Resolve(runtime, spec, result);
            spec.HealthCheck = HealthCheckParser.Parse(runtime, result);
            spec.StopSignal = StopSignals.Parse(runtime.StopSignal, result);
            spec.OsPackages = OsPackageNames.Parse(runtime.OsPackages, spec, result);
            spec.Files = ContainerFileResolver.Resolve(runtime.Files, spec.UseBuildKit, result);
        }

        private static IReadOnlyList<ContainerPortSpec> ResolvePorts(ContainerSettings settings, IReadOnlyList<KeyValuePair<string, string>> environment, ContainerSpecResult result)
        {
            var ports = new List<ContainerPortSpec>();
            foreach (NamedValue item in settings.Runtime.Ports)
            {
                string type = item.Value.Length == 0 ? "tcp" : item.Value.ToLowerInvariant();
                if (!WholeNumber.TryParse(item.Name, out int port) || port < 1 || port > 65535)
                {
                    result.Diagnostics.Add(Errors.InvalidValue("ContainerPort", item.Name, "use a port number from 1 to 65535"));
                    continue;
                }

                if (type != "tcp" && type != "udp")
                {
                    result.Diagnostics.Add(Errors.InvalidValue("ContainerPort Type", item.Value, "use tcp or udp"));
                    continue;
                }

                ports.Add(new ContainerPortSpec(port, type));
            }

            if (settings.Runtime.Ports.Count == 0)
            {
                ports.AddRange(DefaultPorts(settings, environment, result));
            }

            // A string key, not GroupBy on a tuple: LINQ over value tuples is slow to load on a no-op publish (issue 7).
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            var distinct = new List<ContainerPortSpec>();
            foreach (ContainerPortSpec port in ports)
            {
                if (seen.Add(port.Port.ToString(CultureInfo.InvariantCulture) + "/" + port.Protocol))
                {
                    distinct.Add(port);
                }
            }

            return distinct;
        }

        private static IEnumerable<ContainerPortSpec> DefaultPorts(ContainerSettings settings, IReadOnlyList<KeyValuePair<string, string>> environment, ContainerSpecResult result)
        {
            IReadOnlyList<int>? fromEnvironment = AspNetCorePorts.FromEnvironment(environment, result);
            if (fromEnvironment != null)
            {
                result.Decisions.Add("no ContainerPort items: EXPOSE " + string.Join(", ", fromEnvironment) + " from the ASPNETCORE_* environment variables");
                return fromEnvironment.Select(port => new ContainerPortSpec(port, "tcp"));
            }

            if (settings.UsesAspNetCore)
            {
                result.Decisions.Add("an ASP.NET Core app without ContainerPort items: EXPOSE 8080, the port the aspnet images listen on");
                return new[] { new ContainerPortSpec(8080, "tcp") };
            }

            return new ContainerPortSpec[0];
        }

        /// <summary>Generated OCI labels first, then the user's, which replace a generated label of the same key.</summary>
        private static void ResolveLabels(ContainerRuntimeSettings runtime, ContainerSpec spec, ContainerSpecResult result)
        {
            bool generate = OciLabels.ShouldGenerate(runtime.GenerateLabels, result);
            IReadOnlyList<KeyValuePair<string, string>> user = ContainerLabels.Parse(runtime.Labels, result);
            var userKeys = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> label in user)
            {
                userKeys.Add(label.Key);
            }

            if (!generate)
            {
                result.Decisions.Add("ContainerGenerateLabels is false: only ContainerLabel items are written");
                spec.Labels = user;
                spec.VolatileLabels = new KeyValuePair<string, string>[0];
                return;
            }

            var labels = WithoutKeys(OciLabels.Stable(runtime.LabelSources, spec.BaseImage), userKeys);
            labels.AddRange(user);
            spec.Labels = labels;
            spec.VolatileLabels = WithoutKeys(OciLabels.Volatile(runtime.Created), userKeys);
        }

        /// <summary>A loop, not Where/Concat over KeyValuePair: LINQ over value types is slow to load on a no-op publish (issue 7).</summary>
        private static List<KeyValuePair<string, string>> WithoutKeys(IEnumerable<KeyValuePair<string, string>> labels, HashSet<string> keys)
        {
            var kept = new List<KeyValuePair<string, string>>();
            foreach (KeyValuePair<string, string> label in labels)
            {
                if (!keys.Contains(label.Key))
                {
                    kept.Add(label);
                }
            }

            return kept;
        }
    }
}
