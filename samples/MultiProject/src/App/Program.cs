using Formatting;
using Greetings;

Console.WriteLine(Banner.Frame(Greeter.Greet("MultiProject", libraries: 2)));
