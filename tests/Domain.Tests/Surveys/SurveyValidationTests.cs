using System.Text.Json.Nodes;
using AfterSalesBot.Domain.Surveys.Definitions;
using Xunit.Abstractions;

namespace AfterSalesBot.Domain.Tests.Surveys;

public sealed class SurveyValidationTests(ITestOutputHelper output)
{
    private static readonly string Valid = """
        {
          "schemaVersion": 1, "id": "mini", "version": 1,
          "title": {"zh-CN": "小调查", "en-US": "Mini"},
          "languages": ["zh-CN", "en-US"],
          "greeting": {"zh-CN": "您好", "en-US": "Hi"},
          "completion": {"zh-CN": "谢谢", "en-US": "Thanks"},
          "questions": [
            {"type": "singleChoice", "id": "kind", "prompt": {"zh-CN": "类型？", "en-US": "Kind?"},
             "options": [{"id": "a", "label": {"zh-CN": "甲", "en-US": "A"}}, {"id": "b", "label": {"zh-CN": "乙", "en-US": "B"}}]},
            {"type": "rating", "id": "score", "prompt": {"zh-CN": "打分", "en-US": "Score"}},
            {"type": "yesNo", "id": "again", "prompt": {"zh-CN": "再来？", "en-US": "Again?"}},
            {"type": "openText", "id": "why", "prompt": {"zh-CN": "为什么？", "en-US": "Why?"}, "optional": true}
          ]
        }
        """;

    public static TheoryData<string, string, string?, string> BrokenDefinitions => new()
    {
        // case name, JSON edit (path=value as JSON, or a whole replacement), expected question, expected message fragment
        { "unknown property", "questions[1].colour=\"red\"", "score", "colour" },
        { "unknown question type", "questions[1].type=\"slider\"", "score", "slider" },
        { "duplicate id", "questions[2].id=\"score\"", "score", "used by another question" },
        { "condition on a missing question", "questions[2].showIf={\"question\":\"nope\",\"lte\":3}", "again", "'nope', which does not exist" },
        { "condition on a later question", "questions[1].showIf={\"question\":\"again\",\"is\":true}", "score", "not asked before it" },
        { "number compared with a choice", "questions[2].showIf={\"question\":\"kind\",\"lte\":3}", "again", "number comparisons need a rating" },
        { "rating compared outside its scale", "questions[2].showIf={\"question\":\"score\",\"lte\":9}", "again", "outside its 1–5 scale" },
        { "unknown option in a condition", "questions[2].showIf={\"question\":\"kind\",\"option\":\"c\"}", "again", "has no option 'c'" },
        { "condition with two forms", "questions[2].showIf={\"question\":\"score\",\"lte\":3,\"any\":[]}", "again", "exactly one of" },
        { "jump to a missing question", "questions[0].jumps=[{\"to\":\"nowhere\"}]", "kind", "'nowhere', which is not a question" },
        { "jump backwards", "questions[2].jumps=[{\"to\":\"kind\"}]", "again", "jumps back" },
        { "question nobody reaches", "questions[0].jumps=[{\"to\":\"again\"}]", "score", "no path from the first question" },
        { "missing English prompt", "questions[3].prompt={\"zh-CN\":\"为什么？\"}", "why", "no en-US text" },
        { "label outside the scale", "questions[1].labels={\"6\":{\"zh-CN\":\"六\",\"en-US\":\"six\"}}", "score", "not a point of the 1–5 scale" },
        { "one-option choice", "questions[0].options=[{\"id\":\"a\",\"label\":{\"zh-CN\":\"甲\",\"en-US\":\"A\"}}]", "kind", "at least two options" },
        { "phone tail asking for the whole number", "questions[3]={\"type\":\"phoneTail\",\"id\":\"why\",\"prompt\":{\"zh-CN\":\"尾号\",\"en-US\":\"tail\"},\"digits\":11}", "why", "between 3 and 6" },
        { "future schema version", "schemaVersion=2", null, "schemaVersion 2 is not supported" },
        { "survey-level unknown property", "theme=\"dark\"", null, "theme" },
    };

