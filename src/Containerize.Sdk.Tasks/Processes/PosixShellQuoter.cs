using System.Linq;

namespace Containerize.Sdk.Processes
{
    /// <summary>Quotes an argument for a POSIX shell script: single quotes keep every character, '$' and '\' included.</summary>
    public static class PosixShellQuoter
    {
        private const string SafeCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-";

        public static string Quote(string argument)
        {
            if (argument.Length > 0 && argument.All(c => SafeCharacters.IndexOf(c) >= 0))
            {
                return argument;
            }

            // A single quote cannot appear inside single quotes: close them, add an escaped one, and open them again.
            return "'" + argument.Replace("'", "'\\''") + "'";
        }
    }
}
