using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.Runtime;

namespace Containerize.Sdk.Tests.Configuration;

/// <summary>
/// No property value may add or change a Dockerfile instruction. For every property, each hostile value is either
/// rejected with a coded error (and no spec), or written so that the final stage has exactly the instructions it has
/// with a harmless value, and the engine reads the value back unchanged.
/// </summary>
[TestClass]
public sealed class PropertyInjectionTests
{
    public static IEnumerable<object[]> HostileValues { get; } = new[]
    {
        "\nRUN touch /pwned",
        "\r\nRUN touch /pwned",
        "x\" \\\nRUN touch /pwned",
        "\"]\nRUN touch /pwned\n#",
        "<<EOF\nRUN touch /pwned\nEOF",
        "\u2028RUN touch /pwned",
        "x \\",
        "\\",
        "\"",
        "$(touch /pwned)",
        "${PATH}",
        "$HOME",
        "`touch /pwned`",
        "'; touch /pwned; '",
        "a b\tc",
        "# escape=`",
        "--mount=type=bind,source=/,target=/host",
        "\0",
    }.Select(value => new object[] { value });

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void EnvironmentVariableItemValue(string value)
    {
        Check(
            value,
            (settings, v) => settings.Runtime.EnvironmentVariables = new[] { new NamedValue("HOSTILE", v) },
            stage => AssertPair(stage, "ENV", "HOSTILE", value));
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void EnvironmentVariableItemName(string value)
    {
        Check(value, (settings, v) => settings.Runtime.EnvironmentVariables = new[] { new NamedValue(v, "1") }, benign: "SAFE");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void EnvironmentVariablesProperty(string value)
    {
        Check(
            value,
            (settings, v) => settings.Runtime.EnvironmentVariablesProperty = "HOSTILE=" + v,
            stage => AssertPair(stage, "ENV", "HOSTILE", SemicolonList.Split("HOSTILE=" + value).Single().Substring("HOSTILE=".Length).Trim()));
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void EnvironmentVariablesPropertyName(string value)
    {
        Check(value, (settings, v) => settings.Runtime.EnvironmentVariablesProperty = v + "=1", benign: "SAFE");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void LabelValue(string value)
    {
        Check(
            value,
            (settings, v) => settings.Runtime.Labels = new[] { new NamedValue("com.contoso.hostile", v) },
            stage => AssertPair(stage, "LABEL", "com.contoso.hostile", value));
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void LabelKey(string value)
    {
        Check(value, (settings, v) => settings.Runtime.Labels = new[] { new NamedValue(v, "1") }, benign: "com.contoso.safe");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void ProjectPropertyBehindAnOciLabel(string value)
    {
        Check(
            value,
            (settings, v) => settings.Runtime.LabelSources = new[] { new NamedValue("description", "d " + v) },
            stage => AssertPair(stage, "LABEL", "org.opencontainers.image.description", ExpectedOneLine("d " + value)));
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void CreatedLabel(string value)
    {
        Check(
            value,
            (settings, v) => settings.Runtime.Created = "2025 " + v,
            stage => AssertPair(stage, "LABEL", "org.opencontainers.image.created", ExpectedOneLine("2025 " + value)));
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void AppCommandArgsAndDefaultArgs(string value)
    {
        Check(
            value,
            (settings, v) =>
            {
                settings.Runtime.AppCommand = new[] { v };
                settings.Runtime.AppCommandArgs = new[] { v };
                settings.Runtime.DefaultArgs = new[] { v };
            },
            stage =>
            {
                CollectionAssert.AreEqual(new[] { value, value }, DockerfileLines.JsonArray(DockerfileLines.Arguments(stage, "ENTRYPOINT").Single()));
                CollectionAssert.AreEqual(new[] { value }, DockerfileLines.JsonArray(DockerfileLines.Arguments(stage, "CMD").Single()));
            });
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void AppCommandInstruction(string value)
    {
        Check(value, (settings, v) => settings.Runtime.AppCommandInstruction = v, benign: "Entrypoint");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void HealthCheckCommand(string value)
    {
        Check(
            value,
            (settings, v) => settings.Runtime.HealthCheck = "probe;" + v,
            stage =>
            {
                string check = DockerfileLines.Arguments(stage, "HEALTHCHECK").Single();
                Assert.StartsWith("CMD ", check);
                CollectionAssert.AreEqual(SemicolonList.Split("probe;" + value).ToArray(), DockerfileLines.JsonArray(check.Substring(4)));
            });
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void HealthCheckCommandInJsonForm(string value)
    {
        Check(
            value,
            (settings, v) => settings.Runtime.HealthCheck = System.Text.Json.JsonSerializer.Serialize(new[] { "probe", v }),
            stage =>
            {
                string check = DockerfileLines.Arguments(stage, "HEALTHCHECK").Single();
                Assert.StartsWith("CMD ", check);
                CollectionAssert.AreEqual(new[] { "probe", value }, DockerfileLines.JsonArray(check.Substring(4)));
            });
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void HealthCheckCommandInJsonForm_SplicedUnescaped(string value)
    {
        Check(value, (settings, v) => settings.Runtime.HealthCheck = "[\"probe\",\"" + v + "\"]");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void HealthCheckOptions(string value)
    {
        foreach (string option in new[] { "Interval", "Timeout", "StartPeriod", "Retries" })
        {
            Check(
                value,
                (settings, v) =>
                {
                    settings.Runtime.HealthCheck = "probe";
                    typeof(ContainerRuntimeSettings).GetProperty("HealthCheck" + option)!.SetValue(settings.Runtime, (option == "Retries" ? "5" : "5s") + v);
                },
                benign: "");
        }
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void StopSignal(string value)
    {
        Check(value, (settings, v) => settings.Runtime.StopSignal = "SIGTERM" + v, benign: "");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void OsPackage(string value)
    {
        Check(value, (settings, v) => settings.Runtime.OsPackages = new[] { "curl" + v }, benign: "");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void PortAndType(string value)
    {
        Check(value, (settings, v) => settings.Runtime.Ports = new[] { new NamedValue("80" + v, "") }, benign: "");
        Check(value, (settings, v) => settings.Runtime.Ports = new[] { new NamedValue("80", "tcp" + v) }, benign: "");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void User(string value)
    {
        Check(value, (settings, v) => settings.User = "app" + v, benign: "");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void ContainerFileDestinationAndChmod(string value)
    {
        using var context = new TemporaryContext();
        string file = context.File("a.txt");
        Check(value, (settings, v) => settings.Runtime.Files = new[] { new ContainerFileSetting(file, "/etc/a" + v, null) }, benign: "", root: context.Root);
        Check(value, (settings, v) => settings.Runtime.Files = new[] { new ContainerFileSetting(file, "/etc/a", "0755" + v) }, benign: "", root: context.Root);
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void ContainerFileSourceName(string value)
    {
        if (value.IndexOf('\0') >= 0 || value.IndexOf('/') >= 0)
        {
            return; // No file can have this name: nothing to write.
        }

        using var context = new TemporaryContext();
        context.File("f" + value);
        context.File("fsafe");
        Check(
            value,
            (settings, v) => settings.Runtime.Files = new[] { new ContainerFileSetting(Path.Combine(context.ProjectDirectory, "f" + v), "/etc/f", null) },
            stage => CollectionAssert.AreEqual(new[] { "f" + value, "/etc/f" }, DockerfileLines.JsonArray(DockerfileLines.Arguments(stage, "COPY").First())),
            root: context.Root);
    }

    /// <summary>
    /// Applies the hostile value and a harmless one; the hostile one must be rejected, or give the same instructions as
    /// the harmless one and pass the round-trip check.
    /// </summary>
    private static void Check(string hostile, Action<ContainerSettings, string> apply, Action<string>? roundTrip = null, string benign = "safe", string? root = null)
    {
        ContainerSettings harmless = ConfiguredProject.WebApp(root);
        apply(harmless, benign);
        string[] expected = Keywords(ConfiguredProject.FinalStage(harmless));

        ContainerSettings settings = ConfiguredProject.WebApp(root);
        apply(settings, hostile);
        ContainerSpecResult result = ContainerSpecFactory.Create(settings);
        if (result.HasErrors)
        {
            Assert.IsNull(result.Spec);
            foreach (var error in result.Diagnostics.Where(diagnostic => !diagnostic.IsWarning))
            {
                StringAssert.Matches(error.Code, new System.Text.RegularExpressions.Regex("^CTZ[12][0-9]{3}$"));
                Assert.DoesNotContain("\n", error.Message, "A hostile value must not forge log lines.");
                Assert.AreNotEqual("CTZ1099", error.Code);
            }

            return;
        }

        // The writer refusing (an ArgumentException) would mean validation let the value through.
        string dockerfile = DockerfileWriter.Write(DockerfilePlanner.Plan(result.Spec!));
        string stage = ConfiguredProject.FinalStage(settings);
        foreach (string line in dockerfile.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')))
        {
            Assert.Contains(DockerfileLines.Keyword(line), DockerfileLines.Keywords, "Not an instruction line: " + line);
        }

        CollectionAssert.AreEqual(expected, Keywords(stage), "The hostile value changed the instructions:\n" + stage);
        roundTrip?.Invoke(stage);
    }

    private static string[] Keywords(string stage) => DockerfileLines.Lines(stage).Select(DockerfileLines.Keyword).ToArray();

    private static void AssertPair(string stage, string keyword, string key, string value)
    {
        IEnumerable<KeyValuePair<string, string>> pairs = DockerfileLines.Arguments(stage, keyword).SelectMany(DockerfileLines.Pairs);
        Assert.AreEqual(value, pairs.Single(pair => pair.Key == key).Value);
    }

    /// <summary>What a generated label makes of a project property: blanks and control characters collapse to one space.</summary>
    private static string ExpectedOneLine(string value) =>
        string.Join(" ", value.Split(value.Where(c => char.IsWhiteSpace(c) || char.IsControl(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));
}
