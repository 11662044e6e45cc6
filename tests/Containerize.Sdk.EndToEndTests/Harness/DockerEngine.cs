using System.ComponentModel;

namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>
/// Whether a docker engine answers. Without one the end-to-end tests are skipped with the reason, except under
/// CONTAINERIZE_E2E=required (CI), where a missing engine must not pass silently: they fail.
/// </summary>
internal static class DockerEngine
{
    public const string RequiredVariable = "CONTAINERIZE_E2E";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(20);

    private static readonly Lazy<string?> Problem = new(FindProblem);

    public static bool IsRequired =>
        string.Equals(Environment.GetEnvironmentVariable(RequiredVariable), "required", StringComparison.OrdinalIgnoreCase);

    /// <summary>The client, once the engine answered; otherwise the test ends as inconclusive or failed.</summary>
    public static DockerClient Require()
    {
        if (Problem.Value is string problem)
        {
            if (IsRequired)
            {
                Assert.Fail($"{problem} {RequiredVariable}=required, so this is a failure, not a skip.");
            }

            Assert.Inconclusive($"{problem} Skipped; set {RequiredVariable}=required to make this a failure.");
        }

        return DockerClient.Instance;
    }

    private static string? FindProblem()
    {
        DockerClient client = DockerClient.Instance;
        try
        {
            ProcessResult version = client.Run(ProbeTimeout, "version", "--format", "{{.Server.Version}}");
            return version.Succeeded && version.StandardOutput.Trim().Length > 0
                ? null
                : $"No docker engine answers '{client.Path} version': {version.Describe()}";
        }
        catch (Win32Exception exception)
        {
            return $"The docker client '{client.Path}' cannot be started ({exception.Message}); set {DockerClient.ClientVariable} to its path.";
        }
    }
}
