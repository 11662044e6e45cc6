namespace Formatting;

public static class Banner
{
    public static string Frame(string text) => $"[ {text} ]";
}
