using System.Globalization;
using AfterSalesBot.Bench.Classifier;

// Usage (from the repository root; see bench/classifier/README.md):
//   dotnet run -c Release --project bench/classifier/ClassifierBench -- compare [--data DIR] [--work DIR] [--sets a,b] [--max-rows 12000]
//   dotnet run -c Release --project bench/classifier/ClassifierBench -- latency [--corpus DIR] [--models DIR]
//   dotnet run -c Release --project bench/classifier/ClassifierBench -- rating [--data DIR] [--corpus DIR] [--models DIR]
var mode = args.Length > 0 ? args[0] : "compare";
string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

if (mode == "latency")
{
    Latency.Run(Arg("--corpus", Path.GetFullPath("corpus/seed")), Arg("--models", Path.Combine(Path.GetTempPath(), "asb-bench-models")), Console.Out);
    return 0;
}

if (mode == "rating")
{
    RatingPriorCheck.Run(Arg("--data", FindSharedData() ?? "../shared/data"), Arg("--corpus", Path.GetFullPath("corpus/seed")),
        Arg("--models", Path.Combine(Path.GetTempPath(), "asb-bench-models")), Console.Out);
    return 0;
}

if (!File.Exists(FastText.Executable))
{
    Console.Error.WriteLine($"{FastText.Executable} is missing: apt-get install -y fasttext");
    return 1;
}

string[] defaultSets =
[
    "uci_sentiment_sentences", "chnsenticorp_htl_all", "waimai_10k", "banking77",
    "twitter_airline_sentiment", "bitext_customer_service_20k", "clinc150", "online_shopping_10_cats",
];
// The public sets live in shared/data beside the repository (or above it): walk up from here to find them.
string? FindSharedData()
{
    for (var d = new DirectoryInfo(Environment.CurrentDirectory); d is not null; d = d.Parent)
    {
        if (Directory.Exists(Path.Combine(d.FullName, "shared", "data")))
        {
            return Path.Combine(d.FullName, "shared", "data");
        }
    }

    return null;
}

var data = Arg("--data", FindSharedData() ?? "../shared/data");
var work = Arg("--work", Path.Combine(Path.GetTempPath(), "asb-bench"));
var sets = Arg("--sets", string.Join(',', defaultSets)).Split(',');
var maxRows = int.Parse(Arg("--max-rows", "12000"), CultureInfo.InvariantCulture);
var results = new List<Comparison.Result>();
foreach (var name in sets)
{
    Console.Error.WriteLine($"== {name}");
    var result = Comparison.Run(BenchSet.Load(data, name, maxRows), work, Console.Error);
    results.Add(result);
    Console.Error.WriteLine(Table.Row(result));
}

Console.WriteLine(Table.Render(results));
return 0;
