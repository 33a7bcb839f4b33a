namespace AfterSalesBot.Storage.Exports;

/// <summary>
/// How an export treats personal data and language: comment text is masked unless <see cref="Mask"/> is replaced
/// (callers with the personal-data right), staff ids are replaced by <see cref="Staff"/> (pseudonyms for reports
/// leaving the team), headers in Chinese when <see cref="Chinese"/>.
/// </summary>
public sealed record ExportOptions(Func<string, string> Mask, Func<string, string> Staff, bool Chinese);
