namespace Containerize.Sdk.Building
{
    /// <summary>One line a child process wrote, and whether it came from standard error.</summary>
    public sealed record OutputLine(string Text, bool IsStandardError);
}
