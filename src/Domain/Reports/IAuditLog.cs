namespace AfterSalesBot.Domain.Reports;

/// <summary>The append-only record of access to personal data (PIPL/GDPR: every access is auditable).</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry.</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest entries first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken);
}
