using System.Xml.Linq;
using AfterSalesBot.Storage.Dialects;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace AfterSalesBot.Storage.Security;

/// <summary>
/// Data-protection keys in the database, shared by every instance (a cookie issued by one instance is read by
/// the next). The interface is synchronous; key reads happen once per key ring refresh (about daily), not per request.
/// </summary>
public sealed class SqlXmlRepository(SqlDialect dialect, TimeProvider time) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = dialect.OpenConnectionAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return [.. connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_at, name").Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = dialect.OpenConnectionAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        using var transaction = dialect.BeginWriteTransactionAsync(connection, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        connection.Execute(
            "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @createdAt)",
            new { name = friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), createdAt = dialect.Timestamp(time.GetUtcNow()) },
            transaction);
        transaction.Commit();
    }
}
