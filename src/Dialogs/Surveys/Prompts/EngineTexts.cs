namespace AfterSalesBot.Dialogs.Surveys.Prompts;

/// <summary>
/// What the engine itself says (survey wording comes from the definition). Plain customer language; never a
/// hint that high scores are rewarded. Placeholders: {0}, {1} as noted per text.
/// </summary>
public sealed record EngineTexts
{
    public static EngineTexts Chinese { get; } = new()
    {
        Locale = "zh-CN",
        Yes = "是",
        No = "否",
        Skip = "跳过",
        Skipped = "（跳过）",
        ScaleHint = "请回复 {0}-{1} 的数字{2}",
        ChoiceHint = "请回复序号或名称：{0}",
        MultipleHint = "可多选，用逗号隔开，如“1,3”：{0}",
        YesNoHint = "请回复“是”或“否”。",
        OptionalHint = "（可回复“跳过”）",
        NotUnderstood = "抱歉，我没看懂您的回答。",
        Ambiguous = "您给出了不止一个答案（{0}），请只选一个。",
        OutOfRange = "这个数字不在 {0}-{1} 的范围内。",
        FutureDate = "这个日期还没到，请再确认一下。",
        DateHint = "请告诉我具体日期，比如“5月1日”或“上周二”。",
        PhoneTailHint = "请回复手机号码的后 {0} 位数字。",
        SelectionCount = "请选择 {0}-{1} 项。",
        NeedsAnswer = "这道题需要您的回答。",
        OfferSkip = "看来这道题不好回答。您可以回复“跳过”先跳过它，或回复“帮助”查看说明。",
        TooLong = "您的回答有 {0} 个字，超过了 {1} 字的上限，麻烦精简一下再发给我。",
        EmptyAnswer = "我只能读懂文字回答，请用文字回复。",
        Help = "这是一份满意度调查，一次一个问题，可以点按钮，也可以直接打字回答。随时可以说：“上一题”返回，“改成3”修改上一题的答案，“跳过”跳过选答题，“重新开始”从头填写，“退出”结束，“English please”切换英文。",
        Restarted = "好的，我们从头开始。",
        Stopped = "好的，调查已停止，您已填写的答案会保留。感谢您的时间！想再填写时回复“重新开始”即可。",
        HumanUnavailable = "抱歉，当前部署还没有开通人工客服转接，暂时无法为您转接。您可以继续回答，或回复“退出”结束。",
        ComplaintUnavailable = "抱歉，当前部署还没有开通在线投诉受理。您可以在调查的意见题里写下遇到的问题，或回复“退出”结束。",
        LanguageSwitched = "好的，接下来用中文和您交流。",
        Back = "好的，回到上一题（您之前的回答：{0}）。",
        NothingToGoBackTo = "这已经是第一题了。",
        Changed = "已把“{0}”的答案改为：{1}。",
        NothingToChange = "还没有可以修改的答案。",
        WelcomeBack = "欢迎回来！我们接着上次的问题继续：",
        AlreadyCompleted = "您已经完成了这份调查，谢谢！如需重新填写，请回复“重新开始”。",
        AlreadyStopped = "调查已停止。如需重新填写，请回复“重新开始”。",
        NoSurvey = "您好！如需填写满意度调查，请回复“重新开始”。",
    };

