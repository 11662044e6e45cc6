using System.Text.RegularExpressions;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>The ids of the build secrets the restore mounts: the Dockerfile names them, the builder passes them.</summary>
    public static class RestoreSecretIds
    {
        private static readonly Regex Valid = new Regex("^[A-Za-z0-9][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant);

        /// <summary>The id of the credential-bearing NuGet.config at this position in the sorted list.</summary>
        public static string ForConfig(int index) => "nuget-config-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The id of an environment variable that carries credentials.</summary>
        public static string ForEnvironment(string variable) => "nuget-env-" + variable;

        public static bool IsValid(string id) => Valid.IsMatch(id);
    }
}
