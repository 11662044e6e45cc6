using Containerize.Sdk.TargetsTests.RestoreInputs;

namespace Containerize.Sdk.TargetsTests;

/// <summary>The slice manifest the targets write from the real SDK's publish items.</summary>
[TestClass]
public sealed class SliceManifestTargetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void XmlDocumentationOfDirectAndTransitiveProjectReferences_IsInTheProjectReferencesSlice()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "App", GenerateDockerfileTargetTests.Containerized(new()));
        foreach (string name in new[] { "Lib", "Core" })
        {
            ClosureFixture.Write(project, $"libs/{name}/{name}.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <NoWarn>$(NoWarn);CS1591</NoWarn>
                  </PropertyGroup>
                  {(name == "Lib" ? "<ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup>" : "")}
                </Project>
                """);
            ClosureFixture.Write(project, $"libs/{name}/{name}Type.cs", $"namespace {name};\n\n/// <summary>Documented.</summary>\npublic static class {name}Type {{ }}\n");
        }

        ClosureFixture.AddProjectReference(project, "../../libs/Lib/Lib.csproj");

        BuildOutcome outcome = new ProjectBuilder(project, BinlogName.For(TestContext)).RestoreAndBuild("Build", "GenerateDockerfile");

        GenerateDockerfileTargetTests.AssertSucceeded(outcome);
        string[] manifest = File.ReadAllLines(Path.Combine(project.ContainerizeFolder(), "slices.txt"));
        foreach (string file in new[] { "Lib.dll", "Lib.xml", "Core.dll", "Core.xml" })
        {
            CollectionAssert.Contains(manifest, "project-references\t" + file, string.Join("\n", manifest));
        }
    }
}
