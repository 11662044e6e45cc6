using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.RestoreInputs;

namespace Containerize.Sdk.Tests.RestoreInputs;

/// <summary>NuGet's restore graph (obj/&lt;project&gt;.nuget.dgspec.json) read for the NuGet.config files and sources of the closure.</summary>
[TestClass]
public sealed class RestoreGraphFileTests
{
    /// <summary>
    /// A dgspec as NuGet writes it (trimmed of the frameworks' long lists) for {Root}/src/App, which references
    /// {Root}/libs/Shared; {User} is the home folder. libs/Shared has a NuGet.config of its own and, from it, a local
    /// folder source; "localfeed" is a source key that is also an XML name.
    /// </summary>
    private const string Graph = """
        {
          "format": 1,
          "restore": {
            "{Root}/src/App/App.csproj": {}
          },
          "projects": {
            "{Root}/src/App/App.csproj": {
              "version": "1.0.0",
              "restore": {
                "projectUniqueName": "{Root}/src/App/App.csproj",
                "projectName": "App",
                "projectPath": "{Root}/src/App/App.csproj",
                "packagesPath": "{User}/.nuget/packages/",
                "outputPath": "{Root}/src/App/obj/",
                "projectStyle": "PackageReference",
                "configFilePaths": [
                  "{Root}/NuGet.config",
                  "{User}/.nuget/NuGet/NuGet.Config"
                ],
                "originalTargetFrameworks": [
                  "net10.0"
                ],
                "sources": {
                  "https://api.nuget.org/v3/index.json": {}
                },
                "frameworks": {
                  "net10.0": {
                    "targetAlias": "net10.0",
                    "projectReferences": {
                      "{Root}/libs/Shared/Shared.csproj": {
                        "projectPath": "{Root}/libs/Shared/Shared.csproj"
                      }
                    }
                  }
                },
                "warningProperties": {
                  "warnAsError": [
                    "NU1605"
                  ]
                }
              },
              "frameworks": {
                "net10.0": {
                  "targetAlias": "net10.0",
                  "dependencies": {
                    "Serilog": {
                      "target": "Package",
                      "version": "[4.0.0, )"
                    }
                  },
                  "imports": [
                    "net461"
                  ]
                }
              }
            },
            "{Root}/libs/Shared/Shared.csproj": {
              "version": "1.0.0",
              "restore": {
                "projectUniqueName": "{Root}/libs/Shared/Shared.csproj",
                "projectName": "Shared",
                "projectPath": "{Root}/libs/Shared/Shared.csproj",
                "outputPath": "{Root}/libs/Shared/obj/",
                "projectStyle": "PackageReference",
                "configFilePaths": [
                  "{Root}/libs/Shared/NuGet.config",
                  "{Root}/NuGet.config",
                  "{User}/.nuget/NuGet/NuGet.Config"
                ],
                "sources": {
                  "C:\\feeds\\shared": {},
                  "{Root}/libs/Shared/feed": {},
                  "localfeed": {},
                  "https://api.nuget.org/v3/index.json": {}
                },
                "frameworks": {
                  "net10.0": {
                    "targetAlias": "net10.0",
                    "projectReferences": {}
                  }
                }
              },
              "frameworks": {
                "net10.0": {
                  "targetAlias": "net10.0",
                  "dependencies": {}
                }
              }
            }
          }
        }
        """;

    [TestMethod]
    public void Read_GivesTheConfigsOfEachProject_WithThatProject()
    {
        using var repository = new FixtureRepository();
        string path = WriteGraph(repository);

        IReadOnlyList<RestoreFact> facts = RestoreGraphFile.Read(path, out ContainerizeDiagnostic? error);

        Assert.IsNull(error);
        CollectionAssert.AreEqual(
            new[]
            {
                "/r/src/App/App.csproj: /r/NuGet.config",
                "/r/src/App/App.csproj: /home/user/.nuget/NuGet/NuGet.Config",
                "/r/libs/Shared/Shared.csproj: /r/libs/Shared/NuGet.config",
                "/r/libs/Shared/Shared.csproj: /r/NuGet.config",
                "/r/libs/Shared/Shared.csproj: /home/user/.nuget/NuGet/NuGet.Config",
            },
            Describe(facts, RestoreFactKinds.NuGetConfig));
    }

    [TestMethod]
    public void Read_GivesTheSourcesOfEachProject_KeysThatAreNoXmlNamesAndKeysThatAre()
    {
        using var repository = new FixtureRepository();
        string path = WriteGraph(repository);

        IReadOnlyList<RestoreFact> facts = RestoreGraphFile.Read(path, out ContainerizeDiagnostic? error);

        Assert.IsNull(error);
        CollectionAssert.AreEqual(
            new[]
            {
                "/r/src/App/App.csproj: https://api.nuget.org/v3/index.json",
                @"/r/libs/Shared/Shared.csproj: C:\feeds\shared",
                "/r/libs/Shared/Shared.csproj: /r/libs/Shared/feed",
                "/r/libs/Shared/Shared.csproj: localfeed",
                "/r/libs/Shared/Shared.csproj: https://api.nuget.org/v3/index.json",
            },
            Describe(facts, RestoreFactKinds.PackageSource));
        Assert.IsTrue(facts.All(fact => fact.Kind == RestoreFactKinds.NuGetConfig || fact.Kind == RestoreFactKinds.PackageSource));
    }

