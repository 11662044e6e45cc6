using System.Text.Json;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// One web app image configured with every final-stage property (ports, environment in both forms, labels, user,
/// health check, stop signal, an OS package), built once for the class: docker inspect shows each setting, the
/// package's program is in the image, and the running container turns healthy through the installed curl.
/// </summary>
[TestClass]
public sealed class ConfigurationInspectionTests
{
    private const int AppPort = 8080;
    private const string User = "app";
    private const string StopSignal = "SIGINT";

    /// <summary>Quotes, '$', a backslash, blanks, ';' and '%': the engine and the app must see exactly this.</summary>
    private const string Greeting = "say \"hi\" to $USER at C:\\temp; 100%";

    private static readonly TimeSpan HealthyWithin = TimeSpan.FromSeconds(60);
    private static TestProject? _project;
    private static ImageName? _image;
    private static ProcessResult? _publish;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void PublishOnce(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _project = TestProject.Create(AppKind.Web, """
            WebApplication app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/healthz", () => "ok");
            app.MapGet("/env/{name}", (string name) => Environment.GetEnvironmentVariable(name) ?? "(unset)");
            app.Run();
            """);
        _project.WriteFile(TestProject.ProjectName + ".csproj", ProjectFile());
        _image = ImageName.Unique("config");
        _publish = _project.Publish(_image);
    }

    [ClassCleanup]
    public static void RemoveImageAndProject()
    {
        if (_image != null)
        {
            Docker.RemoveImage(_image.Reference);
        }

        Docker.RemoveProject(_project);
    }

