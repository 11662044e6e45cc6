using System.Text.RegularExpressions;

namespace Containerize.Sdk.TargetsTests;

/// <summary>A file name for a test's binlogs: the test's display name (which tells data rows apart) with only safe characters.</summary>
internal static class BinlogName
{
    public static string For(TestContext context)
    {
        string name = context.TestDisplayName ?? context.TestName ?? "test";
        return context.FullyQualifiedTestClassName?.Split('.').Last() + "." + Regex.Replace(name, "[^A-Za-z0-9_.-]+", "_").Trim('_');
    }
}
