namespace Containerize.Sdk.Building
{
    /// <summary>Where a client executable was found, or what was searched when it was not.</summary>
    public sealed class ClientPathResolution
    {
        private ClientPathResolution(string? path, string searched)
        {
            Path = path;
            Searched = searched;
        }

        /// <summary>The full path of the executable; null when none was found.</summary>
        public string? Path { get; }

        public bool Found => Path != null;

        /// <summary>Where it came from or what was tried, for messages: "ContainerizeDockerPath '/x'", "docker on PATH".</summary>
        public string Searched { get; }

        public static ClientPathResolution At(string path, string source) => new ClientPathResolution(path, source);

        public static ClientPathResolution NotFound(string searched) => new ClientPathResolution(null, searched);
    }
}
