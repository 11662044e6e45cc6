Console.WriteLine("Hello from Containerize.Sdk ConsoleApp");