    public static EngineTexts English { get; } = new()
    {
        Locale = "en-US",
        Yes = "Yes",
        No = "No",
        Skip = "Skip",
        Skipped = "(skipped)",
        ScaleHint = "Reply with a number from {0} to {1} {2}",
        ChoiceHint = "Reply with the number or the name: {0}",
        MultipleHint = "Pick one or more, separated by commas, e.g. \"1, 3\": {0}",
        YesNoHint = "Please reply \"yes\" or \"no\".",
        OptionalHint = "(or say \"skip\")",
        NotUnderstood = "Sorry, I didn't understand that answer.",
        Ambiguous = "You gave more than one answer ({0}); please pick just one.",
        OutOfRange = "That number is outside the {0} to {1} scale.",
        FutureDate = "That date hasn't happened yet; could you check it?",
        DateHint = "Please tell me the date, e.g. \"May 1\" or \"last Tuesday\".",
        PhoneTailHint = "Please reply with the last {0} digits of your phone number.",
        SelectionCount = "Please pick between {0} and {1} options.",
        NeedsAnswer = "This question needs an answer.",
        OfferSkip = "This one seems hard to answer. You can say \"skip\" to move on, or \"help\" for instructions.",
        TooLong = "Your answer is {0} characters long; the limit is {1}. Could you shorten it a little and send it again?",
        EmptyAnswer = "I can only read text answers; please reply in words.",
        Help = "This is a short satisfaction survey, one question at a time: tap a button or type your answer. At any time you can say \"back\" to return, \"change my answer to 3\" to fix your previous answer, \"skip\" for optional questions, \"restart\" to start over, \"stop\" to end, or \"说中文\" for Chinese.",
        Restarted = "OK, let's start over.",
        Stopped = "OK, the survey is stopped; the answers you gave are kept. Thank you for your time! Say \"restart\" if you'd like to fill it in again.",
        HumanUnavailable = "Sorry, this deployment cannot transfer you to a person yet. You can keep answering, or say \"stop\" to end.",
        ComplaintUnavailable = "Sorry, this deployment does not take complaints online yet. You can describe the problem in the survey's comment question, or say \"stop\" to end.",
        LanguageSwitched = "Sure, let's continue in English.",
        Back = "OK, back to the previous question (your answer was: {0}).",
        NothingToGoBackTo = "This is already the first question.",
        Changed = "Changed your answer to \"{0}\" to: {1}.",
        NothingToChange = "There is no answer to change yet.",
        WelcomeBack = "Welcome back! Let's pick up where we left off:",
        AlreadyCompleted = "You have already completed this survey, thank you! Say \"restart\" if you'd like to fill it in again.",
        AlreadyStopped = "The survey was stopped. Say \"restart\" if you'd like to fill it in again.",
        NoSurvey = "Hello! Say \"restart\" to take our satisfaction survey.",
    };

    public required string Locale { get; init; }

    public required string Yes { get; init; }

    public required string No { get; init; }

    public required string Skip { get; init; }

    public required string Skipped { get; init; }

    public required string ScaleHint { get; init; }

    public required string ChoiceHint { get; init; }

    public required string MultipleHint { get; init; }

    public required string YesNoHint { get; init; }

    public required string OptionalHint { get; init; }

    public required string NotUnderstood { get; init; }

    public required string Ambiguous { get; init; }

    public required string OutOfRange { get; init; }

    public required string FutureDate { get; init; }

    public required string DateHint { get; init; }

    public required string PhoneTailHint { get; init; }

    public required string SelectionCount { get; init; }

    public required string NeedsAnswer { get; init; }

    public required string OfferSkip { get; init; }

    public required string TooLong { get; init; }

    public required string EmptyAnswer { get; init; }

    public required string Help { get; init; }

    public required string Restarted { get; init; }

    public required string Stopped { get; init; }

    public required string HumanUnavailable { get; init; }

    public required string ComplaintUnavailable { get; init; }

    public required string LanguageSwitched { get; init; }

    public required string Back { get; init; }

    public required string NothingToGoBackTo { get; init; }

    public required string Changed { get; init; }

    public required string NothingToChange { get; init; }

    public required string WelcomeBack { get; init; }

    public required string AlreadyCompleted { get; init; }

    public required string AlreadyStopped { get; init; }

    public required string NoSurvey { get; init; }

    /// <summary>The texts for <paramref name="locale"/>: Chinese for any zh tag, English otherwise.</summary>
    public static EngineTexts For(string locale) =>
        locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
}
