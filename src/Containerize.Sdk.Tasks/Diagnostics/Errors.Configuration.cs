

namespace Containerize.Sdk.Diagnostics
{
    /// <summary>
    /// Errors (and a few warnings) in the final stage's settings: environment, labels, entry point, health check, stop
    /// signal, OS packages and extra files (CTZ11xx). Each names the property, the value and the rule.
    /// </summary>
    public static partial class Errors
    {
        public static ContainerizeDiagnostic InvalidEnvironmentVariableName(string property, string name) =>
            Error("CTZ1101", $"{property} name '{Show(name)}' is not a valid environment variable name: start with a letter or '_', then use only letters, digits and '_' (for example ASPNETCORE_ENVIRONMENT).");

        public static ContainerizeDiagnostic EnvironmentVariableValueNotRepresentable(string property, string name, string value) =>
            Error("CTZ1102", $"{property} {name} has the value '{Show(value)}', which holds a line break or another control character: a Dockerfile ENV cannot hold it. Put the value on one line (set multi-line configuration through a file, see ContainerFile).");

        public static ContainerizeDiagnostic EnvironmentVariableEntryWithoutName(string entry) =>
            Error("CTZ1103", $"ContainerEnvironmentVariables entry '{Show(entry)}' is not NAME=VALUE: separate entries with ';', write a ';' inside a value as ';;', for example ContainerEnvironmentVariables=\"A=1;B=x;;y\".");

        public static ContainerizeDiagnostic InvalidLabelKey(string key) =>
            Error("CTZ1104", $"ContainerLabel '{Show(key)}' is not a valid label key: use letters, digits, '.', '-', '_' and '/', starting and ending with a letter or digit (for example com.contoso.team).");

        public static ContainerizeDiagnostic LabelValueNotRepresentable(string key, string value) =>
            Error("CTZ1105", $"ContainerLabel {key} has the value '{Show(value)}', which holds a line break or another control character: a Dockerfile LABEL cannot hold it. Put the value on one line.");

        public static ContainerizeDiagnostic InvalidGenerateLabels(string value) =>
            Error("CTZ1106", $"ContainerGenerateLabels '{Show(value)}' is not valid: use true (the default: generate the org.opencontainers.image.* labels) or false.");

        public static ContainerizeDiagnostic InvalidAppCommandInstruction(string value) =>
            Error("CTZ1107", $"ContainerAppCommandInstruction '{Show(value)}' is not valid: use Entrypoint (the default), DefaultArgs or None.");

        public static ContainerizeDiagnostic AppCommandWithInstructionNone(string items) =>
            Error("CTZ1108", $"ContainerAppCommandInstruction is None, which writes no app command, but {items} set: remove them, or set ContainerAppCommandInstruction to Entrypoint or DefaultArgs.");

        public static ContainerizeDiagnostic HealthCheckOptionWithoutCommand(string property) =>
            Error("CTZ1109", $"{property} is set but ContainerHealthCheck is not: set ContainerHealthCheck to the command, its arguments separated by ';' (for example curl;-f;http://localhost:8080/healthz), or remove {property}.");

        public static ContainerizeDiagnostic HealthCheckProgramWithBlanks(string value) =>
            Error("CTZ1122", $"ContainerHealthCheck '{Show(value)}' starts with a program name that holds blanks: the command is exec form, so separate the program and each argument with ';' (for example curl;-f;http://localhost:8080/healthz), or run a shell yourself (sh;-c;curl -f http://localhost:8080/healthz || exit 1).");

        public static ContainerizeDiagnostic InvalidHealthCheckJson(string value, string reason) =>
            Error("CTZ1141", $"ContainerHealthCheck '{Show(value)}' starts with '[' but is not a JSON array of strings ({Show(reason)}): write Docker's exec form with each element in double quotes, for example [\"curl\",\"-f\",\"http://localhost:8080/healthz\"], or separate the program and its arguments with ';' (curl;-f;http://localhost:8080/healthz).");

