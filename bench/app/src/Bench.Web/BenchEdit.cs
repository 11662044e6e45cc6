namespace Bench.Web;

// The one line bench/run.sh changes for its warm rounds: a constant compiled into the app.
internal static class BenchEdit
{
    public const string Round = "0";
}
