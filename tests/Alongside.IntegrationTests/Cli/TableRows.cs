using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Alongside.IntegrationTests.Cli;

/// <summary>Every row of every table of a database, each as one line of text, to compare databases row for row.</summary>
internal static class TableRows
{
    public static async Task<Dictionary<string, HashSet<string>>> ReadAsync(DbConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var postgres = connection.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = postgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var rows = new Dictionary<string, HashSet<string>>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var set = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync())
            {
                var line = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++) line.Append(Text(reader.GetValue(i))).Append('\u001f');
                // A row seen twice is a real difference too.
                var row = line.ToString();
                while (!set.Add(row)) row += "+";
            }
            rows[table] = set;
        }
        return rows;
    }

    /// <summary>A table's rows in one checksum, independent of the order they were read in.</summary>
    public static string Checksum(IEnumerable<string> rows) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows.Order(StringComparer.Ordinal)))));

    private static string Text(object value) => value switch
    {
        DBNull => "∅",
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
