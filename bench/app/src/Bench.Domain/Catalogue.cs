using Humanizer;
using NodaTime;

namespace Bench.Domain;

/// <summary>Rules of the catalogue that the pages show: how old a listing is, whether stock is low, a discount.</summary>
public sealed class Catalogue(IClock clock)
{
    public const int LowStock = 5;

    public string Age(Product product)
    {
        var today = clock.GetCurrentInstant().InUtc().Date;
        var listed = LocalDate.FromDateOnly(product.ListedOn);
        var days = Period.Between(listed, today, PeriodUnits.Days).Days;
        return TimeSpan.FromDays(Math.Max(days, 0)).Humanize(maxUnit: Humanizer.TimeUnit.Year);
    }

    public bool IsLowOnStock(Product product) => product.Stock < LowStock;

    public decimal DiscountedPrice(Product product, int quantity) =>
        quantity switch
        {
            >= 100 => Math.Round(product.Price * 0.85m, 2),
            >= 10 => Math.Round(product.Price * 0.95m, 2),
            _ => product.Price,
        };

    public string Describe(Product product) =>
        $"{product.Name.Titleize()} ({"item".ToQuantity(product.Stock)} in stock, listed {Age(product)} ago)";
}
