using System.Reflection;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Tests.Configuration;

/// <summary>One test per CTZ11xx code: the value that triggers it, and a message that names the property and the value.</summary>
[TestClass]
public sealed class ConfigurationErrorTests
{
    private static void AssertNames(ContainerizeDiagnostic diagnostic, params string[] parts)
    {
        foreach (string part in parts)
        {
            StringAssert.Contains(diagnostic.Message, part);
        }
    }

    [TestMethod]
    [DataRow("1ABC")]
    [DataRow("A-B")]
    [DataRow("A B")]
    [DataRow("A=B")]
    public void Ctz1101InvalidEnvironmentVariableItemName(string name)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.EnvironmentVariables = new[] { new NamedValue(name, "1") };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1101"), "ContainerEnvironmentVariable", name);
    }

    [TestMethod]
    public void Ctz1101InvalidEnvironmentVariablePropertyName()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.EnvironmentVariablesProperty = "GOOD=1;BAD NAME=2";
        AssertNames(ConfiguredProject.Single(settings, "CTZ1101"), "ContainerEnvironmentVariables", "BAD NAME");
    }

    [TestMethod]
    [DataRow("line1\nline2")]
    [DataRow("a\rb")]
    [DataRow("bell\u0007")]
    [DataRow("a\u2028b")]
    public void Ctz1102EnvironmentValueWithLineBreakOrControlCharacter(string value)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.EnvironmentVariables = new[] { new NamedValue("A", value) };
        ContainerizeDiagnostic diagnostic = ConfiguredProject.Single(settings, "CTZ1102");
        AssertNames(diagnostic, "ContainerEnvironmentVariable", "A");
        Assert.DoesNotContain("\n", diagnostic.Message);
    }

    [TestMethod]
    [DataRow("A=1;JUSTANAME")]
    [DataRow("=1")]
    public void Ctz1103PropertyEntryWithoutName(string value)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.EnvironmentVariablesProperty = value;
        AssertNames(ConfiguredProject.Single(settings, "CTZ1103"), "ContainerEnvironmentVariables", "';;'");
    }

    [TestMethod]
    [DataRow("-starts.with.dash")]
    [DataRow("ends.with.dot.")]
    [DataRow("has space")]
    [DataRow("quote\"d")]
    [DataRow("dollar$")]
    public void Ctz1104InvalidLabelKey(string key)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.Labels = new[] { new NamedValue(key, "v") };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1104"), "ContainerLabel", key);
    }

    [TestMethod]
    public void Ctz1105LabelValueWithLineBreak()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.Labels = new[] { new NamedValue("com.contoso.note", "a\nb") };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1105"), "ContainerLabel", "com.contoso.note", "a\\nb");
    }

    [TestMethod]
    public void Ctz1106GenerateLabelsNotABoolean()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.GenerateLabels = "no";
        AssertNames(ConfiguredProject.Single(settings, "CTZ1106"), "ContainerGenerateLabels", "'no'");
    }

    [TestMethod]
    public void Ctz1107UnknownAppCommandInstruction()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.AppCommandInstruction = "Cmd";
        AssertNames(ConfiguredProject.Single(settings, "CTZ1107"), "ContainerAppCommandInstruction", "'Cmd'", "DefaultArgs");
    }

    [TestMethod]
    public void Ctz1108AppCommandWithInstructionNone()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.AppCommandInstruction = "None";
        settings.FinalStage.AppCommand = new[] { "dotnet" };
        settings.FinalStage.AppCommandArgs = new[] { "x" };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1108"), "ContainerAppCommand and ContainerAppCommandArgs are set");
    }

    [TestMethod]
    [DataRow("Interval")]
    [DataRow("Timeout")]
    [DataRow("StartPeriod")]
    [DataRow("Retries")]
    public void Ctz1109HealthCheckOptionWithoutCommand(string option)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.HealthCheck = " ; ";
        typeof(FinalStageSettings).GetProperty("HealthCheck" + option)!.SetValue(settings.FinalStage, option == "Retries" ? "3" : "5s");
        AssertNames(ConfiguredProject.Single(settings, "CTZ1109"), "ContainerHealthCheck" + option);
    }

    [TestMethod]
    [DataRow("30")]
    [DataRow("30 s")]
    [DataRow("1d")]
    [DataRow("-5s")]
    [DataRow("0")]
    [DataRow("0s")]
    [DataRow("999us")]
    [DataRow("1.s.5")]
    [DataRow("3000000h")]
    [DataRow("5s;RUN id")]
    public void Ctz1110InvalidDuration(string value)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.HealthCheck = "true";
        settings.FinalStage.HealthCheckStartPeriod = value;
        AssertNames(ConfiguredProject.Single(settings, "CTZ1110"), "ContainerHealthCheckStartPeriod", value);
    }

    [TestMethod]
    [DataRow("0")]
    [DataRow("-1")]
    [DataRow("three")]
    [DataRow("1.5")]
    [DataRow("99999999999")]
    public void Ctz1111InvalidRetries(string value)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.HealthCheck = "true";
        settings.FinalStage.HealthCheckRetries = value;
        AssertNames(ConfiguredProject.Single(settings, "CTZ1111"), "ContainerHealthCheckRetries", value);
    }

    [TestMethod]
    public void Ctz1112UnknownStopSignal()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.StopSignal = "SIGSTOPPLEASE";
        AssertNames(ConfiguredProject.Single(settings, "CTZ1112"), "ContainerStopSignal", "SIGSTOPPLEASE");
    }

    [TestMethod]
    [DataRow("Curl")]
    [DataRow("-y")]
    [DataRow("--allow-unauthenticated")]
    [DataRow("curl wget")]
    [DataRow("curl;id")]
    [DataRow("curl=")]
    [DataRow("curl=abc")]
    [DataRow("c")]
    [DataRow("curl>=1")]
    public void Ctz1113InvalidAptPackage(string package)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.OsPackages = new[] { package };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1113"), "ContainerOsPackage", package, "apt");
    }

    [TestMethod]
    public void Ctz1113InvalidApkPackage()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.Family = "alpine";
        settings.FinalStage.OsPackages = new[] { "curl~8" };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1113"), "ContainerOsPackage", "curl~8", "apk");
    }

    [TestMethod]
    public void Ctz1114OsPackagesOnChiseledBase()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.Family = "noble-chiseled";
        settings.FinalStage.OsPackages = new[] { "curl" };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1114"), "ContainerOsPackage", "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled", "ContainerFamily");
    }

    [TestMethod]
    public void Ctz1114OsPackagesOnExplicitDistrolessBase()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.BaseImage = "mcr.microsoft.com/azurelinux/distroless/base:3.0";
        settings.FinalStage.OsPackages = new[] { "curl" };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1114"), "distroless/base:3.0");
    }

    [TestMethod]
    public void Ctz1115ContainerFileOutsideTheContext()
    {
        using var context = new TemporaryContext();
        string outside = Path.Combine(context.Root, "outside.txt");
        File.WriteAllText(outside, "x");
        ContainerSettings settings = ConfiguredProject.WebApp(context.Root);
        settings.FinalStage.Files = new[] { new ContainerFileSetting(outside, "/etc/outside.txt", null) };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1115"), "ContainerFile", outside, "ContainerizeContext");
    }

    [TestMethod]
    public void Ctz1116ContainerFileMissing()
    {
        using var context = new TemporaryContext();
        string missing = Path.Combine(context.ProjectDirectory, "missing.txt");
        ContainerSettings settings = ConfiguredProject.WebApp(context.Root);
        settings.FinalStage.Files = new[] { new ContainerFileSetting(missing, "/etc/missing.txt", null) };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1116"), "ContainerFile", missing);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("relative/path")]
    [DataRow("/etc/$HOME")]
    [DataRow("/etc/a\"b")]
    [DataRow("/etc/a\\b")]
    [DataRow("/etc/a\nRUN id")]
    public void Ctz1117InvalidDestination(string destination)
    {
        using var context = new TemporaryContext();
        ContainerSettings settings = ConfiguredProject.WebApp(context.Root);
        settings.FinalStage.Files = new[] { new ContainerFileSetting(context.File("a.txt"), destination, null) };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1117"), "ContainerFile", "Destination");
    }

    [TestMethod]
    [DataRow("755 ")]
    [DataRow("u+x")]
    [DataRow("0789")]
    [DataRow("75")]
    [DataRow("07555")]
    [DataRow("0755 [\"x\"]")]
    public void Ctz1118InvalidChmod(string chmod)
    {
        using var context = new TemporaryContext();
        ContainerSettings settings = ConfiguredProject.WebApp(context.Root);
        settings.FinalStage.Files = new[] { new ContainerFileSetting(context.File("a.sh"), "/a.sh", chmod) };
        if (chmod.Trim() == "755")
        {
            // Blanks around a valid mode are trimmed: not an error.
            Assert.IsEmpty(ConfiguredProject.Codes(settings));
            return;
        }

        AssertNames(ConfiguredProject.Single(settings, "CTZ1118"), "Chmod", chmod.Trim());
    }

    [TestMethod]
    public void Ctz1119ChmodWithoutBuildKitIsAWarning()
    {
        using var context = new TemporaryContext();
        ContainerSettings settings = ConfiguredProject.WebApp(context.Root);
        settings.UseBuildKit = false;
        settings.FinalStage.Files = new[] { new ContainerFileSetting(context.File("a.sh"), "/a.sh", "0755") };
        ContainerizeDiagnostic diagnostic = ConfiguredProject.Single(settings, "CTZ1119");
        Assert.IsTrue(diagnostic.IsWarning);
        AssertNames(diagnostic, "Chmod", "0755", "BuildKit");
        Assert.IsFalse(ContainerSpecFactory.Create(settings).HasErrors);
    }

    [TestMethod]
    [DataRow("certs/server.pfx", "**/*.pfx")]
    [DataRow("bin/Release/tool", "**/bin")]
    [DataRow("config/.env", "**/.env")]
    [DataRow("keys/ca.pem", "**/*.pem")]
    public void Ctz1120ContainerFileLeftOutByTheDockerignore(string relative, string pattern)
    {
        using var context = new TemporaryContext();
        ContainerSettings settings = ConfiguredProject.WebApp(context.Root);
        settings.FinalStage.Files = new[] { new ContainerFileSetting(context.File(relative), "/etc/x", null) };
        AssertNames(ConfiguredProject.Single(settings, "CTZ1120"), "ContainerFile", pattern);
    }

    [TestMethod]
    [DataRow("ASPNETCORE_URLS", "http://+:notaport")]
    [DataRow("ASPNETCORE_URLS", "ftp://+")]
    [DataRow("ASPNETCORE_HTTP_PORTS", "http")]
    [DataRow("ASPNETCORE_HTTPS_PORTS", "70000")]
    public void Ctz1121UnreadablePortVariableIsAWarning(string name, string value)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.EnvironmentVariables = new[] { new NamedValue(name, value) };
        ContainerizeDiagnostic diagnostic = ConfiguredProject.Single(settings, "CTZ1121");
        Assert.IsTrue(diagnostic.IsWarning);
        AssertNames(diagnostic, name, value, "ContainerPort");
    }

    [TestMethod]
    public void Ctz1122HealthCheckGivenAsOneShellLine()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.HealthCheck = "curl -f http://localhost:8080/";
        AssertNames(ConfiguredProject.Single(settings, "CTZ1122"), "ContainerHealthCheck", "curl -f http://localhost:8080/", "sh;-c;");
    }

    [TestMethod]
    [DataRow("[\"curl\",\"-f\"")]
    [DataRow("['curl','-f']")]
    [DataRow("[curl, -f]")]
    [DataRow("[\"curl\",8080]")]
    [DataRow("[\"curl\",[\"-f\"]]")]
    [DataRow("[]")]
    [DataRow("[\"curl\"] x")]
    public void Ctz1141HealthCheckThatIsNoJsonArrayOfStrings(string value)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.HealthCheck = value;
        AssertNames(ConfiguredProject.Single(settings, "CTZ1141"), "ContainerHealthCheck", value, "curl;-f;");
    }

    [TestMethod]
    public void EveryCodeIsInTheConfigurationBandAndUnique()
    {
        string part = Path.Combine(Diagnostics.ErrorCodeDocumentationTests.RepositoryRoot(), "src", "Containerize.Sdk.Tasks", "Diagnostics", "Errors.Configuration.cs");
        List<string> codes = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(part), "\"(CTZ\\d{4})\"").Select(match => match.Groups[1].Value).ToList();

        Assert.HasCount(23, codes);
        CollectionAssert.AllItemsAreUnique(codes);
        foreach (string code in codes)
        {
            int number = int.Parse(code.Substring(3), System.Globalization.CultureInfo.InvariantCulture);
            Assert.IsTrue(number >= 1101 && number <= 1199, code);
        }
    }
}
