using System.Security.Cryptography;
using System.Text;

namespace AfterSalesBot.Storage.Migrations;

/// <summary>One migration file: its name (file name without extension, e.g. "0001_initial"), SQL and checksum.</summary>
public sealed record Migration(string Name, string Sql)
{
    /// <summary>SHA-256 of the SQL with line endings normalised, so a checkout on Windows does not look "edited".</summary>
    public string Checksum { get; } = ComputeChecksum(Sql);

    private static string ComputeChecksum(string sql)
    {
        var normalised = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
