namespace AfterSalesBot.Dialogs.Activities;

/// <summary><c>textFormat</c> values. Web Chat renders a missing value as markdown, so set plain explicitly.</summary>
public static class TextFormats
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
    public const string Xml = "xml";
}
