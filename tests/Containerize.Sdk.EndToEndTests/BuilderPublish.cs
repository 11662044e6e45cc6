using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>What the builder tests' publishes share beyond ContainerizePublish.</summary>
internal static class BuilderPublish
{
    /// <summary>A list property for the command line: quoted, so MSBuild does not take its ';' for a property separator.</summary>
    public static string List(string name, params string[] values) => name + "=\"" + string.Join(";", values) + "\"";

    /// <summary>The folder the package generates into, obj/.../containerize/.</summary>
    public static string GeneratedFolder(TestProject project) => Path.GetDirectoryName(project.GeneratedDockerfilePath())!;
}