    [Theory]
    [MemberData(nameof(BrokenDefinitions))]
    public void Broken_definition_is_rejected_naming_file_and_question(string name, string edit, string? question, string fragment)
    {
        var json = Edit(Valid, edit);

        var read = SurveyDefinitionReader.Read(json, "surveys/mini.json");

        foreach (var issue in read.Issues)
        {
            output.WriteLine($"{name}: {issue}");
        }

        Assert.Null(read.Survey);
        var error = Assert.Single(read.Issues, i => i.Severity == SurveyIssueSeverity.Error && i.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Equal(question, error.QuestionId);
        Assert.StartsWith("surveys/mini.json: error: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_definition_reads_with_no_issues()
    {
        var read = SurveyDefinitionReader.Read(Valid, "mini.json");

        Assert.Empty(read.Issues);
        Assert.Equal(["kind", "score", "again", "why"], read.Survey!.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Question_without_type_is_an_error_naming_the_question()
    {
        var json = Valid.Replace("{\"type\": \"yesNo\", \"id\": \"again\"", "{\"id\": \"again\"", StringComparison.Ordinal);

        var read = SurveyDefinitionReader.Read(json, "mini.json");

        var error = Assert.Single(read.Issues);
        output.WriteLine(error.ToString());
        Assert.Contains("type", error.Message, StringComparison.Ordinal);
        Assert.Equal("again", error.QuestionId);
    }

    [Fact]
    public void Survey_with_eleven_questions_asked_of_everyone_gets_a_length_warning_but_loads()
    {
        var root = JsonNode.Parse(Valid)!;
        var questions = root["questions"]!.AsArray();
        for (var i = 0; i < 7; i++)
        {
            questions.Add(JsonNode.Parse($$$"""{"type": "rating", "id": "extra{{{i}}}", "prompt": {"zh-CN": "打分", "en-US": "Score"}}"""));
        }

        var read = SurveyDefinitionReader.Read(root.ToJsonString(), "long.json");

        Assert.NotNull(read.Survey);
        var warning = Assert.Single(read.Issues);
        Assert.Equal(SurveyIssueSeverity.Warning, warning.Severity);
        Assert.Contains("11 questions", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Survey_estimated_over_five_minutes_gets_a_time_warning()
    {
        var root = JsonNode.Parse(Valid)!;
        var questions = root["questions"]!.AsArray();
        for (var i = 0; i < 6; i++)
        {
            questions.Add(JsonNode.Parse($$$"""{"type": "openText", "id": "more{{{i}}}", "optional": true, "prompt": {"zh-CN": "说说", "en-US": "Tell"}}"""));
        }

        var read = SurveyDefinitionReader.Read(root.ToJsonString(), "slow.json");

        Assert.NotNull(read.Survey);
        Assert.Contains(read.Issues, i => i.Severity == SurveyIssueSeverity.Warning && i.Message.Contains("minutes", StringComparison.Ordinal));
    }

    private static string Edit(string json, string edit)
    {
        var root = JsonNode.Parse(json)!;
        var equals = edit.IndexOf('=', StringComparison.Ordinal);
        var path = edit[..equals].Split('.');
        var value = JsonNode.Parse(edit[(equals + 1)..]);
        JsonNode parent = root;
        for (var i = 0; i < path.Length - 1; i++)
        {
            parent = Step(parent, path[i]);
        }

        var last = path[^1];
        if (last.EndsWith(']'))
        {
            var open = last.IndexOf('[', StringComparison.Ordinal);
            var array = parent[last[..open]]!.AsArray();
            array[int.Parse(last[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[last] = value;
        }

        return root.ToJsonString();
    }

    private static JsonNode Step(JsonNode node, string segment)
    {
        var open = segment.IndexOf('[', StringComparison.Ordinal);
        return open < 0
            ? node[segment]!
            : node[segment[..open]]![int.Parse(segment[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
    }
}
