using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// `dotnet publish MultiProject.sln -p:Containerize=true` on samples/MultiProject with a second executable and a test
/// project added (both referencing Containerize.Sdk): each executable is containerized exactly once, and the class
/// libraries and the test project are skipped without a word.
/// </summary>
[TestClass]
public sealed class SolutionPublishTests
{
    private const string AppRepository = "containerize-samples/multiproject";
    private const string WorkerOutput = "[ worker ]";

    private static readonly string Tag = "t" + Guid.NewGuid().ToString("N")[..8];
    private static readonly string WorkerRepository = "containerize-e2e-solution-worker-" + Guid.NewGuid().ToString("N")[..8];
    private static MultiProjectSample? _sample;
    private static ProcessResult? _publish;

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
        ProcessResult added = ProcessRunner.Run(
            "dotnet",
            new[] { "sln", MultiProjectSample.Solution, "add", "src/Worker/Worker.csproj", "tests/App.Tests/App.Tests.csproj" },
            TimeSpan.FromMinutes(2),
            _sample.SampleDirectory);
        Assert.IsTrue(added.Succeeded, added.Describe());

        _publish = _sample.PublishSolution(Tag);
    }

    [ClassCleanup]
    public static void RemoveImagesAndSample()
    {
        Docker.RemoveImage(AppImage);
        Docker.RemoveImage(WorkerImage);
        Docker.RemoveProject(_sample);
    }

    [TestMethod]
    public void SolutionPublish_Succeeds() => RequirePublish();

    [TestMethod]
    public void EachExecutable_IsBuiltExactlyOnce()
    {
        string[] built = BuiltLines();

        Assert.HasCount(2, built, "Images built:\n" + string.Join("\n", built));
        Assert.HasCount(1, built.Where(line => line.Contains("built " + AppRepository + " ", StringComparison.Ordinal)));
        Assert.HasCount(1, built.Where(line => line.Contains("built " + WorkerRepository + " ", StringComparison.Ordinal)));
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

        foreach (string project in new[] { "src/Greetings", "libs/Formatting", "tests/App.Tests" })
        {
            Assert.IsFalse(File.Exists(_sample!.GeneratedDockerfilePath(project)), project + " was containerized.");
        }

        Assert.IsTrue(File.Exists(_sample!.GeneratedDockerfilePath("src/App")));
        Assert.IsFalse(_publish!.StandardOutput.Contains(": warning ", StringComparison.Ordinal), _publish.StandardOutput);
    }

    private static void RequirePublish()
    {
        Assert.IsNotNull(_publish, "The class setup did not publish.");
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
    }

    /// <summary>The build task's summary lines, one per image built.</summary>
    private static string[] BuiltLines()
    {
        RequirePublish();
        return _publish!.StandardOutput.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("Containerize: built ", StringComparison.Ordinal))
            .ToArray();
    }
}
