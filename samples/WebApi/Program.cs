WebApplication app = WebApplication.CreateBuilder(args).Build();

app.MapGet("/", () => "Hello from Containerize.Sdk WebApi");

// What the app was started with: its environment, a variable of the launch profile, and its arguments.
app.MapGet("/started-with", (IWebHostEnvironment environment, IConfiguration configuration) =>
    $"{environment.EnvironmentName}; {configuration["WEBAPI_GREETING"]}; {string.Join(" ", args)}");

app.Run();
