namespace AfterSalesBot.Dialogs.Activities;

/// <summary>Activity <c>inputHint</c> values as they appear on the wire (the spec prose drops the "Input").</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
