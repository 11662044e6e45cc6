using System.Globalization;
using Bench.Domain;
using CsvHelper;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Bench.Data;

/// <summary>The catalogue in an in-memory SQLite database, seeded from an embedded CSV file.</summary>
public sealed class ProductStore : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ProductStore()
    {
        _connection.Open();
        _connection.Execute(
            "CREATE TABLE products (Id INTEGER PRIMARY KEY, Name TEXT, Category TEXT, Price REAL, Stock INTEGER, ListedOn TEXT)");
        foreach (var row in ReadSeed())
        {
            _connection.Execute(
                "INSERT INTO products VALUES (@Id, @Name, @Category, @Price, @Stock, @ListedOn)",
                new { row.Id, row.Name, row.Category, row.Price, row.Stock, ListedOn = row.ListedOn.ToString("O") });
        }
    }

    public IReadOnlyList<Product> All() =>
        _connection.Query<ProductRow>("SELECT * FROM products ORDER BY Name").Select(r => r.ToProduct()).ToList();

    public Product? Find(int id) =>
        _connection.QuerySingleOrDefault<ProductRow>("SELECT * FROM products WHERE Id = @id", new { id })?.ToProduct();

    public IReadOnlyList<string> Categories() =>
        _connection.Query<string>("SELECT DISTINCT Category FROM products ORDER BY Category").ToList();

    private static List<SeedRow> ReadSeed()
    {
        using var stream = typeof(ProductStore).Assembly.GetManifestResourceStream("Bench.Data.Seed.products.csv")
            ?? throw new InvalidOperationException("The seed file is not embedded.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<SeedRow>().ToList();
    }

    public void Dispose() => _connection.Dispose();

    private sealed class SeedRow
    {
        public int Id { get; set; }
        public string Name { get; set; } = "";
        public string Category { get; set; } = "";
        public decimal Price { get; set; }
        public int Stock { get; set; }
        public DateOnly ListedOn { get; set; }
    }

    private sealed class ProductRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Category { get; set; } = "";
        public double Price { get; set; }
        public long Stock { get; set; }
        public string ListedOn { get; set; } = "";

        public Product ToProduct() =>
            new((int)Id, Name, Category, (decimal)Price, (int)Stock, DateOnly.Parse(ListedOn, CultureInfo.InvariantCulture));
    }
}
