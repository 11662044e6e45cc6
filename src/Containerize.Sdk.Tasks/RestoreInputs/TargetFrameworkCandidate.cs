namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>One of a project's TargetFrameworks, as MSBuild's GetTargetFramework* functions parse it.</summary>
    public sealed class TargetFrameworkCandidate
    {
        public TargetFrameworkCandidate(string moniker, string identifier, string version, string platform)
        {
            Moniker = moniker.Trim();
            Identifier = identifier;
            Version = version;
            Platform = platform;
        }

        /// <summary>The moniker as the project writes it, such as net10.0.</summary>
        public string Moniker { get; }

        /// <summary>.NETCoreApp, .NETStandard, .NETFramework...</summary>
        public string Identifier { get; }

        public string Version { get; }

        /// <summary>windows, android... or "" for none.</summary>
        public string Platform { get; }
    }
}
