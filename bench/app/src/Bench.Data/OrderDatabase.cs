using Npgsql;

namespace Bench.Data;

/// <summary>Where orders would go: the app only shows the connection it would open, it never connects.</summary>
public static class OrderDatabase
{
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
