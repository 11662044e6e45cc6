using Containerize.Sdk.RestoreInputs;

namespace Containerize.Sdk.Tests.RestoreInputs;

/// <summary>The restore inputs of a fixture repository from the facts the targets collect for each project of the closure.</summary>
[TestClass]
public sealed class RestoreInputSetTests
{
    private const string PlainConfig = """
        <configuration>
          <packageSources>
            <clear />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
            <add key="local" value="feed" />
          </packageSources>
        </configuration>
        """;

    private const string CredentialConfig = """
        <configuration>
          <packageSources>
            <add key="private" value="https://pkgs.example.com/index.json" />
          </packageSources>
          <packageSourceCredentials>
            <private>
              <add key="Username" value="ci" />
              <add key="ClearTextPassword" value="s3cr3t" />
            </private>
          </packageSourceCredentials>
        </configuration>
        """;

    [TestMethod]
    public void Closure_WithCpmLockFileSharedPropsAndAReferenceOutsideTheAppFolder_GivesExactlyItsInputs_Sorted()
    {
        using var repository = new FixtureRepository();
        using var userProfile = new FixtureRepository();
        string rootProps = repository.Write("Directory.Build.props", FixtureRepository.ProjectImporting("$(MSBuildThisFileDirectory)build/shared.props"));
        repository.Write("build/shared.props", FixtureRepository.EmptyProject);
        string packages = repository.Write("Directory.Packages.props", FixtureRepository.EmptyProject);
        string config = repository.Write("NuGet.config", PlainConfig);
        string feed = repository.Folder("feed");
        string globalJson = repository.Write("global.json", "{}");
        string tools = repository.Write(".config/dotnet-tools.json", "{}");
        string app = repository.Write("src/App/App.csproj", FixtureRepository.EmptyProject);
        string lockFile = repository.Write("src/App/packages.lock.json", "{}");
        repository.Write("src/App/Program.cs", "// source is never a restore input");
        string lib = repository.Write("libs/Shared/Shared.csproj", FixtureRepository.EmptyProject);
        string userConfig = userProfile.Write(".nuget/NuGet/NuGet.Config", PlainConfig);

        var facts = new List<RestoreFact>();
        foreach (string project in new[] { app, lib })
        {
            facts.Add(new RestoreFact(project, RestoreFactKinds.Project, project));
            facts.Add(new RestoreFact(rootProps, RestoreFactKinds.DirectoryBuildProps, project));
            facts.Add(new RestoreFact(packages, RestoreFactKinds.DirectoryPackagesProps, project));
            facts.Add(new RestoreFact(globalJson, RestoreFactKinds.GlobalJson, project));
            facts.Add(new RestoreFact(tools, RestoreFactKinds.ToolManifest, project));
            facts.Add(new RestoreFact(config, RestoreFactKinds.NuGetConfig, project));
            facts.Add(new RestoreFact(userConfig, RestoreFactKinds.NuGetConfig, project));
            facts.Add(new RestoreFact("https://api.nuget.org/v3/index.json", RestoreFactKinds.PackageSource, project));
            facts.Add(new RestoreFact(feed, RestoreFactKinds.PackageSource, project));
        }

        facts.Add(new RestoreFact(lockFile, RestoreFactKinds.LockFile, app));

        RestoreInputResult result = RestoreInputSet.Compute(facts, new string[0]);

        CollectionAssert.AreEqual(
            new[]
            {
                ".config/dotnet-tools.json",
                "Directory.Build.props",
                "Directory.Packages.props",
                "NuGet.config",
                "build/shared.props",
                "global.json",
                "libs/Shared/Shared.csproj",
                "src/App/App.csproj",
                "src/App/packages.lock.json",
            },
            repository.Relative(result.Files));
        CollectionAssert.AreEqual(new[] { "feed" }, repository.Relative(result.LocalPackageSources));
        Assert.IsEmpty(result.CredentialConfigs);
    }

    [TestMethod]
    public void NuGetConfigOfAnotherProjectsFolder_AppliesOnlyToThatProject()
    {
        using var repository = new FixtureRepository();
        string app = repository.Write("src/App/App.csproj", FixtureRepository.EmptyProject);
        string lib = repository.Write("libs/Lib/Lib.csproj", FixtureRepository.EmptyProject);
        string libConfig = repository.Write("libs/NuGet.config", PlainConfig);

        RestoreInputResult result = RestoreInputSet.Compute(
            new[]
            {
                new RestoreFact(app, RestoreFactKinds.Project, app),
                new RestoreFact(libConfig, RestoreFactKinds.NuGetConfig, app),
                new RestoreFact(lib, RestoreFactKinds.Project, lib),
            },
            new string[0]);

        CollectionAssert.DoesNotContain(repository.Relative(result.Files), "libs/NuGet.config");
    }

