using Humanizer;

namespace Greetings;

public static class Greeter
{
    public static string Greet(string app, int libraries) => $"Hello from {app}, built from {libraries.ToWords()} libraries";
}
