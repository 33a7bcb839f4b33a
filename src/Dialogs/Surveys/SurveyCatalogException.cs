namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>The survey definitions cannot be loaded; <see cref="Problems"/> lists every message (file and question named).</summary>
public sealed class SurveyCatalogException : Exception
{
    public SurveyCatalogException()
        : this([])
    {
    }

    public SurveyCatalogException(string message)
        : this([message])
    {
    }

    public SurveyCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public SurveyCatalogException(IReadOnlyList<string> problems)
        : base("The survey definitions have errors:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
