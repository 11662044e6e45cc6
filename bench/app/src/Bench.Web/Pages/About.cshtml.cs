using Bench.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bench.Web.Pages;

public sealed class AboutModel(IConfiguration configuration) : PageModel
{
    public string OrderDatabase { get; } = Bench.Data.OrderDatabase.Describe(configuration.GetConnectionString("Orders") ?? "Host=localhost");
}
