namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// One thing a project's evaluation says about its restore: a file (the project, its Directory.* files, a
    /// NuGet.config NuGet read, ...) or a package source. The targets collect them for the whole project closure.
    /// </summary>
    public sealed class RestoreFact
    {
        public RestoreFact(string value, string kind, string projectFullPath, string globDirectory = "")
        {
            Value = value;
            Kind = kind;
            ProjectFullPath = projectFullPath;
            GlobDirectory = globDirectory;
        }

        /// <summary>A full path, or for a package source the source as NuGet lists it (a folder or a URL).</summary>
        public string Value { get; }

        /// <summary>One of <see cref="RestoreFactKinds"/>.</summary>
        public string Kind { get; }

        /// <summary>The project whose evaluation gave the fact.</summary>
        public string ProjectFullPath { get; }

        /// <summary>For a ContextItem, the folders a '**' of its Include matched (MSBuild's RecursiveDir); else empty.</summary>
        public string GlobDirectory { get; }
    }
}
