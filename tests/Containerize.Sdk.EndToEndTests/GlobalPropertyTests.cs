using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// Properties given to dotnet publish reach the build inside the container: a console app in its own git repository,
/// published with a version, a define, a target framework chosen through a property, hostile values and a secret-named
/// property. The app prints what its build was given; the image must print exactly what the host's own publish prints.
/// One image for the class (a build takes about a minute), then one republish with another version.
/// ContainerizeMode=Hermetic: the properties must reach the container's own restore and publish, which CI runs.
/// </summary>
[TestClass]
public sealed class GlobalPropertyTests
{
    private const string Token = "ctz-e2e-token-value";

    // Each goes through dotnet's and MSBuild's command-line parsing on the host; the container must get the same.
    private static readonly string[] HostileProperties =
    {
        "Hostile1=say 'hi' $HOME `id` $(Configuration) 100%25 é 日本",
        "Hostile2=\"a;b,c d\"",
        "Hostile3=back\\slash\\",
        "Hostile4=x\"y",
        "Hostile5=say %22hi%22 %3B",
    };

    private static readonly List<ImageName> Images = new();
    private static TestProject? _project;
    private static ImageName? _image;
    private static ProcessResult? _publish;
    private static string? _commit;

    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void PublishWithProperties(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        _project = TestProject.Create(AppKind.Console, Program);
        _project.WriteFile(TestProject.ProjectName + ".csproj", ProjectFile);
        _commit = CommitAll(_project.Directory);
        _image = ImageName.Unique("globalprops");
        Images.Add(_image);
        _publish = Publish(_image, "9.9.9");
    }

    [ClassCleanup]
    public static void RemoveImagesAndProject()
    {
        foreach (ImageName image in Images)
        {
            Docker.RemoveImage(image.Reference);
        }

        Docker.RemoveProject(_project);
    }

    [TestMethod]
    public void TheImagePrintsWhatTheHostPublishPrints()
    {
        string container = ContainerOutput();
        ProcessResult host = ProcessRunner.Run("dotnet", new[] { HostPublishedApp() }, TimeSpan.FromMinutes(1), _project!.Directory);

        Assert.IsTrue(host.Succeeded, host.Describe());
        Assert.AreEqual(host.StandardOutput.Trim(), container);
    }

    [TestMethod]
    public void ACommandLineVersionIsTheAssemblyVersionInTheImage()
    {
        StringAssert.Contains(ContainerOutput(), "version=9.9.9.0\n");
    }

    [TestMethod]
    public void ACommandLineDefineChangesWhatTheAppPrints()
    {
        StringAssert.Contains(ContainerOutput(), "defined=FROM_COMMAND_LINE\n");
    }

    [TestMethod]
    public void APropertyThatChangesTheTargetFrameworkGivesAnImageThatStarts()
    {
        // The project's own framework is net8.0; -p:AppFramework=net10.0 made the host pick the 10.0 runtime image.
        StringAssert.Contains(ContainerOutput(), "framework=.NETCoreApp,Version=v10.0\n");
    }

    [TestMethod]
    public void HostileValuesArriveVerbatim()
    {
        string output = ContainerOutput();

        // MSBuild expands $(Configuration) in a global property where it is used, on the host as in the container.
        StringAssert.Contains(output, "Hostile1=[say 'hi' $HOME `id` Release 100% é 日本]");
        StringAssert.Contains(output, "Hostile2=[a;b,c d]");
        StringAssert.Contains(output, "Hostile3=[back\\slash\\]");
        StringAssert.Contains(output, "Hostile4=[xy]", "MSBuild's command line drops a lone quote on the host; the container must see the same");
        StringAssert.Contains(output, "Hostile5=[say \"hi\" ;]");
    }

    [TestMethod]
    public void TheInformationalVersionCarriesTheHostsCommit_AndSourceLinkDoesNotWarn()
    {
        StringAssert.Contains(ContainerOutput(), "informational=9.9.9+" + _commit + "\n");
        Assert.DoesNotContain("Unable to locate repository", _publish!.StandardOutput);
    }

    [TestMethod]
    public void TheSecretReachedTheBuild_ButNoLayerHistoryOrDockerfile()
    {
        // The project's RequireToken target fails the container's build unless the token arrived.
        string dockerfile = File.ReadAllText(_project!.GeneratedDockerfilePath());
        Assert.Contains("--mount=type=secret,id=containerize-properties", dockerfile);
        Assert.DoesNotContain(Token, dockerfile);
        Assert.DoesNotContain("Hostile", dockerfile);
        ImageSecrets.AssertNotInHistory(Docker, PublishedImage().Reference, Token);
        ImageSecrets.AssertNotInSavedImage(Docker, PublishedImage().Reference, _project.Directory, Token);
    }

