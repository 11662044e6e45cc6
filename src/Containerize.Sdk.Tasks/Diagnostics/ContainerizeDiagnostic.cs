namespace Containerize.Sdk.Diagnostics
{
    /// <summary>An error or warning with its CTZ code; the MSBuild tasks log it, plain code returns it.</summary>
    public sealed class ContainerizeDiagnostic
    {
        public ContainerizeDiagnostic(string code, string message, bool isWarning = false)
        {
            Code = code;
            Message = message;
            IsWarning = isWarning;
        }

        public string Code { get; }

        public string Message { get; }

        public bool IsWarning { get; }

        /// <summary>Where docs/errors.md explains the fix (HelpLinks).</summary>
        public string? HelpLink => HelpLinks.For(Code);

        public override string ToString() => Code + ": " + Message;
    }
}
