namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>
/// dotnet publish -p:Containerize=true as a user runs it: plain console output with the builder's lines, no build servers
/// left running after the test, the docker client the tests use, and an environment as clean as a user's shell.
/// </summary>
internal static class ContainerizePublish
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <param name="target">The project or solution to publish; its folder is the working directory.</param>
    /// <param name="properties">-p: arguments, name=value; later ones win over earlier ones and over the defaults.</param>
    /// <param name="environment">Variables to set (or, with a null value, remove) for the publish.</param>
    /// <param name="extraArguments">More dotnet publish arguments, such as -clp:PerformanceSummary.</param>
    public static ProcessResult Run(
        string target,
        IEnumerable<string> properties,
        IReadOnlyDictionary<string, string?>? environment = null,
        params string[] extraArguments) =>
        Dotnet(new[] { "publish", target }, properties, environment, extraArguments);

    /// <summary>dotnet build -t:msbuildTarget with the same settings as Run, for a target such as GenerateDockerfile alone.</summary>
    public static ProcessResult RunTarget(
        string target,
        string msbuildTarget,
        IEnumerable<string> properties,
        IReadOnlyDictionary<string, string?>? environment = null,
        params string[] extraArguments) =>
        Dotnet(new[] { "build", target, "-t:" + msbuildTarget }, properties, environment, extraArguments);

    private static ProcessResult Dotnet(
        string[] command,
        IEnumerable<string> properties,
        IReadOnlyDictionary<string, string?>? environment,
        string[] extraArguments)
    {
        var arguments = new List<string>(command)
        {
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
        return ProcessRunner.Run("dotnet", arguments, Timeout, Path.GetDirectoryName(command[1]), ChildEnvironment(environment));
    }

    /// <summary>
    /// The test host runs under dotnet test, which may leave MSBuild variables in the environment that would make the
    /// child build use another MSBuild or SDK: the child starts clean, as from a user's shell.
    /// </summary>
    public static Dictionary<string, string?> ChildEnvironment(IReadOnlyDictionary<string, string?>? extra)
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
