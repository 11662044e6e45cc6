WebApplication app = WebApplication.CreateBuilder(args).Build();

app.MapGet("/", () => "Hello from Containerize.Sdk WebApi");

app.Run();
