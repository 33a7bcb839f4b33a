using System.Globalization;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Dialogs.Surveys.Answers;
using AfterSalesBot.Dialogs.Surveys.Commands;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.TextAnalysis.Recognizers;

namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>
/// The complaint intake's questions and how each answer is read: product, purchase date (date recognizer), a specific
/// description (one follow-up when vague), the classifier's category confirmed or corrected, the demand, and only the
/// tail of a call-back number. The channel, the customer and the emotion are never asked: they are known or derived.
/// </summary>
internal sealed class ComplaintIntake(ComplaintCatalog catalog, ICommentTagger tagger)
{
    private const int MaxProductLength = 200;
    private const int MaxDescriptionLength = 2000;
    private const int ContactAttempts = 2;

    public ComplaintCatalog Catalog => catalog;

    public static void Start(SurveyTurn turn, string source, ComplaintOffer? offer)
    {
        var progress = new ComplaintProgress
        {
            IntakeId = Guid.CreateVersion7(turn.Request.Now),
            Source = source,
            Description = offer?.Description,
            SuggestedCategory = offer?.Category,
            Emotion = offer?.Emotion,
            EmotionConfidence = offer?.EmotionConfidence,
        };
        turn.State.Complaint = progress;
        turn.Say(ComplaintTexts.For(turn.Locale).Start);
    }

    /// <summary>Asks the current step's question, with <paramref name="lead"/> (a problem with the last answer) above it.</summary>
    public void Ask(SurveyTurn turn, ComplaintProgress progress, string? lead = null)
    {
        var texts = ComplaintTexts.For(turn.Locale);
        var (prompt, buttons) = progress.Step switch
        {
            ComplaintStep.Product => (texts.AskProduct, new List<CardAction>()),
            ComplaintStep.PurchaseDate => (texts.AskPurchaseDate, [CardAction.ImBack(texts.Skip, texts.Skip)]),
            ComplaintStep.Description => (texts.AskDescription, []),
            ComplaintStep.DescriptionDetail => (texts.AskDetail, []),
            ComplaintStep.Category when catalog.FindCategory(progress.SuggestedCategory) is { } suggested =>
                (Format(texts.ConfirmCategory, suggested.NameIn(turn.Locale)), [CardAction.ImBack(texts.Yes, texts.Yes), .. CategoryButtons(turn, suggested.Id)]),
            ComplaintStep.Category => (texts.PickCategory, CategoryButtons(turn, null)),
            ComplaintStep.Demand => (texts.AskDemand, [.. catalog.Demands.Select(d => d.NameIn(turn.Locale)).Select(n => CardAction.ImBack(n, n))]),
            ComplaintStep.Contact => (texts.AskContact, [CardAction.ImBack(texts.Skip, texts.Skip)]),
            _ => throw new InvalidOperationException($"Unknown complaint step {progress.Step}."),
        };
        var message = Activity.CreateMessage(lead is null ? prompt : $"{lead}\n{prompt}");
        if (buttons.Count > 0)
        {
            message.SuggestedActions = new SuggestedActions { Actions = buttons };
        }

        turn.Send(message);
    }

    /// <summary>Reads the answer to the current step; returns the finished complaint once the last step is answered.</summary>
    public NewComplaint? Answer(SurveyTurn turn, ComplaintProgress progress, ParsedCommand? command, string text)
    {
        var texts = ComplaintTexts.For(turn.Locale);
        var skip = command?.Kind == CommandKind.Skip;
        if (string.IsNullOrWhiteSpace(text))
        {
            Retry(turn, progress, texts.Empty);
            return null;
        }

        switch (progress.Step)
        {
            case ComplaintStep.Product:
                if (Length(text) > MaxProductLength)
                {
                    Retry(turn, progress, Format(texts.TooLong, Length(text), MaxProductLength));
                    return null;
                }

                progress.Product = text.Trim();
                return Next(turn, progress, ComplaintStep.PurchaseDate);
            case ComplaintStep.PurchaseDate:
                return PurchaseDate(turn, progress, skip, text);
            case ComplaintStep.Description:
                if (Length(text) > MaxDescriptionLength)
                {
                    Retry(turn, progress, Format(texts.TooLong, Length(text), MaxDescriptionLength));
                    return null;
                }

                progress.Description = text.Trim();
                return catalog.IsVague(progress.Description) ? Next(turn, progress, ComplaintStep.DescriptionDetail) : Classify(turn, progress);
            case ComplaintStep.DescriptionDetail:
                if (!skip)
                {
                    // Both answers are the customer's words; kept verbatim, one per line.
                    progress.Description = $"{progress.Description}\n{text.Trim()}";
                }

                return Classify(turn, progress);
            case ComplaintStep.Category:
                return Category(turn, progress, text);
            case ComplaintStep.Demand:
                var demand = Recognize(text, catalog.Demands, turn.Locale);
                if (demand is null)
                {
                    Retry(turn, progress, texts.NotAChoice);
                    return null;
                }

                progress.Demand = demand;
                return Next(turn, progress, ComplaintStep.Contact);
            case ComplaintStep.Contact:
                if (!skip && PhoneTailRecognizer.Recognize(text, 4) is { IsRecognized: true, Value: { } tail })
                {
                    progress.ContactTail = tail;
                }
                else if (!skip && progress.Retries + 1 < ContactAttempts)
                {
                    Retry(turn, progress, texts.ContactNotUnderstood);
                    return null;
                }

                return Complete(turn, progress);
            default:
                throw new InvalidOperationException($"Unknown complaint step {progress.Step}.");
        }
    }

