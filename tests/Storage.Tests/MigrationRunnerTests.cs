using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Migrations;
using AfterSalesBot.Storage.Tests.Support;
using Dapper;

namespace AfterSalesBot.Storage.Tests;

/// <summary>The migration runner on each dialect, each test on its own empty database.</summary>
public abstract class MigrationRunnerTests<TFixture>
    where TFixture : DatabaseFixture, new()
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task A_fresh_database_gets_every_migration_and_a_rerun_applies_nothing()
    {
        await using var db = await EmptyDatabase.CreateAsync<TFixture>();
        var runner = new MigrationRunner(db.Dialect, EmbeddedMigrationSource.Instance, _clock);
        var expected = EmbeddedMigrationSource.Instance.Load(db.Dialect.Name).Select(m => m.Name).ToList();

        var first = await runner.ApplyAsync(null, CancellationToken.None);
        var second = await runner.ApplyAsync(null, CancellationToken.None);
        var status = await runner.GetStatusAsync(CancellationToken.None);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, first);
        Assert.Empty(second);
        Assert.True(status.UpToDate);
        Assert.Equal(expected, status.Applied);
    }

    [Fact]
    public async Task Status_of_an_empty_database_lists_everything_as_pending()
    {
        await using var db = await EmptyDatabase.CreateAsync<TFixture>();

        var status = await new MigrationRunner(db.Dialect, EmbeddedMigrationSource.Instance, _clock).GetStatusAsync(CancellationToken.None);

        Assert.False(status.UpToDate);
        Assert.Empty(status.Applied);
        Assert.Contains("0001_initial", status.Pending);
    }

    [Fact]
    public async Task An_applied_migration_that_was_edited_is_refused()
    {
        await using var db = await EmptyDatabase.CreateAsync<TFixture>();
        using var folder = MigrationFolder.CopyOf(db.Dialect.Name);
        var runner = new MigrationRunner(db.Dialect, new DirectoryMigrationSource(folder.Root), _clock);
        await runner.ApplyAsync(null, CancellationToken.None);

        File.AppendAllText(folder.FileOf("0001_initial"), "\n-- an innocent-looking edit\n");

        var refused = await Assert.ThrowsAsync<MigrationChecksumMismatchException>(() => runner.ApplyAsync(null, CancellationToken.None));
        Assert.Contains("0001_initial", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<MigrationChecksumMismatchException>(() => runner.GetStatusAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_new_file_is_applied_after_the_existing_ones()
    {
        await using var db = await EmptyDatabase.CreateAsync<TFixture>();
        using var folder = MigrationFolder.CopyOf(db.Dialect.Name);
        var runner = new MigrationRunner(db.Dialect, new DirectoryMigrationSource(folder.Root), _clock);
        await runner.ApplyAsync(null, CancellationToken.None);

        folder.Add("9999_add_probe", "CREATE TABLE probe (id integer PRIMARY KEY);");
        var applied = await runner.ApplyAsync(null, CancellationToken.None);

        Assert.Equal(["9999_add_probe"], applied);
        await using var connection = await db.Dialect.OpenConnectionAsync(CancellationToken.None);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM probe"));
    }

    [Fact]
    public async Task A_failing_migration_leaves_nothing_half_applied()
    {
        await using var db = await EmptyDatabase.CreateAsync<TFixture>();
        using var folder = MigrationFolder.CopyOf(db.Dialect.Name);
        folder.Add("9998_broken", "CREATE TABLE half (id integer); THIS IS NOT SQL;");
        var runner = new MigrationRunner(db.Dialect, new DirectoryMigrationSource(folder.Root), _clock);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => runner.ApplyAsync(null, CancellationToken.None));

        var status = await runner.GetStatusAsync(CancellationToken.None);
        Assert.Equal(["9998_broken"], status.Pending);
        await using var connection = await db.Dialect.OpenConnectionAsync(CancellationToken.None);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.ExecuteScalarAsync<long>("SELECT count(*) FROM half"));
    }

    [Fact]
    public async Task Concurrent_runners_apply_each_migration_exactly_once()
    {
        await using var db = await EmptyDatabase.CreateAsync<TFixture>();
        var dialects = Enumerable.Range(0, 4).Select(_ => SqlDialectFactory.Create(db.Options, Path.GetTempPath())).ToList();
        try
        {
            using var start = new SemaphoreSlim(0);
            var runs = dialects.Select(d => Task.Run(async () =>
            {
                await start.WaitAsync();
                return await new MigrationRunner(d, EmbeddedMigrationSource.Instance, _clock).ApplyAsync(null, CancellationToken.None);
            })).ToList();
            start.Release(runs.Count);
            var applied = await Task.WhenAll(runs);

            var all = applied.SelectMany(a => a).ToList();
            Assert.Equal(all.Distinct().Count(), all.Count);
            Assert.Equal(EmbeddedMigrationSource.Instance.Load(db.Dialect.Name).Select(m => m.Name), all.Order(StringComparer.Ordinal));
            await using var connection = await db.Dialect.OpenConnectionAsync(CancellationToken.None);
            Assert.Equal(all.Count, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations"));
        }
        finally
        {
            foreach (var dialect in dialects.OfType<IAsyncDisposable>())
            {
                await dialect.DisposeAsync();
            }
        }
    }
}

public sealed class SqliteMigrationRunnerTests : MigrationRunnerTests<SqliteFixture>;

public sealed class PostgresMigrationRunnerTests : MigrationRunnerTests<PostgresFixture>;
