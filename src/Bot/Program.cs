using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Health;
using AfterSalesBot.Bot.Hosting;
using AfterSalesBot.Bot.Invitations;
using AfterSalesBot.Bot.Reports;
using AfterSalesBot.Bot.Security;
using AfterSalesBot.Bot.Surveys;
using AfterSalesBot.Bot.Tickets;

// Table of contents: one Add/Map call per feature area.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.AddStorage();
builder.AddStaffSecurity();
builder.AddChannels();
builder.AddSurveyEngine();
builder.AddTickets();
builder.AddReports();
builder.AddClosedLoop();

var app = builder.Build();

app.MapHealthEndpoints();
app.MapStaffAccounts();
app.MapChannels();
app.MapTickets();
app.MapReports();
app.MapClosedLoop();

return await StartupFailure.RunAsync(app).ConfigureAwait(false);