    private NewComplaint? PurchaseDate(SurveyTurn turn, ComplaintProgress progress, bool skip, string text)
    {
        var texts = ComplaintTexts.For(turn.Locale);
        if (!skip)
        {
            var date = DateRecognizer.Recognize(text, turn.Request.Now, turn.Locale);
            if (date.Status != RecognitionStatus.Recognized)
            {
                Retry(turn, progress, texts.BadDate);
                return null;
            }

            // A span ("last month") is kept as its first day, as the survey's date questions do.
            if (date.Value!.Start > DateOnly.FromDateTime(turn.Request.Now.UtcDateTime))
            {
                Retry(turn, progress, texts.FutureDate);
                return null;
            }

            progress.PurchaseDate = date.Value.Start;
        }

        // Offered from a survey comment: the description is already there.
        return progress.Description is null ? Next(turn, progress, ComplaintStep.Description) : Classify(turn, progress);
    }

    private NewComplaint? Classify(SurveyTurn turn, ComplaintProgress progress)
    {
        var tags = tagger.Tag(progress.Description!, turn.Locale, null);
        if (tags is not null)
        {
            progress.SuggestedCategory = catalog.FindCategory(tags.Category)?.Id ?? progress.SuggestedCategory;
            progress.Emotion = tags.Emotion;
            progress.EmotionConfidence = Math.Clamp(tags.EmotionConfidence, 0, 1);
        }

        return Next(turn, progress, ComplaintStep.Category);
    }

    private NewComplaint? Category(SurveyTurn turn, ComplaintProgress progress, string text)
    {
        var texts = ComplaintTexts.For(turn.Locale);
        var named = Recognize(text, catalog.Categories, turn.Locale);
        if (named is not null)
        {
            progress.Category = named;
            return Next(turn, progress, ComplaintStep.Demand);
        }

        var yesNo = YesNoRecognizer.Recognize(text, turn.Locale);
        if (yesNo.IsRecognized && yesNo.Value && progress.SuggestedCategory is not null)
        {
            progress.Category = progress.SuggestedCategory;
            return Next(turn, progress, ComplaintStep.Demand);
        }

        if (yesNo.IsRecognized && !yesNo.Value)
        {
            // "Not that one": show the full list without a suggestion.
            progress.SuggestedCategory = null;
            progress.Retries = 0;
            Ask(turn, progress);
            return null;
        }

        Retry(turn, progress, texts.NotAChoice);
        return null;
    }

    private NewComplaint? Next(SurveyTurn turn, ComplaintProgress progress, ComplaintStep step)
    {
        progress.Step = step;
        progress.Retries = 0;
        Ask(turn, progress);
        return null;
    }

    private NewComplaint Complete(SurveyTurn turn, ComplaintProgress progress)
    {
        var request = turn.Request;
        return new NewComplaint(
            ChatCustomers.IdFor(request.Conversation.ChannelId, request.Activity.From?.Id ?? request.Conversation.ConversationId),
            request.Conversation.ChannelId,
            progress.Description!,
            progress.Category ?? progress.SuggestedCategory ?? catalog.Categories[^1].Id,
            progress.Demand!,
            progress.Product,
            progress.PurchaseDate,
            progress.Emotion,
            progress.EmotionConfidence,
            CustomerTier: null,
            request.Conversation.ConversationId,
            turn.Locale,
            progress.ContactTail,
            progress.IntakeId.ToString("N"));
    }

    private void Retry(SurveyTurn turn, ComplaintProgress progress, string problem)
    {
        progress.Retries++;
        Ask(turn, progress, problem);
    }

    private List<CardAction> CategoryButtons(SurveyTurn turn, string? except) =>
        [.. catalog.Categories.Where(c => c.Id != except).Select(c => c.NameIn(turn.Locale)).Select(n => CardAction.ImBack(n, n))];

    private static string? Recognize(string text, IReadOnlyList<ComplaintChoice> choices, string locale)
    {
        var options = choices.Select(c => new ChoiceOption(c.Id, [c.Id, .. c.Names.Values, .. c.Synonyms])).ToList();
        var found = ChoiceRecognizer.Recognize(text, options, locale);
        return found.IsRecognized ? found.Value : null;
    }

    private static int Length(string text) => new StringInfo(text.Trim()).LengthInTextElements;

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
