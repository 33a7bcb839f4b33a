using System.Globalization;
using System.Text;
using AfterSalesBot.Domain.Surveys;

namespace AfterSalesBot.Cli.Export;

/// <summary>
/// Survey responses as CSV (RFC 4180: CRLF, fields with a comma, quote or line break quoted, quotes doubled),
/// UTF-8 with a byte-order mark so Excel reads Chinese correctly. One row per response, one column per question id.
/// </summary>
internal static class ResponseCsv
{
    /// <summary>The fixed columns before the question columns.</summary>
    public static IReadOnlyList<string> FixedColumns { get; } =
        ["response_id", "survey_id", "survey_version", "conversation_id", "channel", "locale", "started", "finished", "finished_at", "status"];

    public static async Task WriteAsync(Stream output, IReadOnlyList<SurveyResponse> responses, IReadOnlyList<string> questionColumns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(questionColumns);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Row([.. FixedColumns, .. questionColumns]).AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var response in responses)
        {
            var answers = response.Answers.ToDictionary(a => a.QuestionId, StringComparer.Ordinal);
            var fields = new List<string>(FixedColumns.Count + questionColumns.Count)
            {
                response.Id.ToString(),
                response.SurveyId,
                response.SurveyVersion.ToString(CultureInfo.InvariantCulture),
                response.Conversation?.ConversationId ?? string.Empty,
                response.ChannelId,
                response.Locale,
                Timestamp(response.StartedAt),
                response.Finished ? "true" : "false",
                response.FinishedAt is { } finishedAt ? Timestamp(finishedAt) : string.Empty,
                response.Status.ToString(),
            };
            fields.AddRange(questionColumns.Select(q => answers.TryGetValue(q, out var answer) ? Value(answer.Value) : string.Empty));
            await writer.WriteLineAsync(Row(fields).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One answer as a cell. A skipped question is empty, like an unanswered one.</summary>
    public static string Value(AnswerValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.ToString();

        // Customer text beginning like a formula would run as one in a spreadsheet ("=HYPERLINK(...)"); a leading
        // apostrophe makes Excel show it as text. Only the export is touched: the database keeps the words verbatim.
        return value.Kind == AnswerKind.Text && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static string Row(IEnumerable<string> fields) => string.Join(',', fields.Select(Field));

    private static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
