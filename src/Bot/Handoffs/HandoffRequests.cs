using System.Globalization;
using AfterSalesBot.Bot.Channels.Proactive;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Handoffs;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Handoffs;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>Hand-offs requested outside a customer turn: queue (or call-back), then tell the customer where they stand.</summary>
public sealed class HandoffRequests(
    HandoffQueue queue, HandoffResumer resumer, IProactiveMessenger messenger, IOptions<HandoffOptions> options, TimeProvider time) : IHandoffRequests
{
    public async Task<HandoffPlacement> RequestAsync(ConversationRef conversation, string reason, string? detail, string locale, CancellationToken cancellationToken)
    {
        var placement = await queue.PlaceAsync(new NewHandoff(Guid.CreateVersion7(time.GetUtcNow()), conversation, reason, locale, detail), cancellationToken).ConfigureAwait(false);
        var texts = HandoffTexts.For(placement.Handoff.Locale);
        if (placement.IsQueued)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(placement.EstimatedWait.TotalMinutes));
            await messenger.SendAsync(conversation, Activity.CreateMessage(string.Format(CultureInfo.InvariantCulture, texts.Queued, placement.Position, minutes)), cancellationToken).ConfigureAwait(false);
        }
        else if (placement.IsCallback && placement.CallbackDueAt is { } due)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.CustomerTimeZone);
            foreach (var reply in await resumer.ResumeAsync(conversation, locale, t => t.CallbackBy(due, zone), resumeSurvey: false, cancellationToken).ConfigureAwait(false))
            {
                await messenger.SendAsync(conversation, reply, cancellationToken).ConfigureAwait(false);
            }
        }

        return placement;
    }
}
