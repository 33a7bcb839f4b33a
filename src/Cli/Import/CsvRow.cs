using AfterSalesBot.Domain.ServiceEvents;

namespace AfterSalesBot.Cli.Import;

/// <summary>One data row of a service-event file: its fields, or why the row could not even be split into them.</summary>
internal sealed record CsvRow(int Line, ServiceEventFields? Fields, string? Problem);
