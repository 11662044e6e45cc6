using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Tests.Configuration;

/// <summary>
/// No property value may add or change a Dockerfile instruction. For every property, each test states which hostile
/// values are refused, with which code and naming which property, and which are accepted: an accepted value is written
/// so that the final stage has exactly the instructions it has with a harmless value, and the engine reads it back.
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
            (settings, v) => settings.FinalStage.EnvironmentVariables = new[] { new NamedValue("HOSTILE", v) },
            HasLineBreakOrNul(value) ? Refused("ContainerEnvironmentVariable", "CTZ1102") : Accepted,
            stage => AssertPair(stage, "ENV", "HOSTILE", value));
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void EnvironmentVariableItemName(string value)
    {
        Check(value, (settings, v) => settings.FinalStage.EnvironmentVariables = new[] { new NamedValue(v, "1") }, Refused("ContainerEnvironmentVariable", "CTZ1101"), benign: "SAFE");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void EnvironmentVariablesProperty(string value)
    {
        Check(
            value,
            (settings, v) => settings.FinalStage.EnvironmentVariablesProperty = "HOSTILE=" + v,
            // ';' separates the list (an item without '=' is CTZ1103); blanks around a value are trimmed.
            value.Contains(';') ? Refused("ContainerEnvironmentVariables", "CTZ1103")
                : HasLineBreakOrNul(value.Trim()) ? Refused("ContainerEnvironmentVariables", "CTZ1102")
                : Accepted,
            stage => AssertPair(stage, "ENV", "HOSTILE", SemicolonList.Split("HOSTILE=" + value).Single().Substring("HOSTILE=".Length).Trim()));
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void EnvironmentVariablesPropertyName(string value)
    {
        Check(
            value,
            (settings, v) => settings.FinalStage.EnvironmentVariablesProperty = v + "=1",
            value.Contains(';') ? Refused("ContainerEnvironmentVariables", "CTZ1101", "CTZ1103") : Refused("ContainerEnvironmentVariables", "CTZ1101"),
            benign: "SAFE");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void LabelValue(string value)
    {
        Check(
            value,
            (settings, v) => settings.FinalStage.Labels = new[] { new NamedValue("com.contoso.hostile", v) },
            HasLineBreakOrNul(value) ? Refused("ContainerLabel", "CTZ1105") : Accepted,
            stage => AssertPair(stage, "LABEL", "com.contoso.hostile", value));
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void LabelKey(string value)
    {
        Check(value, (settings, v) => settings.FinalStage.Labels = new[] { new NamedValue(v, "1") }, Refused("ContainerLabel", "CTZ1104"), benign: "com.contoso.safe");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void ProjectPropertyBehindAnOciLabel(string value)
    {
        Check(
            value,
            (settings, v) => settings.FinalStage.LabelSources = new[] { new NamedValue("description", "d " + v) },
            Accepted,
            stage => AssertPair(stage, "LABEL", "org.opencontainers.image.description", ExpectedOneLine("d " + value)));
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void CreatedLabel(string value)
    {
        Check(
            value,
            (settings, v) => settings.FinalStage.Created = "2025 " + v,
            Accepted,
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
                settings.FinalStage.AppCommand = new[] { v };
                settings.FinalStage.AppCommandArgs = new[] { v };
                settings.FinalStage.DefaultArgs = new[] { v };
            },
            Accepted,
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
        Check(value, (settings, v) => settings.FinalStage.AppCommandInstruction = v, Refused("ContainerAppCommandInstruction", "CTZ1107"), benign: "Entrypoint");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void HealthCheckCommand(string value)
    {
        Check(
            value,
            (settings, v) => settings.FinalStage.HealthCheck = "probe;" + v,
            Accepted,
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
            (settings, v) => settings.FinalStage.HealthCheck = System.Text.Json.JsonSerializer.Serialize(new[] { "probe", v }),
            Accepted,
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
        // System.Text.Json is the oracle: what it reads as a string array is accepted and means that array; the rest is CTZ1141.
        string spliced = "[\"probe\",\"" + value + "\"]";
        string[]? meant = null;
        try
        {
            meant = System.Text.Json.JsonSerializer.Deserialize<string[]>(spliced);
        }
        catch (System.Text.Json.JsonException)
        {
        }

        Check(
            value,
            (settings, v) => settings.FinalStage.HealthCheck = "[\"probe\",\"" + v + "\"]",
            meant == null ? Refused("ContainerHealthCheck", "CTZ1141") : Accepted,
            stage => CollectionAssert.AreEqual(meant, DockerfileLines.JsonArray(DockerfileLines.Arguments(stage, "HEALTHCHECK").Single().Substring(4))));
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
                    settings.FinalStage.HealthCheck = "probe";
                    typeof(FinalStageSettings).GetProperty("HealthCheck" + option)!.SetValue(settings.FinalStage, (option == "Retries" ? "5" : "5s") + v);
                },
                Refused("ContainerHealthCheck" + option, option == "Retries" ? "CTZ1111" : "CTZ1110"),
                benign: "");
        }
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void StopSignal(string value)
    {
        Check(value, (settings, v) => settings.FinalStage.StopSignal = "SIGTERM" + v, Refused("ContainerStopSignal", "CTZ1112"), benign: "");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void OsPackage(string value)
    {
        Check(value, (settings, v) => settings.FinalStage.OsPackages = new[] { "curl" + v }, Refused("ContainerOsPackage", "CTZ1113"), benign: "");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void PortAndType(string value)
    {
        Check(value, (settings, v) => settings.FinalStage.Ports = new[] { new NamedValue("80" + v, "") }, Refused("ContainerPort", "CTZ1001"), benign: "");
        Check(value, (settings, v) => settings.FinalStage.Ports = new[] { new NamedValue("80", "tcp" + v) }, Refused("ContainerPort", "CTZ1001"), benign: "");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void User(string value)
    {
        Check(value, (settings, v) => settings.User = "app" + v, Refused("ContainerUser", "CTZ1001"), benign: "");
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void ContainerFileDestinationAndChmod(string value)
    {
        using var context = new TemporaryContext();
        string file = context.File("a.txt");
        Check(
            value,
            (settings, v) => settings.FinalStage.Files = new[] { new ContainerFileSetting(file, "/etc/a" + v, null) },
            IsPlainPath(value) ? Accepted : Refused("ContainerFile", "CTZ1117"),
            stage => Assert.AreEqual("/etc/a" + value, DockerfileLines.JsonArray(DockerfileLines.Arguments(stage, "COPY").First())[1]),
            benign: "",
            root: context.Root);
        Check(value, (settings, v) => settings.FinalStage.Files = new[] { new ContainerFileSetting(file, "/etc/a", "0755" + v) }, Refused("ContainerFile", "CTZ1118"), benign: "", root: context.Root);
    }

    [TestMethod]
    [DynamicData(nameof(HostileValues))]
    public void ContainerFileSourceName(string value)
    {
        // No file name holds '/' or NUL: those become '_', so every hostile value still names a file.
        string name = value.Replace('/', '_').Replace('\0', '_');
        using var context = new TemporaryContext();
        context.File("f" + name);
        context.File("fsafe");
        Check(
            name,
            (settings, v) => settings.FinalStage.Files = new[] { new ContainerFileSetting(Path.Combine(context.ProjectDirectory, "f" + v), "/etc/f", null) },
            IsCopySource(name) ? Accepted : Refused("ContainerFile", "CTZ2004"),
            stage => CollectionAssert.AreEqual(new[] { "f" + name, "/etc/f" }, DockerfileLines.JsonArray(DockerfileLines.Arguments(stage, "COPY").First())),
            root: context.Root);
    }

    private sealed record Refusal(string Property, string[] Codes);

    private static readonly Refusal? Accepted = null;

    /// <summary>The value must be refused with these codes (each at least once, no other), the message naming the property.</summary>
    private static Refusal Refused(string property, params string[] codes) => new(property, codes);

    /// <summary>
    /// Applies the hostile value and a harmless one. A value expected to be refused must give exactly the expected codes,
    /// each naming the property, and no spec; an accepted one must give the same instructions as the harmless one and
    /// pass the round-trip check.
    /// </summary>
    private static void Check(string hostile, Action<ContainerSettings, string> apply, Refusal? expected, Action<string>? roundTrip = null, string benign = "safe", string? root = null)
    {
        ContainerSettings harmless = ConfiguredProject.WebApp(root);
        apply(harmless, benign);
        string[] expectedKeywords = Keywords(ConfiguredProject.FinalStage(harmless));

        ContainerSettings settings = ConfiguredProject.WebApp(root);
        apply(settings, hostile);
        ContainerSpecResult result = ContainerSpecFactory.Create(settings);
        string[] errors = result.Diagnostics.Where(diagnostic => !diagnostic.IsWarning).Select(diagnostic => diagnostic.ToString()).ToArray();
        if (expected != null)
        {
            Assert.IsNull(result.Spec, "Expected " + string.Join(", ", expected.Codes) + " for " + Show(hostile));
            CollectionAssert.AreEquivalent(expected.Codes, result.Diagnostics.Where(diagnostic => !diagnostic.IsWarning).Select(diagnostic => diagnostic.Code).Distinct().ToArray(), string.Join("\n", errors));
            foreach (var error in result.Diagnostics.Where(diagnostic => !diagnostic.IsWarning))
            {
                Assert.Contains(expected.Property, error.Message);
                Assert.DoesNotContain("\n", error.Message, "A hostile value must not forge log lines.");
            }

            return;
        }

        Assert.IsEmpty(errors, "Expected " + Show(hostile) + " to be accepted:\n" + string.Join("\n", errors));

        // The writer refusing (an ArgumentException) would mean validation let the value through.
        string dockerfile = DockerfileWriter.Write(DockerfilePlanner.Plan(result.Spec!));
        string stage = ConfiguredProject.FinalStage(settings);
        foreach (string line in dockerfile.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')))
        {
            Assert.Contains(DockerfileLines.Keyword(line), DockerfileLines.Keywords, "Not an instruction line: " + line);
        }

        CollectionAssert.AreEqual(expectedKeywords, Keywords(stage), "The hostile value changed the instructions:\n" + stage);
        roundTrip?.Invoke(stage);
    }

    /// <summary>A line break (or NUL) no ENV or LABEL value can hold: \n, \r, U+2028, U+2029, \0.</summary>
    private static bool HasLineBreakOrNul(string value) => value.IndexOfAny(new[] { '\n', '\r', '\u2028', '\u2029', '\0' }) >= 0;

    /// <summary>What a COPY path may hold: no blank, control character, quote, '$', backslash, backtick or glob.</summary>
    private static bool IsPlainPath(string value) =>
        !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || "$\\\"'`*?[".Contains(c));

    /// <summary>What a COPY source may hold (a JSON-form COPY keeps blanks): no control character, quote, '$', backslash, backtick or glob.</summary>
    private static bool IsCopySource(string value) => !value.Any(c => char.IsControl(c) || "$\\\"'`*?[".Contains(c));

    private static string Show(string value) => System.Text.Json.JsonSerializer.Serialize(value);

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
