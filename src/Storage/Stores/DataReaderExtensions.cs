using System.Data.Common;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// Reads the column types whose wire form differs by provider (timestamps: timestamptz vs ISO text;
/// uuids: uuid vs text) through the provider's own converters, which both handle.
/// </summary>
internal static class DataReaderExtensions
{
    public static DateTimeOffset GetTimestamp(this DbDataReader reader, string column) =>
        reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal(column)).ToUniversalTime();

    public static DateTimeOffset? GetNullableTimestamp(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();
    }

    public static string? GetNullableString(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static decimal? GetNullableDecimal(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);
    }

    public static double? GetNullableDouble(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
    }

    public static long GetInt64(this DbDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column));

    public static string GetString(this DbDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static Guid GetGuid(this DbDataReader reader, string column) => reader.GetGuid(reader.GetOrdinal(column));
}
