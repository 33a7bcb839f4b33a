namespace AfterSalesBot.Dialogs.Surveys.Commands;

/// <summary>Words that steer the conversation instead of answering the question.</summary>
public enum CommandKind
{
    Help = 0,
    Restart = 1,
    Stop = 2,
    Human = 3,
    Back = 4,

    /// <summary>"change my answer to 3" / "改成3": replaces the previous answer.</summary>
    ChangeAnswer = 5,

    /// <summary>"English please" / "说中文".</summary>
    SwitchLanguage = 6,
    Complaint = 7,

    /// <summary>"skip" / "跳过": only honoured for optional questions (or after repeated re-prompts).</summary>
    Skip = 8,
}
