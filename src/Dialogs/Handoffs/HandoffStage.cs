namespace AfterSalesBot.Dialogs.Handoffs;

/// <summary>The conversation side of a hand-off, kept in the state document.</summary>
public enum HandoffStage
{
    /// <summary>The bot asked "would you like to talk to a person?"; the next message answers it.</summary>
    Offered = 0,

    /// <summary>The customer accepted or asked; the hand-off queue has (or is about to have) the conversation.</summary>
    Requested = 1,
}
