using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// Ports, environment, labels, entry point, health check, stop signal, OS packages and extra files: validates each
    /// final-stage setting and gives the final stage's part of the spec. Every invalid value adds a coded error; the spec
    /// is then not used.
    /// </summary>
    public static class FinalStageResolver
    {
        public static FinalStageSpec Resolve(FinalStageSettings settings, FinalStageFacts facts, Findings result)
        {
            IReadOnlyList<KeyValuePair<string, string>> environment = EnvironmentVariableParser.Parse(settings, result);
            (IReadOnlyList<KeyValuePair<string, string>> labels, IReadOnlyList<KeyValuePair<string, string>> volatileLabels) = ResolveLabels(settings, facts, result);
            (IReadOnlyList<string> entrypoint, IReadOnlyList<string> command) = EntrypointResolver.Resolve(settings, facts, result);
            return new FinalStageSpec
            {
                EnvironmentVariables = environment,
                Ports = ResolvePorts(settings, facts.UsesAspNetCore, environment, result),
                Labels = labels,
                VolatileLabels = volatileLabels,
                Entrypoint = entrypoint,
                Command = command,
                HealthCheck = HealthCheckParser.Parse(settings, result),
                StopSignal = StopSignals.Parse(settings.StopSignal, result),
                OsPackages = OsPackageNames.Parse(settings.OsPackages, facts.BaseImage, facts.PackageManager, result),
                Files = ContainerFileResolver.Resolve(settings.Files, facts.ContextDirectory, facts.UseBuildKit, result),
            };
        }

        private static IReadOnlyList<ContainerPortSpec> ResolvePorts(FinalStageSettings settings, bool usesAspNetCore, IReadOnlyList<KeyValuePair<string, string>> environment, Findings result)
        {
            var ports = new List<ContainerPortSpec>();
            foreach (NamedValue item in settings.Ports)
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

            if (settings.Ports.Count == 0)
            {
                ports.AddRange(DefaultPorts(usesAspNetCore, environment, result));
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

        private static IEnumerable<ContainerPortSpec> DefaultPorts(bool usesAspNetCore, IReadOnlyList<KeyValuePair<string, string>> environment, Findings result)
        {
            IReadOnlyList<int>? fromEnvironment = AspNetCorePorts.FromEnvironment(environment, result);
            if (fromEnvironment != null)
            {
                result.Decisions.Add("no ContainerPort items: EXPOSE " + string.Join(", ", fromEnvironment) + " from the ASPNETCORE_* environment variables");
                return fromEnvironment.Select(port => new ContainerPortSpec(port, "tcp"));
            }

            if (usesAspNetCore)
            {
                result.Decisions.Add("an ASP.NET Core app without ContainerPort items: EXPOSE 8080, the port the aspnet images listen on");
                return new[] { new ContainerPortSpec(8080, "tcp") };
            }

            return new ContainerPortSpec[0];
        }

        /// <summary>Generated OCI labels first, then the user's, which replace a generated label of the same key.</summary>
        private static (IReadOnlyList<KeyValuePair<string, string>> Stable, IReadOnlyList<KeyValuePair<string, string>> Volatile) ResolveLabels(FinalStageSettings settings, FinalStageFacts facts, Findings result)
        {
            bool generate = OciLabels.ShouldGenerate(settings.GenerateLabels, result);
            IReadOnlyList<KeyValuePair<string, string>> user = ContainerLabels.Parse(settings.Labels, result);
            var userKeys = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> label in user)
            {
                userKeys.Add(label.Key);
            }

            if (!generate)
            {
                result.Decisions.Add("ContainerGenerateLabels is false: only ContainerLabel items are written");
                return (user, new KeyValuePair<string, string>[0]);
            }

            var generated = new List<KeyValuePair<string, string>>(OciLabels.Stable(settings.LabelSources, facts.BaseImage));
            if (facts.SbomPath != null)
            {
                generated.Add(new KeyValuePair<string, string>(Sbom.CycloneDxDocument.Label, facts.SbomPath));
            }

            var labels = WithoutKeys(generated, userKeys);
            labels.AddRange(user);
            return (labels, WithoutKeys(OciLabels.Volatile(settings.Created, settings.SourceDateEpoch), userKeys));
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
