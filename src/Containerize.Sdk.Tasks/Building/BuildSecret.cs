namespace Containerize.Sdk.Building
{
    /// <summary>
    /// A build secret (<c>--secret</c>): a file on the host or an environment variable of the build, mounted for the RUN
    /// steps that ask for its id and never stored in a layer. The value of a variable never appears on the command line.
    /// </summary>
    public sealed class BuildSecret
    {
        private BuildSecret(string id, string? sourcePath, string? environmentVariable)
        {
            Id = id;
            SourcePath = sourcePath;
            EnvironmentVariable = environmentVariable;
        }

        public string Id { get; }

        /// <summary>The file's full path; null for a variable.</summary>
        public string? SourcePath { get; }

        /// <summary>The variable's name; null for a file.</summary>
        public string? EnvironmentVariable { get; }

        /// <summary>The value of --secret: id=…,src=… or id=…,env=….</summary>
        public string Argument => "id=" + Id + (EnvironmentVariable != null ? ",env=" + EnvironmentVariable : ",src=" + SourcePath);

        public static BuildSecret FromFile(string id, string path) => new BuildSecret(id, path, null);

        public static BuildSecret FromEnvironment(string id, string variable) => new BuildSecret(id, null, variable);
    }
}
