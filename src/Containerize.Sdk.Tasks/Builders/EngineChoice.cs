using System;
using System.IO;
using System.Xml.Linq;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.Builders
{
    /// <summary>
    /// Which engine a client command goes to, in the client's own order: docker's <c>--context</c>, then DOCKER_HOST,
    /// DOCKER_CONTEXT, the current context in the client's config.json; podman's CONTAINER_HOST, then
    /// CONTAINER_CONNECTION. The up-to-date check keeps it, so an image built on one engine is never taken for one on
    /// another.
    /// </summary>
    public static class EngineChoice
    {
        /// <param name="kind">docker or podman, as ProbeContainerBuilder names it.</param>
        /// <param name="dockerContext">ContainerizeDockerContext; null or empty for none.</param>
        /// <param name="variable">Reads an environment variable.</param>
        /// <returns>One line such as "docker context remote", "DOCKER_HOST=tcp://…" or "docker context default".</returns>
        public static string Describe(string kind, string? dockerContext, Func<string, string?> variable)
        {
            if (string.Equals(kind, "podman", StringComparison.OrdinalIgnoreCase))
            {
                return FirstSet(variable, "CONTAINER_HOST", "CONTAINER_CONNECTION") ?? "podman default connection";
            }

            if (!string.IsNullOrWhiteSpace(dockerContext))
            {
                return "docker context " + dockerContext!.Trim();
            }

            return FirstSet(variable, "DOCKER_HOST", "DOCKER_CONTEXT")
                ?? "docker context " + (ConfiguredContext(variable) ?? "default");
        }

        private static string? FirstSet(Func<string, string?> variable, params string[] names)
        {
            foreach (string name in names)
            {
                string? value = variable(name);
                if (!string.IsNullOrEmpty(value))
                {
                    return name + "=" + value;
                }
            }

            return null;
        }

        /// <summary>The context 'docker context use' chose, from DOCKER_CONFIG's (or ~/.docker's) config.json; null when none.</summary>
        private static string? ConfiguredContext(Func<string, string?> variable)
        {
            string? folder = variable("DOCKER_CONFIG");
            if (string.IsNullOrEmpty(folder))
            {
                string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
                folder = Path.Combine(home, ".docker");
            }

            string file = Path.Combine(folder!, "config.json");
            try
            {
                string? current = File.Exists(file) ? JsonFile.Load(file).Element("currentContext")?.Value : null;
                return string.IsNullOrEmpty(current) ? null : current;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is FormatException)
            {
                return null;
            }
        }
    }
}
