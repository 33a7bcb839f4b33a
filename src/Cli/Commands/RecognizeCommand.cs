using System.CommandLine;
using System.Globalization;
using AfterSalesBot.TextAnalysis.Recognizers;
using AfterSalesBot.TextAnalysis.Recognizers.Specs;

namespace AfterSalesBot.Cli.Commands;

/// <summary>
/// `aftersales recognize`: runs Recognizers-Text spec files through our recognizers (`--spec FILE|DIR`),
/// or shows what the recognizers make of one answer (`recognize "四分" --kind rating`), for support.
/// </summary>
internal static class RecognizeCommand
{
    private static readonly string[] Kinds = ["all", "rating", "nps", "yesno", "date", "number", "ordinal", "phone"];

    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "An answer to recognize.", Arity = ArgumentArity.ZeroOrOne };
        var spec = new Option<string[]>("--spec") { Description = "A spec file (…/English/NumberModel.json) or a folder of them; repeatable.", AllowMultipleArgumentsPerToken = true };
        var verbose = new Option<bool>("--verbose") { Description = "Print every failing case with what was expected and what we produced." };
        var culture = new Option<string>("--culture") { Description = "BCP-47 culture of the answer (zh-CN, en-US); unknown reads both.", DefaultValueFactory = _ => "" };
        var kind = new Option<string>("--kind") { Description = "What to recognize: " + string.Join(", ", Kinds) + ".", DefaultValueFactory = _ => "all" };
        kind.AcceptOnlyFromAmong(Kinds);
        var reference = new Option<string?>("--reference") { Description = "Reference time for relative dates (ISO 8601); default now." };

        var command = new Command("recognize", "Recognize numbers, ratings, yes/no, dates in an answer, or measure the recognizers against Recognizers-Text spec files.");
        command.Arguments.Add(text);
        command.Options.Add(spec);
        command.Options.Add(verbose);
        command.Options.Add(culture);
        command.Options.Add(kind);
        command.Options.Add(reference);
        command.SetAction((ParseResult r, CancellationToken ct) =>
        {
            var specs = r.GetValue(spec) ?? [];
            if (specs.Length > 0)
            {
                return Task.FromResult(RunSpecs(specs, r.GetValue(verbose), ct));
            }

            var answer = r.GetValue(text);
            if (answer is null)
            {
                Console.Error.WriteLine("Give an answer to recognize, or --spec FILE.");
                return Task.FromResult(2);
            }

            var at = r.GetValue(reference) is { } s
                ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture)
                : TimeProvider.System.GetLocalNow();
            Show(answer, r.GetValue(culture) ?? "", r.GetValue(kind) ?? "all", at);
            return Task.FromResult(0);
        });
        return command;
    }

    private static int RunSpecs(string[] paths, bool verbose, CancellationToken ct)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                files.AddRange(Directory.GetFiles(p, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(p))
            {
                files.Add(p);
            }
            else
            {
                Console.Error.WriteLine($"No such spec file or folder: {p}");
                return 2;
            }
        }

        int passed = 0, total = 0, notSupported = 0, notSupportedPassed = 0;
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            var result = SpecRunner.RunFile(file);
            if (verbose)
            {
                foreach (var c in result.Results.Where(c => !c.Passed))
                {
                    Console.WriteLine($"FAIL{(c.Case.NotSupportedByDotnet ? " (not supported by dotnet)" : "")}: {c.Case.Input}");
                    Console.WriteLine($"  why:      {c.Failure}");
                    Console.WriteLine($"  expected: {string.Join("; ", c.Case.Expected)}");
                    Console.WriteLine($"  actual:   {string.Join("; ", c.Actual)}");
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Language}/{result.Model}Model: passed {result.Passed} of {result.Supported} ({result.PassRate:P1}); not supported by dotnet: {result.NotSupportedPassed} of {result.NotSupported}"));
            passed += result.Passed;
            total += result.Supported;
            notSupported += result.NotSupported;
            notSupportedPassed += result.NotSupportedPassed;
        }

        Console.WriteLine($"not supported by dotnet (counted apart): passed {notSupportedPassed} of {notSupported}");
        Console.WriteLine($"passed {passed} of {total}");
        return 0;
    }

    private static void Show(string answer, string culture, string kind, DateTimeOffset reference)
    {
        bool Wants(string k) => kind == "all" || kind == k;
        if (Wants("rating"))
        {
            Console.WriteLine($"rating 1-5:  {RatingRecognizer.Recognize(answer, 1, 5, culture)}");
        }

        if (Wants("nps"))
        {
            Console.WriteLine($"nps 0-10:    {RatingRecognizer.Recognize(answer, 0, 10, culture)}");
        }

        if (Wants("yesno"))
        {
            Console.WriteLine($"yes/no:      {YesNoRecognizer.Recognize(answer, culture)}");
        }

        if (Wants("date"))
        {
            Console.WriteLine($"date:        {DateRecognizer.Recognize(answer, reference, culture)} (reference {reference:yyyy-MM-dd})");
        }

        if (Wants("phone"))
        {
            Console.WriteLine($"phone tail:  {PhoneTailRecognizer.Recognize(answer)}");
        }

        if (Wants("number"))
        {
            Console.WriteLine($"numbers:     {string.Join("; ", NumberRecognizer.Find(answer, culture).Select(m => $"{m.Text} = {m.Value.ToString(CultureInfo.InvariantCulture)} ({m.Subtype}) at {m.Start}-{m.End}"))}");
        }

        if (Wants("ordinal"))
        {
            Console.WriteLine($"ordinals:    {string.Join("; ", OrdinalRecognizer.Find(answer, culture).Select(m => $"{m.Text} = {m.Value} at {m.Start}-{m.End}"))}");
        }
    }
}
