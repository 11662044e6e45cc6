using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// `dotnet publish MultiProject.sln -p:Containerize=true` on samples/MultiProject with more projects added, each
/// referencing Containerize.Sdk: a second executable, a test project, an executable with IsPublishable=false and one
/// for .NET Framework 4.8. Each containerizable executable is built exactly once (counted by a recording client and by
/// the images in the engine), and the others are skipped without a word.
/// </summary>
[TestClass]
public sealed class SolutionPublishTests
{
    private const string AppRepository = "containerize-samples/multiproject";
    private const string WorkerOutput = "[ worker ]";

    private static readonly string Tag = "t" + Guid.NewGuid().ToString("N")[..8];
    private static readonly string WorkerRepository = "containerize-e2e-solution-worker-" + Guid.NewGuid().ToString("N")[..8];
    private static readonly string[] SkippedExecutables = { "src/Unpublishable", "src/Framework" };
    private static MultiProjectSample? _sample;
    private static RecordingDockerClient? _client;
    private static ProcessResult? _publish;
    private static IReadOnlyList<string> _builds = Array.Empty<string>();

    private static DockerClient Docker => DockerClient.Instance;

    private static string AppImage => AppRepository + ":" + Tag;

    private static string WorkerImage => WorkerRepository + ":" + Tag;

    [ClassInitialize]
    public static void PublishTheSolution(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _sample = MultiProjectSample.Create();
        _sample.Write("src/Worker/Worker.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <ContainerRepository>{WorkerRepository}</ContainerRepository>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Containerize.Sdk" PrivateAssets="all" />
                <ProjectReference Include="../../libs/Formatting/Formatting.csproj" />
              </ItemGroup>
            </Project>
            """);
        _sample.Write("src/Worker/Program.cs", "Console.WriteLine(Formatting.Banner.Frame(\"worker\"));\n");
        _sample.Write("tests/App.Tests/App.Tests.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <IsTestProject>true</IsTestProject>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Containerize.Sdk" PrivateAssets="all" />
                <ProjectReference Include="../../src/Greetings/Greetings.csproj" />
              </ItemGroup>
            </Project>
            """);
        _sample.Write("tests/App.Tests/Program.cs", "Console.WriteLine(Greetings.Greeter.Greet(\"tests\", 1));\n");
        WriteSkippedExecutable("src/Unpublishable", "<IsPublishable>false</IsPublishable>");
        // C# 7.3, the language version of net48, has no nullable annotations, global usings or top-level statements.
        WriteSkippedExecutable("src/Framework", "<TargetFramework>net48</TargetFramework><Nullable>disable</Nullable><ImplicitUsings>disable</ImplicitUsings>");
        ProcessResult added = ProcessRunner.Run(
            "dotnet",
            new[] { "sln", MultiProjectSample.Solution, "add", "src/Worker/Worker.csproj", "tests/App.Tests/App.Tests.csproj" }
                .Concat(SkippedExecutables.Select(folder => folder + "/" + Path.GetFileName(folder) + ".csproj")),
            TimeSpan.FromMinutes(2),
            _sample.SampleDirectory);
        Assert.IsTrue(added.Succeeded, added.Describe());

        _client = RecordingDockerClient.Create();
        _publish = _sample.PublishSolution(Tag, "ContainerizeDockerPath=" + _client.Path);
        _builds = _client.TakeBuilds();
    }

    [ClassCleanup]
    public static void RemoveImagesAndSample()
    {
        Docker.RemoveImage(AppImage);
        Docker.RemoveImage(WorkerImage);
        Docker.RemoveProject(_sample);
        _client?.Dispose();
    }

    [TestMethod]
    public void SolutionPublish_Succeeds() => RequirePublish();

    [TestMethod]
    public void EachExecutable_IsBuiltExactlyOnce()
    {
        RequirePublish();
        string builds = string.Join("\n", _builds);

        Assert.HasCount(2, _builds, "Builds started:\n" + builds);
        foreach (string project in new[] { "src/App", "src/Worker" })
        {
            Assert.HasCount(1, _builds.Where(build => build.Contains(" --file " + _sample!.GeneratedDockerfilePath(project) + " ", StringComparison.Ordinal)), project + ":\n" + builds);
        }

        // What the engine holds under this run's tag, whatever the publish said: the two images and nothing else.
        string[] tagged = Docker.RunChecked("images", "--format", "{{.Repository}}:{{.Tag}}")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(image => image.EndsWith(":" + Tag, StringComparison.Ordinal))
            .ToArray();
        CollectionAssert.AreEquivalent(new[] { AppImage, WorkerImage }, tagged);
    }

    [TestMethod]
    public void BothImages_RunTheirApps()
    {
        RequirePublish();

        Assert.AreEqual(MultiProjectSample.AppOutput, Docker.RunToEnd(AppImage).StandardOutput.Trim());
        Assert.AreEqual(WorkerOutput, Docker.RunToEnd(WorkerImage).StandardOutput.Trim());
    }

    [TestMethod]
    public void LibrariesAndTheTestProject_GetNoDockerfile_AndNoWarning()
    {
        RequirePublish();

        foreach (string project in new[] { "src/Greetings", "libs/Formatting", "tests/App.Tests" }.Concat(SkippedExecutables))
        {
            string obj = _sample!.PathOf(project + "/obj");
            string[] generated = Directory.Exists(obj) ? Directory.GetDirectories(obj, "containerize", SearchOption.AllDirectories) : Array.Empty<string>();
            Assert.IsEmpty(generated, project + " was containerized.");
        }

        // The SDK publishes no IsPublishable=false project at all (ContainerizeSkipTests covers the target called alone),
        // but it does publish the .NET Framework one: its skip is the package's.
        Assert.IsTrue(File.Exists(_sample!.PathOf("src/Framework/bin/Release/net48/Framework.exe")), "src/Framework was not published, so its skip proves nothing.");

        Assert.IsTrue(File.Exists(_sample!.GeneratedDockerfilePath("src/App")));
        Assert.IsFalse(_publish!.StandardOutput.Contains(": warning ", StringComparison.Ordinal), _publish.StandardOutput);
    }

    /// <summary>An executable of the solution that references Containerize.Sdk and must not be containerized.</summary>
    private static void WriteSkippedExecutable(string folder, string property)
    {
        string name = Path.GetFileName(folder);
        _sample!.Write(folder + "/" + name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                {property}
                <ContainerRepository>containerize-e2e-solution-{name.ToLowerInvariant()}</ContainerRepository>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Containerize.Sdk" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        _sample.Write(folder + "/Program.cs", "internal static class Program\n{\n    private static void Main() => System.Console.WriteLine(\"not containerized\");\n}\n");
    }

    private static void RequirePublish()
    {
        Assert.IsNotNull(_publish, "The class setup did not publish.");
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
    }
}
