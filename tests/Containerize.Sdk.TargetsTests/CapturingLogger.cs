using Microsoft.Build.Framework;

namespace Containerize.Sdk.TargetsTests;

/// <summary>Keeps the errors, warnings and messages of a build so a test can assert on them.</summary>
internal sealed class CapturingLogger : ILogger
{
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    /// <summary>The name of each target that started, in every project of the build.</summary>
    public List<string> TargetsStarted { get; } = new();

    public LoggerVerbosity Verbosity { get; set; } = LoggerVerbosity.Diagnostic;

    public string? Parameters { get; set; }

    public void Initialize(IEventSource eventSource)
    {
        eventSource.ErrorRaised += (_, error) => Errors.Add(error);
        eventSource.WarningRaised += (_, warning) => Warnings.Add(warning);
        eventSource.MessageRaised += (_, message) => Messages.Add(message);
        eventSource.TargetStarted += (_, target) => TargetsStarted.Add(target.TargetName);
    }

    public void Shutdown()
    {
    }

    public string Describe() =>
        string.Join("\n", Errors.Select(error => $"error {error.Code}: {error.Message}").Concat(Warnings.Select(warning => $"warning {warning.Code}: {warning.Message}")));
}
