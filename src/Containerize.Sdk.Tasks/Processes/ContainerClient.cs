using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.Processes
{
    /// <summary>
    /// The container client every command goes to: its executable and, for docker, the context that chooses the engine
    /// (ContainerizeDockerContext, passed as <c>--context</c> before each command). Without a context the client's own
    /// choice applies: DOCKER_HOST, DOCKER_CONTEXT, then the current docker context.
    /// </summary>
    public sealed class ContainerClient
    {
        private static readonly Regex ContextName = new Regex("^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$", RegexOptions.CultureInvariant);

        public ContainerClient(string path, string? dockerContext = null)
        {
            Path = path;
            DockerContext = string.IsNullOrWhiteSpace(dockerContext) ? null : dockerContext!.Trim();
        }

        public string Path { get; }

        /// <summary>ContainerizeDockerContext; null when the client chooses the engine itself.</summary>
        public string? DockerContext { get; }

        /// <summary>The arguments that go before every command: <c>--context NAME</c>, or none.</summary>
        public IReadOnlyList<string> GlobalArguments => DockerContext == null ? new string[0] : new[] { "--context", DockerContext };

        public ClientCommand Command(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null, IReadOnlyDictionary<string, string>? secretEnvironment = null)
        {
            var all = new List<string>(GlobalArguments);
            all.AddRange(arguments);
            return new ClientCommand(Path, all, environment, secretEnvironment);
        }

        /// <summary>Whether a name is one docker accepts for a context (its own rule), so that it can never be read as an option.</summary>
        public static bool IsDockerContextName(string name) => ContextName.IsMatch(name);

        /// <summary>The client for messages: its path, and its context when one is set.</summary>
        public override string ToString() => DockerContext == null ? Path : Path + " --context " + DockerContext;
    }
}
