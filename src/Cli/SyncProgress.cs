namespace AfterSalesBot.Cli;

/// <summary>Reports progress on the calling thread, so console lines keep their order (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
