namespace AfterSalesBot.Storage.Migrations;

/// <summary>An already-applied migration file was edited afterwards. Add a new migration instead of editing an applied one.</summary>
public sealed class MigrationChecksumMismatchException : Exception
{
    public MigrationChecksumMismatchException()
    {
    }

    public MigrationChecksumMismatchException(string message)
        : base(message)
    {
    }

    public MigrationChecksumMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
