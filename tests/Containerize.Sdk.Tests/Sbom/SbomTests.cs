using System.Text.Json.Nodes;
using Containerize.Sdk.Files;
using Containerize.Sdk.Sbom;
using Json.Schema;

namespace Containerize.Sdk.Tests.Sbom;

[TestClass]
public sealed class SbomTests
{
    /// <summary>
    /// A restore graph like samples/MultiProject's for linux-x64: a project reference that brings a package, a package
    /// with a dependency, this package (PrivateAssets=all, build files only), an analyzer it alone brings, and a
    /// PrivateAssets=all package that does put a file in the output.
    /// </summary>
    private const string NupkgSha512 = "yzqGU/HKNLZ9Uvr6kvSc3wYV/S5O/IvklIUW5WF7MuivGLY8wS5IZnLPkt7D1KW8Et2Enl0I3Lzg2vGWM24Xsw==";

    private static readonly string PackagesFolder = Path.Combine(Path.GetTempPath(), "ctz-sbom-packages-" + Guid.NewGuid().ToString("N"));

    private const string Assets = """
        {
          "version": 3,
          "targets": {
            "net10.0": { "Humanizer.Core/2.14.1": { "type": "package" } },
            "net10.0/linux-x64": {
              "Containerize.Sdk/0.1.0-dev": { "type": "package", "dependencies": { "Some.Analyzer": "1.0.0" }, "build": { "build/Containerize.Sdk.props": {} } },
              "Some.Analyzer/1.0.0": { "type": "package", "compile": { "lib/netstandard2.0/_._": {} } },
              "Humanizer.Core/2.14.1": { "type": "package", "runtime": { "lib/net6.0/Humanizer.dll": {} } },
              "Serilog.Sinks.Console/6.0.0": { "type": "package", "dependencies": { "Serilog": "4.0.0" }, "runtime": { "lib/net8.0/Serilog.Sinks.Console.dll": {} } },
              "Serilog/4.0.0": { "type": "package", "runtime": { "lib/net8.0/Serilog.dll": {} } },
              "Private.WithRuntime/1.0.0": { "type": "package", "runtime": { "lib/net8.0/Private.WithRuntime.dll": {} } },
              "Greetings/1.0.0": { "type": "project", "dependencies": { "Humanizer.Core": "2.14.1" } }
            }
          },
          "libraries": {
            "Humanizer.Core/2.14.1": { "sha512": "lQKvtaTDOXnoVJ20ibTuSIOf2i0uO0MPbDhd1jm238I+U/2ZnRENj0cktKZhtchBMtCUSRQ5v4xBCUbKNmyVMw==", "type": "package", "path": "humanizer.core/2.14.1", "files": [ "humanizer.core.2.14.1.nupkg.sha512", "lib/net6.0/Humanizer.dll" ] },
            "Serilog/4.0.0": { "sha512": "2jDkUrSh5EofOp7Lx5Zgy0EB+7hXjjxE2ktTb1WVQmU00lDACR2TdROGKU0K1pDTBSJBN1PqgYpgOZF8mL7NJw==", "type": "package" }
          },
          "packageFolders": { "PACKAGES/": {} },
          "project": {
            "frameworks": {
              "net10.0": {
                "dependencies": {
                  "Containerize.Sdk": { "suppressParent": "All", "target": "Package" },
                  "Private.WithRuntime": { "suppressParent": "All", "target": "Package" },
                  "serilog.sinks.console": { "target": "Package" }
                }
              }
            }
          }
        }
        """;

    [TestMethod]
    public void TheRuntimeClosureHoldsWhatReachesTheOutput_NotBuildOnlyTools()
    {
        IReadOnlyList<NuGetPackage> packages = RuntimePackages.Read(AssetsJson(), "net10.0", "linux-x64");

        CollectionAssert.AreEqual(
            new[] { "Humanizer.Core 2.14.1", "Private.WithRuntime 1.0.0", "Serilog 4.0.0", "Serilog.Sinks.Console 6.0.0" },
            packages.Select(package => package.Id + " " + package.Version).ToArray(),
            "the project reference's package and the transitive one are in; Containerize.Sdk and the analyzer only it brings are not");
        Assert.AreEqual(NupkgSha512, packages[0].Sha512, "the .nupkg's hash NuGet writes beside the package, not the assets file's content hash");
        Assert.IsNull(packages[2].Sha512, "Serilog has no .nupkg.sha512 in the packages folder");
    }

    [TestMethod]
    public void AMissingTargetIsAFormatErrorThatNamesTheTargetsThereAre()
    {
        var error = Assert.ThrowsExactly<FormatException>(() => RuntimePackages.Read(AssetsJson(), "net9.0", null));
        StringAssert.Contains(error.Message, "net9.0");
        StringAssert.Contains(error.Message, "net10.0/linux-x64");
        Assert.ThrowsExactly<FormatException>(() => JsonFile.Parse("{ \"targets\": "u8.ToArray()));
    }

