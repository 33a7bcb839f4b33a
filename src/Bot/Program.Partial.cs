#pragma warning disable CA1050 // The top-level-statement Program lives in the global namespace by design.

/// <summary>Exists so WebApplicationFactory&lt;Program&gt; in the tests can find the entry point.</summary>
public partial class Program;
