namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>The last <see cref="Digits"/> digits of the customer's phone number: enough to match a call-back, no more.</summary>
public sealed class PhoneTailQuestion : Question
{
    public int Digits { get; init; } = 4;

    public override QuestionKind Kind => QuestionKind.PhoneTail;

    protected override int TypicalSeconds => 10;
}