    [TestMethod]
    public void ExplicitRestoreConfigFile_IsAnInput_WhereverItIs()
    {
        using var repository = new FixtureRepository();
        string app = repository.Write("src/App/App.csproj", FixtureRepository.EmptyProject);
        string config = repository.Write("eng/restore.config", PlainConfig);

        RestoreInputResult result = RestoreInputSet.Compute(
            new[] { new RestoreFact(app, RestoreFactKinds.Project, app), new RestoreFact(config, RestoreFactKinds.ExplicitNuGetConfig, app) },
            new string[0]);

        CollectionAssert.Contains(repository.Relative(result.Files), "eng/restore.config");
    }

    [TestMethod]
    public void NuGetConfigWithCredentials_IsASecret_NotAFileToCopy()
    {
        using var repository = new FixtureRepository();
        string app = repository.Write("src/App/App.csproj", FixtureRepository.EmptyProject);
        string plain = repository.Write("NuGet.config", PlainConfig);
        string secret = repository.Write("src/nuget.config", CredentialConfig);

        RestoreInputResult result = RestoreInputSet.Compute(
            new[]
            {
                new RestoreFact(app, RestoreFactKinds.Project, app),
                new RestoreFact(plain, RestoreFactKinds.NuGetConfig, app),
                new RestoreFact(secret, RestoreFactKinds.NuGetConfig, app),
            },
            new string[0]);

        CollectionAssert.AreEqual(new[] { "NuGet.config", "src/App/App.csproj" }, repository.Relative(result.Files));
        CollectionAssert.AreEqual(new[] { "src/nuget.config" }, repository.Relative(result.CredentialConfigs));
    }

    [TestMethod]
    public void RestoreGraph_GivesTheClosuresConfigsAndLocalSources_ButIsNoInputItself()
    {
        using var repository = new FixtureRepository();
        using var userProfile = new FixtureRepository();
        repository.Write("NuGet.config", PlainConfig);
        repository.Write("libs/Shared/NuGet.config", PlainConfig);
        repository.Folder("libs/Shared/feed");
        userProfile.Write(".nuget/NuGet/NuGet.Config", PlainConfig);
        string app = repository.Write("src/App/App.csproj", FixtureRepository.EmptyProject);
        string lib = repository.Write("libs/Shared/Shared.csproj", FixtureRepository.EmptyProject);
        string graph = repository.Write("src/App/obj/App.csproj.nuget.dgspec.json", RestoreGraphFileTests.GraphText(repository.Root, userProfile.Root));
        var facts = new[]
        {
            new RestoreFact(app, RestoreFactKinds.Project, app),
            new RestoreFact(graph, RestoreFactKinds.RestoreGraph, app),
            new RestoreFact(lib, RestoreFactKinds.Project, lib),
        };

        RestoreInputResult result = RestoreInputSet.Compute(RestoreGraphFile.Expand(facts, out Containerize.Sdk.Diagnostics.ContainerizeDiagnostic? error), new string[0]);

        Assert.IsNull(error);
        CollectionAssert.AreEqual(
            new[] { "NuGet.config", "libs/Shared/NuGet.config", "libs/Shared/Shared.csproj", "src/App/App.csproj" },
            repository.Relative(result.Files));
        CollectionAssert.AreEqual(new[] { "libs/Shared/feed" }, repository.Relative(result.LocalPackageSources));
    }

    [TestMethod]
    public void RestoreGraphFact_IsNoInput_EvenUnexpanded()
    {
        using var repository = new FixtureRepository();
        string app = repository.Write("src/App/App.csproj", FixtureRepository.EmptyProject);
        string graph = repository.Write("src/App/obj/App.csproj.nuget.dgspec.json", RestoreGraphFileTests.GraphText(repository.Root));

        RestoreInputResult result = RestoreInputSet.Compute(
            new[] { new RestoreFact(app, RestoreFactKinds.Project, app), new RestoreFact(graph, RestoreFactKinds.RestoreGraph, app) },
            new string[0]);

        CollectionAssert.AreEqual(new[] { "src/App/App.csproj" }, repository.Relative(result.Files));
        Assert.IsEmpty(result.LocalPackageSources);
    }

