using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Tests.Planning;

/// <summary>The specs behind the golden Dockerfiles: each is what ContainerSpecFactory makes for a typical project.</summary>
internal static class SpecExamples
{
    /// <summary>An ASP.NET Core app in src/Web, built from source with BuildKit.</summary>
    public static ContainerSpec WebAppWithBuildKit() => new()
    {
        Mode = ContainerizeMode.Source,
        ProjectPath = "src/Web/Web.csproj",
        AssemblyName = "Web",
        SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0",
        BaseImage = "mcr.microsoft.com/dotnet/aspnet:10.0",
        UseBuildKit = true,
        MountsNuGetCache = true,
        RestoreInputs = new[] { "Directory.Build.props", "NuGet.config", "src/Web/Web.csproj" },
        FinalStage = new FinalStageSpec
        {
            Ports = new[] { new ContainerPortSpec(8080, "tcp") },
            Entrypoint = new[] { "dotnet", "Web.dll" },
        },
    };

    /// <summary>A console app at the context root, for a builder without BuildKit.</summary>
    public static ContainerSpec ConsoleAppWithoutBuildKit() => new()
    {
        Mode = ContainerizeMode.Source,
        ProjectPath = "Worker.csproj",
        AssemblyName = "Worker",
        SdkImage = "mcr.microsoft.com/dotnet/sdk:8.0",
        BaseImage = "mcr.microsoft.com/dotnet/runtime:8.0",
        UseBuildKit = false,
        RestoreInputs = new[] { "Worker.csproj", "global.json" },
        FinalStage = new FinalStageSpec
        {
            Entrypoint = new[] { "dotnet", "Worker.dll" },
        },
    };

    /// <summary>A self-contained linux-x64 app on runtime-deps, started through its apphost.</summary>
    public static ContainerSpec SelfContainedApp() => new()
    {
        Mode = ContainerizeMode.Source,
        ProjectPath = "src/Api/Api.csproj",
        AssemblyName = "Api",
        SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0",
        BaseImage = "mcr.microsoft.com/dotnet/runtime-deps:10.0",
        UseBuildKit = true,
        MountsNuGetCache = true,
        SelfContained = true,
        RuntimeIdentifier = "linux-x64",
        RestoreInputs = new[] { "src/Api/Api.csproj" },
        FinalStage = new FinalStageSpec
        {
            Ports = new[] { new ContainerPortSpec(8080, "tcp") },
            Entrypoint = new[] { "/app/Api" },
        },
    };

    /// <summary>
    /// Restore inputs spread over several folders plus a local feed, given out of order: the planner must write one
    /// COPY per folder in a stable order, root files to "./".
    /// </summary>
    public static ContainerSpec RestoreInputsInSeveralFolders() => new()
    {
        Mode = ContainerizeMode.Source,
        ProjectPath = "src/Api/Api.csproj",
        AssemblyName = "Api",
        SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0",
        BaseImage = "mcr.microsoft.com/dotnet/aspnet:10.0",
        UseBuildKit = true,
        MountsNuGetCache = true,
        RestoreInputs = new[]
        {
            "src/Core/packages.lock.json",
            "packages/local/",
            "src/Api/Api.csproj",
            "NuGet.config",
            "build/Common.props",
            "src/Core/Core.csproj",
            "Directory.Packages.props",
            "Directory.Build.props",
        },
        FinalStage = new FinalStageSpec
        {
            Ports = new[] { new ContainerPortSpec(8080, "tcp") },
            Entrypoint = new[] { "dotnet", "Api.dll" },
        },
    };

    /// <summary>A web app built on the build platform for the target architecture (docker buildx --platform).</summary>
    public static ContainerSpec CrossBuild() => new()
    {
        Mode = ContainerizeMode.Source,
        ProjectPath = "src/Web/Web.csproj",
        AssemblyName = "Web",
        SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0",
        BaseImage = "mcr.microsoft.com/dotnet/aspnet:10.0",
        UseBuildKit = true,
        MountsNuGetCache = true,
        CrossBuild = true,
        RestoreInputs = new[] { "src/Web/Web.csproj" },
        FinalStage = new FinalStageSpec
        {
            Ports = new[] { new ContainerPortSpec(8080, "tcp") },
            Entrypoint = new[] { "dotnet", "Web.dll" },
        },
    };
}
