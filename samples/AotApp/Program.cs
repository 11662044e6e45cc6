using System.Runtime.CompilerServices;

// A Native AOT executable has no JIT: it cannot generate code at run time.
string compiled = RuntimeFeature.IsDynamicCodeSupported ? "JIT-compiled" : "Native AOT";
Console.WriteLine($"Hello from the Containerize.Sdk AotApp sample ({compiled}, {Environment.ProcessPath})");
