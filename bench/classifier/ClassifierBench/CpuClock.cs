using System.Diagnostics;

namespace AfterSalesBot.Bench.Classifier;

/// <summary>
/// CPU time consumed by this process since <see cref="Start"/> (all threads: JIT and GC included, which
/// counts against us). Wall time on the shared benchmark machine mostly measured the other tenants.
/// </summary>
internal readonly struct CpuClock
{
    private readonly TimeSpan _start;

    private CpuClock(TimeSpan start) => _start = start;

    public static CpuClock Start() => new(Process.GetCurrentProcess().TotalProcessorTime);

    public TimeSpan Elapsed => Process.GetCurrentProcess().TotalProcessorTime - _start;
}
