using System.Collections.Generic;

namespace Containerize.Sdk.Processes
{
    /// <summary>A command to start: the executable, its arguments one by one, and variables set for the child process only.</summary>
    public sealed class ClientCommand
    {
        public ClientCommand(string executable, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null, IReadOnlyDictionary<string, string>? secretEnvironment = null)
        {
            Executable = executable;
            Arguments = arguments;
            Environment = environment ?? new Dictionary<string, string>();
            SecretEnvironment = secretEnvironment ?? new Dictionary<string, string>();
        }

        public string Executable { get; }

        public IReadOnlyList<string> Arguments { get; }

        public IReadOnlyDictionary<string, string> Environment { get; }

        /// <summary>Variables whose values are secrets: set for the child process, never shown (ToString names them only).</summary>
        public IReadOnlyDictionary<string, string> SecretEnvironment { get; }

        /// <summary>The command for logs: arguments quoted as ProcessStartInfo passes them, variables first.</summary>
        public override string ToString()
        {
            var text = new System.Text.StringBuilder();
            foreach (KeyValuePair<string, string> variable in Environment)
            {
                text.Append(variable.Key).Append('=').Append(ArgumentQuoter.Quote(variable.Value)).Append(' ');
            }

            foreach (string secret in SecretEnvironment.Keys)
            {
                text.Append(secret).Append("=*** ");
            }

            text.Append(ArgumentQuoter.Quote(Executable));
            if (Arguments.Count > 0)
            {
                text.Append(' ').Append(ArgumentQuoter.Join(Arguments));
            }

            return text.ToString();
        }
    }
}