    [TestMethod]
    public void ANewVersionKeepsTheRestoreLayer()
    {
        ImageName image = PublishedImage().WithNewTag();
        Images.Add(image);

        ProcessResult republish = Publish(image, "9.9.10");

        Assert.IsTrue(republish.Succeeded, republish.Describe());
        Assert.IsTrue(RestoreStepReport.WasCached(republish.StandardOutput), "the restore step ran again:\n" + republish.StandardOutput);
        StringAssert.Contains(Docker.RunToEnd(image.Reference).StandardOutput, "version=9.9.10.0");
    }

    private static ProcessResult Publish(ImageName image, string version) => ContainerizePublish.Run(
        _project!.ProjectPath,
        image.Properties().Concat(new[] { "ContainerizeMode=Hermetic", "Version=" + version, "DefineConstants=FROM_COMMAND_LINE", "AppFramework=net10.0", "FeedToken=" + Token }).Concat(HostileProperties));

    private static ImageName PublishedImage()
    {
        Assert.IsNotNull(_publish, "The class setup did not publish.");
        Assert.IsTrue(_publish.Succeeded, _publish.Describe());
        return _image!;
    }

    private static string ContainerOutput()
    {
        ProcessResult run = Docker.RunToEnd(PublishedImage().Reference);
        Assert.IsTrue(run.Succeeded, run.Describe());
        return run.StandardOutput.Trim().Replace("\r", "");
    }

    private static string HostPublishedApp() =>
        Path.Combine(_project!.Directory, "bin", "Release", "net10.0", "publish", TestProject.ProjectName + ".dll");

    /// <summary>A repository of its own, so the host's Source Link finds a commit that the build context does not hold.</summary>
    private static string CommitAll(string directory)
    {
        foreach (string[] command in new[]
        {
            new[] { "init", "-q" },
            new[] { "add", "-A" },
            new[] { "-c", "user.name=e2e", "-c", "user.email=e2e@example.invalid", "commit", "-q", "-m", "app" },
        })
        {
            ProcessResult git = ProcessRunner.Run("git", command, TimeSpan.FromMinutes(1), directory);
            Assert.IsTrue(git.Succeeded, git.Describe());
        }

        return ProcessRunner.Run("git", new[] { "rev-parse", "HEAD" }, TimeSpan.FromMinutes(1), directory).StandardOutput.Trim();
    }

    private static string ProjectFile => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <AppFramework Condition="'$(AppFramework)' == ''">net8.0</AppFramework>
            <TargetFramework>$(AppFramework)</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{RepositoryLayout.PackageId}" Version="{RepositoryLayout.PackageVersion}" PrivateAssets="all" />
            <AssemblyMetadata Include="Hostile1" Value="$(Hostile1)" />
            <AssemblyMetadata Include="Hostile2" Value="$(Hostile2)" />
            <AssemblyMetadata Include="Hostile3" Value="$(Hostile3)" />
            <AssemblyMetadata Include="Hostile4" Value="$(Hostile4)" />
            <AssemblyMetadata Include="Hostile5" Value="$(Hostile5)" />
          </ItemGroup>
          <!-- Inside the build container (the SDK image sets DOTNET_RUNNING_IN_CONTAINER), the secret-named property must arrive. -->
          <Target Name="RequireToken" BeforeTargets="Restore;_GenerateRestoreGraph;Build" Condition="'$(DOTNET_RUNNING_IN_CONTAINER)' == 'true'">
            <Error Condition="'$(FeedToken)' != '{Token}'" Text="FeedToken did not reach the container's build." />
          </Target>
        </Project>
        """;

    private const string Program = """
        using System.Reflection;

        Assembly app = typeof(Program).Assembly;
        Console.WriteLine("version=" + app.GetName().Version);
        Console.WriteLine("informational=" + app.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
        Console.WriteLine("framework=" + AppContext.TargetFrameworkName);
        #if FROM_COMMAND_LINE
        Console.WriteLine("defined=FROM_COMMAND_LINE");
        #else
        Console.WriteLine("defined=none");
        #endif
        foreach (AssemblyMetadataAttribute metadata in app.GetCustomAttributes<AssemblyMetadataAttribute>().OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(metadata.Key + "=[" + metadata.Value + "]");
        }
        """;
}
