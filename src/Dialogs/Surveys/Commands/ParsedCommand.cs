namespace AfterSalesBot.Dialogs.Surveys.Commands;

/// <summary>A recognised command. <paramref name="Argument"/> is the new value for ChangeAnswer and the locale for SwitchLanguage.</summary>
public sealed record ParsedCommand(CommandKind Kind, string? Argument = null);