    [TestMethod]
    public void Read_AWindowsGraph_KeepsItsPaths()
    {
        using var repository = new FixtureRepository();
        string path = repository.Write("obj/App.csproj.nuget.dgspec.json", """
            {
              "format": 1,
              "restore": { "C:\\r\\App\\App.csproj": {} },
              "projects": {
                "C:\\r\\App\\App.csproj": {
                  "version": "1.0.0",
                  "restore": {
                    "projectPath": "C:\\r\\App\\App.csproj",
                    "configFilePaths": [ "C:\\r\\NuGet.Config" ],
                    "sources": { "C:\\r\\feed": {}, "\\\\server\\share\\feed": {} }
                  }
                }
              }
            }
            """);

        IReadOnlyList<RestoreFact> facts = RestoreGraphFile.Read(path, out ContainerizeDiagnostic? error);

        Assert.IsNull(error);
        CollectionAssert.AreEqual(new[] { @"C:\r\App\App.csproj: C:\r\NuGet.Config" }, Describe(facts, RestoreFactKinds.NuGetConfig));
        CollectionAssert.AreEqual(
            new[] { @"C:\r\App\App.csproj: C:\r\feed", @"C:\r\App\App.csproj: \\server\share\feed" },
            Describe(facts, RestoreFactKinds.PackageSource));
    }

    [TestMethod]
    public void Read_AGraphWithAByteOrderMark_IsRead()
    {
        using var repository = new FixtureRepository();
        string path = repository.Write("obj/App.csproj.nuget.dgspec.json", "");
        File.WriteAllText(path, GraphText("/r"), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        IReadOnlyList<RestoreFact> facts = RestoreGraphFile.Read(path, out ContainerizeDiagnostic? error);

        Assert.IsNull(error);
        Assert.HasCount(10, facts);
    }

    [TestMethod]
    [DataRow("{\n  \"format\": 1,\n  \"projects\": {\n    \"/r/App.csproj\": {\n", DisplayName = "cut short")]
    [DataRow("", DisplayName = "empty")]
    [DataRow("<Project />", DisplayName = "not JSON")]
    [DataRow("{ \"format\": 1, \"restore\": {} }", DisplayName = "no projects")]
    [DataRow("[ 1 ]", DisplayName = "an array")]
    public void CTZ2015_AGraphThatCannotBeRead(string text)
    {
        using var repository = new FixtureRepository();
        string path = repository.Write("obj/App.csproj.nuget.dgspec.json", text);

        IReadOnlyList<RestoreFact> facts = RestoreGraphFile.Read(path, out ContainerizeDiagnostic? error);

        Assert.IsNotNull(error);
        Assert.AreEqual("CTZ2015", error.Code);
        Assert.IsFalse(error.IsWarning);
        StringAssert.Contains(error.Message, path);
        StringAssert.Contains(error.Message, "dotnet restore");
        Assert.IsEmpty(facts);
    }

    [TestMethod]
    public void CTZ2015_AGraphThatIsGone()
    {
        using var repository = new FixtureRepository();
        string path = repository.PathOf("obj/App.csproj.nuget.dgspec.json");

        RestoreGraphFile.Read(path, out ContainerizeDiagnostic? error);

        Assert.AreEqual("CTZ2015", error?.Code);
    }

    [TestMethod]
    public void Expand_ReplacesTheGraphFact_AndKeepsTheOthers()
    {
        using var repository = new FixtureRepository();
        string path = WriteGraph(repository);
        var facts = new[]
        {
            new RestoreFact("/r/src/App/App.csproj", RestoreFactKinds.Project, "/r/src/App/App.csproj"),
            new RestoreFact(path, RestoreFactKinds.RestoreGraph, "/r/src/App/App.csproj"),
            new RestoreFact("/r/libs/Shared/Shared.csproj", RestoreFactKinds.Project, "/r/libs/Shared/Shared.csproj"),
        };

        IReadOnlyList<RestoreFact> expanded = RestoreGraphFile.Expand(facts, out ContainerizeDiagnostic? error);

        Assert.IsNull(error);
        Assert.HasCount(12, expanded);
        Assert.AreEqual(2, expanded.Count(fact => fact.Kind == RestoreFactKinds.Project));
        Assert.AreEqual(0, expanded.Count(fact => fact.Kind == RestoreFactKinds.RestoreGraph));
    }

    [TestMethod]
    public void Expand_AGraphThatCannotBeRead_IsCTZ2015()
    {
        using var repository = new FixtureRepository();
        string path = repository.Write("obj/App.csproj.nuget.dgspec.json", "{ \"format\": 1, \"projects\": ");

        IReadOnlyList<RestoreFact> expanded = RestoreGraphFile.Expand(new[] { new RestoreFact(path, RestoreFactKinds.RestoreGraph, "/r/App.csproj") }, out ContainerizeDiagnostic? error);

        Assert.AreEqual("CTZ2015", error?.Code);
        Assert.IsEmpty(expanded);
    }

    /// <summary>The graph of a repository at root (written with '/', as NuGet writes paths on Linux), and a home folder.</summary>
    internal static string GraphText(string root, string user = "/home/user") =>
        Graph.Replace("{Root}", Json(root), StringComparison.Ordinal).Replace("{User}", Json(user), StringComparison.Ordinal);

    private static string WriteGraph(FixtureRepository repository) =>
        repository.Write("obj/App.csproj.nuget.dgspec.json", GraphText("/r"));

    private static string Json(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string[] Describe(IEnumerable<RestoreFact> facts, string kind) =>
        facts.Where(fact => fact.Kind == kind).Select(fact => fact.ProjectFullPath + ": " + fact.Value).ToArray();
}
