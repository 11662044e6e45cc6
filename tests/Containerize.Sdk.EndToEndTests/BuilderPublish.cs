using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// dotnet publish -p:Containerize=true of a harness TestProject with the builder and registry properties the builder
/// tests need (TestProject.Publish takes only an image name), and with extra environment variables such as DOCKER_HOST.
/// Same arguments and clean environment as TestProject.Publish otherwise.
/// </summary>
internal static class BuilderPublish
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);

    /// <param name="project">The project to publish.</param>
    /// <param name="properties">-p: arguments, name=value; later ones win over earlier ones and over the defaults.</param>
    /// <param name="environment">Variables to set (or, with a null value, remove) for the publish.</param>
    /// <param name="extraArguments">More dotnet publish arguments, such as -clp:PerformanceSummary.</param>
    public static ProcessResult Run(
        TestProject project,
        IEnumerable<string> properties,
        IReadOnlyDictionary<string, string?>? environment = null,
        params string[] extraArguments)
    {
        var arguments = new List<string>
        {
            "publish", project.ProjectPath,
            "-c", "Release",
            "-p:Containerize=true",
            "-tl:off",
            "-v:n",
            "--disable-build-servers",
        };
        if (DockerClient.ConfiguredPath() is string dockerPath)
        {
            arguments.Add("-p:ContainerizeDockerPath=" + dockerPath);
        }

        arguments.AddRange(properties.Select(property => "-p:" + property));
        arguments.AddRange(extraArguments);
        return ProcessRunner.Run("dotnet", arguments, PublishTimeout, project.Directory, ChildEnvironment(environment));
    }

    /// <summary>A list property for the command line: quoted, so MSBuild does not take its ';' for a property separator.</summary>
    public static string List(string name, params string[] values) => name + "=\"" + string.Join(";", values) + "\"";

    /// <summary>The folder the package generates into, obj/.../containerize/.</summary>
    public static string GeneratedFolder(TestProject project) => Path.GetDirectoryName(project.GeneratedDockerfilePath())!;

    private static Dictionary<string, string?> ChildEnvironment(IReadOnlyDictionary<string, string?>? extra)
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };
        foreach (string name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("MSBUILD_", StringComparison.OrdinalIgnoreCase))
            {
                environment[name] = null;
            }
        }

        foreach (KeyValuePair<string, string?> variable in extra ?? new Dictionary<string, string?>())
        {
            environment[variable.Key] = variable.Value;
        }

        return environment;
    }
}