    [TestMethod]
    public void TheDocumentIsValidCycloneDx16_AndTheSameSubjectGivesTheSameBytes()
    {
        string first = CycloneDxDocument.Write(Subject());
        string second = CycloneDxDocument.Write(Subject());

        Assert.AreEqual(first, second);
        using var document = System.Text.Json.JsonDocument.Parse(first);
        EvaluationResults results = Schema().Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.IsTrue(results.IsValid, string.Join("\n", (results.Details ?? new List<EvaluationResults>()).Where(detail => detail.Errors != null).SelectMany(detail => detail.Errors!.Select(error => detail.InstanceLocation + ": " + error.Value))));
        using var broken = System.Text.Json.JsonDocument.Parse(first.Replace("\"SHA-512\"", "\"SHA-513\""));
        Assert.IsFalse(Schema().Evaluate(broken.RootElement).IsValid, "the schema is really applied: an unknown hash algorithm fails it");
    }

    [TestMethod]
    public void TheDocumentNamesTheAppItsPackagesWithPurlAndHexSha512_AndTheBaseImage()
    {
        JsonNode bom = JsonNode.Parse(CycloneDxDocument.Write(Subject()))!;

        Assert.AreEqual("CycloneDX", (string?)bom["bomFormat"]);
        Assert.AreEqual("1.6", (string?)bom["specVersion"]);
        JsonNode app = bom["metadata"]!["component"]!;
        Assert.AreEqual("App", (string?)app["name"]);
        Assert.AreEqual("1.2.3", (string?)app["version"]);
        Assert.AreEqual("0123abc", (string?)app["properties"]![0]!["value"]);
        JsonArray components = bom["components"]!.AsArray();
        JsonNode humanizer = components.Single(component => (string?)component!["name"] == "Humanizer.Core")!;
        Assert.AreEqual("pkg:nuget/Humanizer.Core@2.14.1", (string?)humanizer["purl"]);
        Assert.AreEqual("SHA-512", (string?)humanizer["hashes"]![0]!["alg"]);
        Assert.AreEqual(
            Convert.ToHexStringLower(Convert.FromBase64String(NupkgSha512)),
            (string?)humanizer["hashes"]![0]!["content"]);
        JsonNode image = components.Single(component => (string?)component!["type"] == "container")!;
        Assert.AreEqual("mcr.microsoft.com/dotnet/runtime", (string?)image["name"]);
        Assert.AreEqual("10.0", (string?)image["version"]);
    }

    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0", "mcr.microsoft.com/dotnet/aspnet", "10.0")]
    [DataRow("localhost:5000/base", "localhost:5000/base", null)]
    [DataRow("registry:5000/base@sha256:abc", "registry:5000/base", "sha256:abc")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0@sha256:abc", "mcr.microsoft.com/dotnet/aspnet", "sha256:abc")]
    public void AnImageReferenceSplitsIntoNameAndTagOrDigest(string reference, string name, string? version)
    {
        Assert.AreEqual((name, version), CycloneDxDocument.ImageNameAndVersion(reference));
    }

    [TestMethod]
    public void AQuotedStringReadsBackAsItself()
    {
        string hostile = "quote \" backslash \\ line\nbreak tab\t control \u0001 ünï 名前";
        var parsed = JsonFile.Parse(System.Text.Encoding.UTF8.GetBytes("{ \"a\": " + JsonFile.Quote(hostile) + " }"));

        Assert.AreEqual(hostile, JsonFile.Text(parsed, "a"));
        Assert.AreEqual(hostile, (string?)JsonNode.Parse(JsonFile.Quote(hostile)), "System.Text.Json reads the quoted text back as the same string");
    }

    private static System.Xml.Linq.XElement AssetsJson()
    {
        string sha512 = Path.Combine(PackagesFolder, "humanizer.core", "2.14.1", "humanizer.core.2.14.1.nupkg.sha512");
        Directory.CreateDirectory(Path.GetDirectoryName(sha512)!);
        File.WriteAllText(sha512, NupkgSha512);
        return JsonFile.Parse(System.Text.Encoding.UTF8.GetBytes(Assets.Replace("PACKAGES/", JsonFile.Quote(PackagesFolder + "/")[1..^1])));
    }

    [ClassCleanup]
    public static void RemovePackagesFolder()
    {
        if (Directory.Exists(PackagesFolder))
        {
            Directory.Delete(PackagesFolder, recursive: true);
        }
    }

    private static SbomSubject Subject() => new()
    {
        AppName = "App",
        AppVersion = "1.2.3",
        Revision = "0123abc",
        Packages = RuntimePackages.Read(AssetsJson(), "net10.0", "linux-x64"),
        BaseImage = "mcr.microsoft.com/dotnet/runtime:10.0",
        ToolVersion = "0.1.0",
    };

    private static JsonSchema Schema()
    {
        if (LoadedSchema != null)
        {
            return LoadedSchema;
        }

        string folder = Path.Combine(AppContext.BaseDirectory, "Sbom", "Schema");
        foreach (string referenced in new[] { "spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json" })
        {
            JsonSchema schema = JsonSchema.FromFile(Path.Combine(folder, referenced));
            SchemaRegistry.Global.Register(new Uri("http://cyclonedx.org/schema/" + referenced), schema);
        }

        return LoadedSchema = JsonSchema.FromFile(Path.Combine(folder, "bom-1.6.SNAPSHOT.schema.json"));
    }

    private static JsonSchema? LoadedSchema;
}
