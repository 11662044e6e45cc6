using Bench.Data;
using Bench.Domain;
using Bench.Web;
using FluentValidation;
using NodaTime;
using Polly;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, configuration) => configuration.ReadFrom.Configuration(context.Configuration).WriteTo.Console());

builder.Services.AddRazorPages();
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSingleton<Catalogue>();
builder.Services.AddSingleton<ProductStore>();
builder.Services.AddSingleton<IValidator<Product>, ProductValidator>();
builder.Services.AddSingleton<MarkdownPages>();
builder.Services.AddResiliencePipeline();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}
app.UseSerilogRequestLogging();
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();
app.MapGet("/healthz", () => Results.Text($"ok {BenchEdit.Round}"));
app.Run();
