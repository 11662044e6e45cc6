using System.Runtime.CompilerServices;
using Microsoft.Build.Locator;

// One in-process MSBuild at a time: BuildManager, the current directory and environment variables are process-wide.
[assembly: DoNotParallelize]

namespace Containerize.Sdk.TargetsTests;

/// <summary>
/// Points the Microsoft.Build assemblies at the .NET SDK's MSBuild before any Microsoft.Build type is touched, so this
/// class names none of them.
/// </summary>
[TestClass]
public static class MSBuildSetup
{
    /// <summary>
    /// Runs when the test host first calls into this assembly (its entry point), which is before MSTest's discovery:
    /// discovery loads every type here, and CapturingLogger implements Microsoft.Build.Framework's ILogger, so
    /// [AssemblyInitialize] alone would come too late.
    /// </summary>
    [ModuleInitializer]
    internal static void RegisterBeforeDiscovery() => Register();

    /// <summary>The documented place for it; by the time it runs the module initializer has normally registered already.</summary>
    [AssemblyInitialize]
    public static void RegisterMSBuild(TestContext context) => Register();

    private static void Register()
    {
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }
    }
}