    [TestMethod]
    public void MissingFilesAndRemoteOrMissingSources_AreLeftOut()
    {
        using var repository = new FixtureRepository();
        string app = repository.Write("App.csproj", FixtureRepository.EmptyProject);

        RestoreInputResult result = RestoreInputSet.Compute(
            new[]
            {
                new RestoreFact(app, RestoreFactKinds.Project, app),
                new RestoreFact(repository.PathOf("packages.lock.json"), RestoreFactKinds.LockFile, app),
                new RestoreFact("https://pkgs.example.com/index.json", RestoreFactKinds.PackageSource, app),
                new RestoreFact(repository.PathOf("no-such-feed"), RestoreFactKinds.PackageSource, app),
                new RestoreFact("", RestoreFactKinds.GlobalJson, app),
            },
            new string[0]);

        CollectionAssert.AreEqual(new[] { "App.csproj" }, repository.Relative(result.Files));
        Assert.IsEmpty(result.LocalPackageSources);
    }

    [TestMethod]
    public void SourcesAndFilesOfTheSdkInstallation_AreNoInputs()
    {
        using var repository = new FixtureRepository();
        using var dotnet = new FixtureRepository();
        string libraryPacks = dotnet.Folder("sdk/10.0.100/FSharp/library-packs");
        string sdkProps = dotnet.Write("sdk/10.0.100/Sdks/Microsoft.NET.Sdk/Sdk.props", FixtureRepository.EmptyProject);
        string app = repository.Write("src/App/App.fsproj", FixtureRepository.EmptyProject);
        string feed = repository.Folder("feed");

        RestoreInputResult result = RestoreInputSet.Compute(
            new[]
            {
                new RestoreFact(app, RestoreFactKinds.Project, app),
                new RestoreFact(sdkProps, RestoreFactKinds.DirectoryBuildProps, app),
                new RestoreFact(libraryPacks, RestoreFactKinds.PackageSource, app),
                new RestoreFact(feed, RestoreFactKinds.PackageSource, app),
            },
            new[] { Path.Combine(dotnet.Root, "sdk", "10.0.100") });

        CollectionAssert.AreEqual(new[] { "src/App/App.fsproj" }, repository.Relative(result.Files));
        CollectionAssert.AreEqual(new[] { feed }, result.LocalPackageSources.ToArray());
        Assert.IsTrue(result.Skipped.Any(line => line.Contains(libraryPacks, StringComparison.Ordinal)), string.Join("\n", result.Skipped));
    }

    [TestMethod]
    public void ALocalSource_SaysWhichNuGetConfigNamesIt_OrThatAPropertyAddedIt()
    {
        using var repository = new FixtureRepository();
        string app = repository.Write("src/App/App.csproj", FixtureRepository.EmptyProject);
        string config = repository.Write("NuGet.config", PlainConfig);
        string feed = repository.Folder("feed");
        string fromProperty = repository.Folder("extra-feed");

        RestoreInputResult result = RestoreInputSet.Compute(
            new[]
            {
                new RestoreFact(app, RestoreFactKinds.Project, app),
                new RestoreFact(config, RestoreFactKinds.NuGetConfig, app),
                new RestoreFact(feed, RestoreFactKinds.PackageSource, app),
                new RestoreFact(fromProperty, RestoreFactKinds.PackageSource, app),
            },
            new string[0]);

        Assert.AreEqual("named in the NuGet.config '" + config + "'", result.LocalPackageSourceOrigins[feed]);
        StringAssert.Contains(result.LocalPackageSourceOrigins[fromProperty], "RestoreAdditionalProjectSources");
        StringAssert.Contains(result.LocalPackageSourceOrigins[fromProperty], "'" + app + "'");
    }

    [TestMethod]
    public void FileUriSource_IsALocalFolder()
    {
        using var repository = new FixtureRepository();
        string feed = repository.Folder("feed");

        Assert.AreEqual(feed, PackageSourceFolders.LocalFolder(new Uri(feed + "/").AbsoluteUri));
        Assert.IsNull(PackageSourceFolders.LocalFolder("https://api.nuget.org/v3/index.json"));
    }

    [TestMethod]
    public void TheSameFacts_InAnotherOrder_GiveTheSameLists()
    {
        using var repository = new FixtureRepository();
        string app = repository.Write("src/App/App.csproj", FixtureRepository.EmptyProject);
        string lib = repository.Write("src/Lib/Lib.csproj", FixtureRepository.EmptyProject);
        string other = repository.Write("libs/Other/Other.csproj", FixtureRepository.EmptyProject);
        RestoreFact[] facts = new[] { app, lib, other }.Select(project => new RestoreFact(project, RestoreFactKinds.Project, project)).ToArray();

        RestoreInputResult forward = RestoreInputSet.Compute(facts, new string[0]);
        RestoreInputResult backward = RestoreInputSet.Compute(facts.Reverse(), new string[0]);

        CollectionAssert.AreEqual(forward.Files.ToArray(), backward.Files.ToArray());
        CollectionAssert.AreEqual(new[] { "libs/Other/Other.csproj", "src/App/App.csproj", "src/Lib/Lib.csproj" }, repository.Relative(forward.Files));
    }
}
