namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>A credential-bearing NuGet.config as ComputeRestoreInputs reports it: host path, secret id, digest.</summary>
    public sealed class RestoreSecret
    {
        public RestoreSecret(string path, string id, string digest)
        {
            Path = path;
            Id = id;
            Digest = digest;
        }

        /// <summary>Full path on the host: what the builder's --secret src= names.</summary>
        public string Path { get; }

        public string Id { get; }

        /// <summary>SHA-256 of the config without its credentials (NuGetConfigCredentials.DigestWithoutCredentials).</summary>
        public string Digest { get; }
    }
}