        public static ContainerizeDiagnostic InvalidDuration(string property, string value) =>
            Error("CTZ1110", $"{property} '{Show(value)}' is not a valid duration: use a number with a unit ns, us, ms, s, m or h, at least 1ms, for example 30s, 1m30s or 500ms.");

        public static ContainerizeDiagnostic InvalidRetries(string value) =>
            Error("CTZ1111", $"ContainerHealthCheckRetries '{Show(value)}' is not valid: use a whole number from 1 up (for example 3).");

        public static ContainerizeDiagnostic UnknownStopSignal(string value) =>
            Error("CTZ1112", $"ContainerStopSignal '{Show(value)}' is not a known signal: use a name such as SIGTERM, SIGINT, SIGQUIT, SIGKILL, SIGHUP, SIGUSR1, SIGUSR2 or SIGRTMIN+3, or a number from 1 to 64.");

        public static ContainerizeDiagnostic InvalidOsPackage(string value, string manager) =>
            Error("CTZ1113", $"ContainerOsPackage '{Show(value)}' is not a valid {manager} package: use a package name of lower-case letters, digits, '+', '-' and '.' (for example curl or ca-certificates), optionally with =version (for example curl=7.88.1-10+deb12u8).");

        public static ContainerizeDiagnostic OsPackagesWithoutPackageManager(string baseImage) =>
            Error("CTZ1114", $"ContainerOsPackage items need a package manager, but the base image {baseImage} is chiseled or distroless and has none: pick a ContainerFamily that is not chiseled or distroless (for example leave ContainerFamily empty for Debian, or use noble, alpine or azurelinux3.0), or remove the ContainerOsPackage items.");

        public static ContainerizeDiagnostic ContainerFileOutsideContext(string source, string context) =>
            Error("CTZ1115", $"ContainerFile '{Show(source)}' lies outside the build context '{context}': move the file inside it, or set ContainerizeContext to a folder that holds it.");

        public static ContainerizeDiagnostic ContainerFileMissing(string source) =>
            Error("CTZ1116", $"ContainerFile '{Show(source)}' does not exist: fix the Include path (relative paths are relative to the project folder).");

        public static ContainerizeDiagnostic InvalidContainerFileDestination(string source, string destination) =>
            Error("CTZ1117", $"ContainerFile '{Show(source)}' has Destination '{Show(destination)}', which is not valid: use an absolute Linux path without quotes, '$', backslashes or control characters, for example /etc/myapp/settings.json (or /etc/myapp/ to keep the file name).");

        public static ContainerizeDiagnostic InvalidChmod(string source, string chmod) =>
            Error("CTZ1118", $"ContainerFile '{Show(source)}' has Chmod '{Show(chmod)}', which is not valid: use an octal mode of three or four digits 0-7, for example 0755 or 644.");

        public static ContainerizeDiagnostic ChmodWithoutBuildKit(string source, string chmod) =>
            Warning("CTZ1119", $"ContainerFile '{Show(source)}' has Chmod '{Show(chmod)}', but the builder has no BuildKit, which COPY --chmod needs: the file keeps the mode it has in the build context. Set the mode on the file itself (chmod {Show(chmod)}), or build with a BuildKit-capable builder.");

        public static ContainerizeDiagnostic ContainerFileExcluded(string source, string pattern) =>
            Error("CTZ1120", $"ContainerFile '{Show(source)}' is left out of the build context by the generated .dockerignore pattern '{pattern}', so COPY could not find it: move or rename the file (for example a certificate as .crt), or keep secrets out of the image and mount them at run time.");

        public static ContainerizeDiagnostic UnreadableAspNetCoreUrl(string name, string value) =>
            Warning("CTZ1121", $"ContainerEnvironmentVariable {name} '{Show(value)}' gives no port that could be read, so no port is exposed for it: add ContainerPort items for the ports the app listens on.");

        private static ContainerizeDiagnostic Error(string code, string message) => new ContainerizeDiagnostic(code, message);

        private static ContainerizeDiagnostic Warning(string code, string message) => new ContainerizeDiagnostic(code, message, isWarning: true);
    }
}
