namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// A build secret of the restore as ComputeRestoreInputs reports it: a credential-bearing NuGet.config (host path,
    /// digest) or an environment variable that carries credentials.
    /// </summary>
    public sealed class RestoreSecret
    {
        public RestoreSecret(string path, string id, string digest)
        {
            Path = path;
            Id = id;
            Digest = digest;
        }

        private RestoreSecret(string id, string environmentVariable)
        {
            Path = "";
            Id = id;
            Digest = "";
            EnvironmentVariable = environmentVariable;
        }

        public static RestoreSecret FromEnvironment(string variable) => new RestoreSecret(RestoreSecretIds.ForEnvironment(variable), variable);

        /// <summary>Full path on the host of a config: what the builder's --secret src= names; "" for a variable.</summary>
        public string Path { get; }

        /// <summary>The variable (--secret env=) for an environment secret; null for a config.</summary>
        public string? EnvironmentVariable { get; }

        public string Id { get; }

        /// <summary>SHA-256 of the config without its credentials (NuGetConfigCredentials.DigestWithoutCredentials).</summary>
        public string Digest { get; }
    }
}