    [TestMethod]
    public void Inspect_ExposesThePortItems()
    {
        string[] ports = ImageConfig().GetProperty("ExposedPorts").EnumerateObject().Select(port => port.Name).Order(StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(new[] { "8080/tcp", "9999/udp" }, ports);
    }

    [TestMethod]
    public void Inspect_HasTheEnvironmentFromItemsAndProperty()
    {
        string[] environment = ImageConfig().GetProperty("Env").EnumerateArray().Select(item => item.GetString()!).ToArray();
        CollectionAssert.Contains(environment, "GREETING=" + Greeting);
        CollectionAssert.Contains(environment, "MODE=e2e");
        CollectionAssert.Contains(environment, "LIST=a;b");
    }

    [TestMethod]
    public void Inspect_HasTheUserAndOciLabels()
    {
        Dictionary<string, string> labels = ImageConfig().GetProperty("Labels").EnumerateObject().ToDictionary(label => label.Name, label => label.Value.GetString()!);
        Assert.AreEqual("e2e", labels.GetValueOrDefault("com.contoso.team"));
        Assert.AreEqual("1.2.3", labels.GetValueOrDefault("org.opencontainers.image.version"));
        Assert.AreEqual("An image that shows every setting", labels.GetValueOrDefault("org.opencontainers.image.description"));
        Assert.AreEqual("Contoso", labels.GetValueOrDefault("org.opencontainers.image.authors"));
        Assert.AreEqual("mcr.microsoft.com/dotnet/aspnet:10.0", labels.GetValueOrDefault("org.opencontainers.image.base.name"));
    }

    [TestMethod]
    public void Inspect_RunsAsTheConfiguredUser()
    {
        Assert.AreEqual(User, ImageConfig().GetProperty("User").GetString());
    }

    [TestMethod]
    public void Inspect_HasTheHealthCheck()
    {
        JsonElement check = ImageConfig().GetProperty("Healthcheck");
        CollectionAssert.AreEqual(
            new[] { "CMD", "curl", "-fsS", $"http://localhost:{AppPort}/healthz" },
            check.GetProperty("Test").EnumerateArray().Select(item => item.GetString()).ToArray());
        Assert.AreEqual(TimeSpan.FromSeconds(2), Nanoseconds(check, "Interval"));
        Assert.AreEqual(TimeSpan.FromSeconds(3), Nanoseconds(check, "Timeout"));
        Assert.AreEqual(TimeSpan.FromSeconds(30), Nanoseconds(check, "StartPeriod"));
        Assert.AreEqual(3, check.GetProperty("Retries").GetInt32());
    }

    [TestMethod]
    public void Inspect_HasTheStopSignal()
    {
        Assert.AreEqual(StopSignal, ImageConfig().GetProperty("StopSignal").GetString());
    }

    [TestMethod]
    public void OsPackage_ProgramIsInTheImage()
    {
        ProcessResult curl = Docker.RunEntrypoint(PublishedImage().Reference, "curl", "--version");
        Assert.IsTrue(curl.Succeeded, curl.Describe());
        Assert.StartsWith("curl ", curl.StandardOutput);
    }

    [TestMethod]
    public async Task Container_BecomesHealthy_AndSeesTheExactEnvironment()
    {
        int hostPort = FreePort.OnLoopback();
        string container = Docker.StartPublished(PublishedImage().Reference, hostPort, AppPort);
        try
        {
            string status = await HealthStatusAsync(container);
            Assert.AreEqual("healthy", status, $"The container's health is '{status}' after {HealthyWithin.TotalSeconds} s. Container log:{Environment.NewLine}{Docker.Logs(container)}");

            string? greeting = await HttpPolling.GetAsync(new Uri($"http://127.0.0.1:{hostPort}/env/GREETING"), TimeSpan.FromSeconds(10));
            Assert.AreEqual(Greeting, greeting);
        }
        finally
        {
            Docker.RemoveContainer(container);
        }
    }

    /// <summary>Polls the container's health until it is no longer starting, or the time is up.</summary>
    private static async Task<string> HealthStatusAsync(string container)
    {
        DateTime deadline = DateTime.UtcNow + HealthyWithin;
        string status = "";
        while (DateTime.UtcNow < deadline)
        {
            status = Docker.RunChecked("inspect", "--format", "{{.State.Health.Status}}", container).Trim();
            if (status == "healthy" || status == "unhealthy")
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        return status;
    }

    private static TimeSpan Nanoseconds(JsonElement check, string name) => TimeSpan.FromTicks(check.GetProperty(name).GetInt64() / 100);

    private static JsonElement ImageConfig() => Docker.Inspect(PublishedImage().Reference).GetProperty("Config");

    private static ImageName PublishedImage()
    {
        Assert.IsNotNull(_publish);
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
        return _image!;
    }

    private static string ProjectFile() => $"""
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <Version>1.2.3</Version>
            <Description>An image that shows every setting</Description>
            <Authors>Contoso</Authors>
            <ContainerUser>{User}</ContainerUser>
            <ContainerEnvironmentVariables>MODE=e2e;LIST=a;;b</ContainerEnvironmentVariables>
            <ContainerHealthCheck>curl;-fsS;http://localhost:{AppPort}/healthz</ContainerHealthCheck>
            <ContainerHealthCheckInterval>2s</ContainerHealthCheckInterval>
            <ContainerHealthCheckTimeout>3s</ContainerHealthCheckTimeout>
            <ContainerHealthCheckStartPeriod>30s</ContainerHealthCheckStartPeriod>
            <ContainerHealthCheckRetries>3</ContainerHealthCheckRetries>
            <ContainerStopSignal>{StopSignal}</ContainerStopSignal>
          </PropertyGroup>
          <ItemGroup>
            <ContainerPort Include="{AppPort}" />
            <ContainerPort Include="9999" Type="udp" />
            <ContainerEnvironmentVariable Include="GREETING" Value="{System.Security.SecurityElement.Escape(Greeting)}" />
            <ContainerLabel Include="com.contoso.team" Value="e2e" />
            <ContainerOsPackage Include="curl" />
          </ItemGroup>
          <ItemGroup>
            <PackageReference Include="{RepositoryLayout.PackageId}" Version="{RepositoryLayout.PackageVersion}" PrivateAssets="all" />
          </ItemGroup>
        </Project>
        """;
}
