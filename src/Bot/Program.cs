using AfterSalesBot.Bot.Channels;

var builder = WebApplication.CreateBuilder(args);

builder.AddChannels();

var app = builder.Build();

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapChannels();

await app.RunAsync().ConfigureAwait(false);
