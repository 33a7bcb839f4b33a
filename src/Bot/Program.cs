using AfterSalesBot.Bot.Analysts;
using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Complaints;
using AfterSalesBot.Bot.Handoffs;
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
builder.AddHandoffs();
builder.AddTickets();
builder.AddComplaints();
builder.AddReports();
builder.AddAnalysts();
builder.AddClosedLoop();

var app = builder.Build();

app.MapHealthEndpoints();
app.MapStaffAccounts();
app.MapChannels();
app.MapTickets();
app.MapHandoffs();
app.MapComplaints();
app.MapReports();
app.MapAnalysts();
app.MapClosedLoop();

return await StartupFailure.RunAsync(app).ConfigureAwait(false);
