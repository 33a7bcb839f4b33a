using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Domain.Tickets.Rules;

namespace AfterSalesBot.Domain.Tests.Tickets;

/// <summary>The rules file the service ships (config/ticket-rules.json), loaded as-is or edited for one test.</summary>
internal static class ShippedRules
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "config", "ticket-rules.json");

    public static TicketRules Load() => TicketRulesLoader.LoadFile(Path);

    /// <summary>The shipped JSON with an edit applied (comments dropped), as text.</summary>
    public static string EditedJson(Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    public static TicketRules Edited(Action<JsonObject> edit) => TicketRulesLoader.Parse(EditedJson(edit), "edited rules");
}
