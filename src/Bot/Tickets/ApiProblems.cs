using System.Text.Json;
using AfterSalesBot.Domain.Tickets;

namespace AfterSalesBot.Bot.Tickets;

/// <summary>
/// Turns what can go wrong with a request into problem details, never a 500: unreadable JSON and invalid fields → 400
/// naming the field, an unknown ticket → 404, a move the status machine forbids or a lost race → 409.
/// </summary>
internal static class ApiProblems
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IResult Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request has invalid fields.");

    /// <summary>Reads the JSON body; on failure the result is a 400 naming the field whose value could not be read.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadBodyAsync<T>(HttpRequest request)
        where T : class
    {
        if (request.ContentLength == 0)
        {
            return (null, Field("body", "a JSON body is required"));
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Json, request.HttpContext.RequestAborted).ConfigureAwait(false);
            return value is null ? (null, Field("body", "a JSON object is required")) : (value, null);
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, Field(path, $"the value of '{path}' could not be read as the expected type"));
        }
    }

    /// <summary>Runs an operation, mapping the domain's refusals to 4xx problem details.</summary>
    public static async Task<IResult> RunAsync(Func<Task<IResult>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (TicketValidationException ex)
        {
            return Field(ex.Field, ex.Reason);
        }
        catch (TicketNotFoundException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "No such ticket.");
        }
        catch (InvalidTicketTransitionException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Not allowed in the ticket's current status.");
        }
        catch (TicketConcurrencyException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "The ticket changed meanwhile; try again.");
        }
    }
}
