namespace AfterSalesBot.Bot.Handoffs;

/// <summary>How an agent's action on a hand-off went (mapped to 200 / 404 / 403 / 409 by the API).</summary>
public enum HandoffActionResult
{
    Done = 0,
    NotFound = 1,

    /// <summary>Another agent owns the conversation.</summary>
    NotYours = 2,

    /// <summary>The hand-off is not in a status that allows it (already taken, closed, still queued).</summary>
    WrongStatus = 3,
}
