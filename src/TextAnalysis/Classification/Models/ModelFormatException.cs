namespace AfterSalesBot.TextAnalysis.Classification.Models;

/// <summary>A model file that is not one, is damaged, or was written by an incompatible version.</summary>
public sealed class ModelFormatException : Exception
{
    public ModelFormatException()
    {
    }

    public ModelFormatException(string message)
        : base(message)
    {
    }

    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
