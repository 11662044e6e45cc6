namespace Bench.Domain;

public sealed record Product(int Id, string Name, string Category, decimal Price, int Stock, DateOnly ListedOn);

public sealed record Order(int Id, int ProductId, int Quantity, DateTimeOffset PlacedAt);
