using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Security;
using AfterSalesBot.Storage.Security;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Staff;

/// <summary>Staff users, sign-in checks and call-back tasks: the behaviour every dialect must have.</summary>
public abstract class StaffStoreContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private SqlStaffUserStore Users => new(fixture.Dialect);

    private SqlCallbackTaskStore Callbacks => new(fixture.Dialect);

    private StaffAccounts Accounts => new(Users, fixture.Clock);

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task A_new_user_signs_in_with_the_one_time_password_and_must_change_it()
    {
        var name = Unique("agent");
        var password = await Accounts.CreateAsync(name, Roles.Agent, "S1024", "Li Na", None);

        Assert.NotNull(password);
        Assert.Equal(16, password.Length);
        var user = await Accounts.VerifyAsync(name, password, None);
        Assert.NotNull(user);
        Assert.True(user.MustChangePassword);
        Assert.Equal(("S1024", "Li Na", Roles.Agent), (user.StaffId, user.DisplayName, user.Role));
        Assert.Null(await Accounts.VerifyAsync(name, password + "x", None));
        Assert.Null(await Accounts.VerifyAsync(name.ToUpperInvariant(), password, None));
    }

    [Fact]
    public async Task The_stored_hash_is_not_the_password()
    {
        var name = Unique("hash");
        var password = await Accounts.CreateAsync(name, Roles.Analyst, null, null, None);

        var stored = await Users.FindByNameAsync(name, None);

        Assert.NotNull(stored);
        Assert.DoesNotContain(password!, stored.PasswordHash, StringComparison.Ordinal);
        Assert.True(stored.PasswordHash.Length > 40);
    }

    [Fact]
    public async Task Changing_the_password_replaces_the_one_time_password()
    {
        var name = Unique("change");
        var oneTime = await Accounts.CreateAsync(name, Roles.Supervisor, null, null, None);
        var user = (await Accounts.VerifyAsync(name, oneTime!, None))!;

        Assert.Equal(PasswordChangeError.TooShort, await Accounts.ChangePasswordAsync(user.Id, "short", None));
        Assert.Null(await Accounts.ChangePasswordAsync(user.Id, "a much longer secret", None));

        Assert.Null(await Accounts.VerifyAsync(name, oneTime!, None));
        var signedIn = await Accounts.VerifyAsync(name, "a much longer secret", None);
        Assert.NotNull(signedIn);
        Assert.False(signedIn.MustChangePassword);
    }

    [Fact]
    public async Task A_taken_name_or_an_unknown_role_is_refused()
    {
        var name = Unique("dup");
        Assert.NotNull(await Accounts.CreateAsync(name, Roles.Agent, null, null, None));

        Assert.Null(await Accounts.CreateAsync(name, Roles.Admin, null, null, None));
        await Assert.ThrowsAsync<ArgumentException>(() => Accounts.CreateAsync(Unique("role"), "root", null, null, None));
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in()
    {
        var name = Unique("off");
        var password = await Accounts.CreateAsync(name, Roles.Agent, null, null, None);

        Assert.True(await Users.SetDisabledAsync(name, disabled: true, None));

        Assert.Null(await Accounts.VerifyAsync(name, password!, None));
        Assert.True((await Users.ListAsync(None)).Single(u => u.Name == name).Disabled);
        Assert.False(await Users.SetDisabledAsync(Unique("nobody"), disabled: true, None));
    }

    [Fact]
    public async Task The_same_cause_creates_one_call_back_task()
    {
        var key = $"low_score:{Guid.NewGuid()}";
        var task = NewTask(key, Now.AddHours(24));

        var first = await Callbacks.CreateAsync(task, Now, None);
        var second = await Callbacks.CreateAsync(task with { Reason = "again" }, Now.AddMinutes(5), None);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("speed rated 2", second.Reason);
        Assert.Equal(CallbackStatuses.Open, first.Status);
        Assert.Equal(new ConversationRef("directline", "c-1"), first.Conversation);
        Assert.Equal(Now.AddHours(24), first.DueAt);
        Assert.Single(await Callbacks.ListAsync(new CallbackQuery(), None), t => t.DedupeKey == key);
    }

    [Fact]
    public async Task Concurrent_creations_of_one_cause_leave_one_task()
    {
        var key = $"handoff:{Guid.NewGuid()}";

        var created = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Callbacks.CreateAsync(NewTask(key, Now.AddHours(24)), Now, None))));

        Assert.Single(created.Select(t => t.Id).Distinct());
    }

    [Fact]
    public async Task Closing_records_the_outcome_once_and_filters_see_it()
    {
        var task = await Callbacks.CreateAsync(NewTask($"close:{Guid.NewGuid()}", Now.AddHours(3)), Now, None);

        Assert.True(await Callbacks.AssignAsync(task.Id, "li.na", None));
        Assert.True(await Callbacks.CloseAsync(task.Id, CallbackStatuses.Done, "apologised, technician booked", "tuesday", "li.na", Now.AddHours(1), None));
        Assert.False(await Callbacks.CloseAsync(task.Id, CallbackStatuses.Failed, "no answer", null, "wang.wei", Now.AddHours(2), None));
        Assert.False(await Callbacks.AssignAsync(task.Id, "wang.wei", None));

        var closed = await Callbacks.GetAsync(task.Id, None);
        Assert.NotNull(closed);
        Assert.Equal((CallbackStatuses.Done, "apologised, technician booked", "li.na", "li.na"), (closed.Status, closed.Outcome, closed.ClosedBy, closed.AssignedTo));
        Assert.Equal(Now.AddHours(1), closed.ClosedAt);
        Assert.DoesNotContain(await Callbacks.ListAsync(new CallbackQuery(Status: CallbackStatuses.Open), None), t => t.Id == task.Id);
        Assert.Contains(await Callbacks.ListAsync(new CallbackQuery(Status: CallbackStatuses.Done, Source: CallbackSources.LowScore), None), t => t.Id == task.Id);
        await Assert.ThrowsAsync<ArgumentException>(() => Callbacks.CloseAsync(task.Id, CallbackStatuses.Open, "x", null, "x", Now, None));
    }

    [Fact]
    public async Task Listing_is_by_due_time_and_due_before_finds_the_overdue()
    {
        var late = await Callbacks.CreateAsync(NewTask($"late:{Guid.NewGuid()}", Now.AddYears(-5).AddHours(2)), Now, None);
        var early = await Callbacks.CreateAsync(NewTask($"early:{Guid.NewGuid()}", Now.AddYears(-5).AddHours(1)), Now, None);

        var overdue = await Callbacks.ListAsync(new CallbackQuery(Status: CallbackStatuses.Open, DueBefore: Now.AddYears(-5).AddHours(3)), None);

        Assert.Equal([early.Id, late.Id], overdue.Select(t => t.Id));
        Assert.True(early.IsOverdue(Now));
        Assert.Null(await Callbacks.GetAsync(Guid.NewGuid(), None));
        await Assert.ThrowsAsync<ArgumentException>(() => Callbacks.CreateAsync(NewTask("bad", Now) with { Source = "gossip" }, Now, None));
    }

    private static NewCallbackTask NewTask(string key, DateTimeOffset due) => new(
        CallbackSources.LowScore, "speed rated 2", new ConversationRef("directline", "c-1"), Guid.NewGuid(), null, null, "尾号 1234", "zh-CN", due, key);
}
