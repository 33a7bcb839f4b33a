namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>A reply could not be delivered through the Bot Connector.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
