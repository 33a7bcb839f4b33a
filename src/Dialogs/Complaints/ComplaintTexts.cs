namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>What the complaint intake, the ticket status and the closure questions say, in Chinese and English.</summary>
public sealed class ComplaintTexts
{
    private static readonly ComplaintTexts Chinese = new()
    {
        Start = "好的，我来为您登记投诉，只需几个问题，随时回复“取消”可放弃。",
        AskProduct = "请问是哪款产品？请告诉我产品名称或型号。",
        AskPurchaseDate = "是什么时候购买的？例如“2025年5月1日”或“三个月前”。不记得可以回复“跳过”。",
        BadDate = "没能看懂这个日期，请换个说法，例如“2025年5月1日”“上个月”，或回复“跳过”。",
        FutureDate = "购买日期不能晚于今天，请再确认一下。",
        AskDescription = "请具体描述一下遇到的问题：什么现象、什么时候开始、在什么情况下出现？",
        AskDetail = "为了尽快处理，能再具体一点吗？比如：开机后出现什么现象、持续多久了、有没有报错或异响。",
        ConfirmCategory = "我把问题归为“{0}”，对吗？如不对，请直接选择正确的类别。",
        PickCategory = "请选择问题类别：",
        AskDemand = "您希望我们怎么处理？",
        AskContact = "方便的话，请留下回拨电话的后四位（只保存后四位），或回复“跳过”。",
        ContactNotUnderstood = "没有找到号码，请发送电话号码或它的后四位，或回复“跳过”。",
        NotAChoice = "没能对应到选项，请点选或回复选项名称。",
        TooLong = "内容太长了（{0} 字），请控制在 {1} 字以内。",
        Empty = "请输入内容。",
        Cancelled = "已取消本次投诉登记，没有创建工单。",
        Filed = "投诉已登记，工单号 {0}。{1}会在 {2} 前首次联系您。回复“我的工单怎么样了”可随时查看进度。",
        Yes = "是",
        No = "不是",
        Skip = "跳过",
        StatusNone = "没有查到您名下的工单。如需投诉，请回复“投诉”。",
        StatusHeader = "您的工单：",
        StatusLine = "{0}：{1}，负责部门：{2}{3}",
        StatusDeadline = "，下一个期限 {0}",
        Statuses = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["new"] = "已受理，待处理", ["acknowledged"] = "已确认，处理中", ["in_progress"] = "处理中", ["resolved"] = "已处理，待您确认",
            ["confirmed"] = "您已确认解决", ["reopened"] = "重新处理中", ["closed"] = "已结案",
        },
        Offer = "您在意见中提到的问题，需要我为您登记投诉工单、安排专人跟进吗？",
        OfferDeclined = "好的，不登记工单。感谢您的反馈！",
        AskSolved = "您的工单 {0} 已处理完毕。请问问题解决了吗？",
        AskSatisfied = "您对这次的处理结果满意吗？",
        AskHeld = "您好，{0} 天前处理的工单 {1}，问题现在还好吗？没有再出现了吧？",
        Solved = "已解决",
        NotSolved = "没解决",
        Satisfied = "满意",
        NotSatisfied = "不满意",
        Held = "一切正常",
        NotHeld = "又出问题了",
        NeedYesNo = "请回复“是”或“不是”。",
        Thanks = "感谢您的确认！工单 {0} 已记录您的反馈。",
        Reopened = "很抱歉问题还没解决，工单 {0} 已重新打开，我们会在 {1} 前给您新的处理结果。",
        FollowUpClosed = "太好了，工单 {0} 已结案。感谢您的耐心！",
        AlreadyRecorded = "工单 {0} 已记录过您的答复，谢谢。",
        Menu = "您可以：",
        MenuComplaint = "我要投诉",
        MenuStatus = "查询工单进度",
        MenuSurvey = "填写满意度调查",
    };

    private static readonly ComplaintTexts English = new()
    {
        Start = "Sure, I'll file your complaint: just a few questions. Say \"cancel\" any time to stop.",
        AskProduct = "Which product is it? Please give the product name or model.",
        AskPurchaseDate = "When did you buy it? For example \"May 1, 2025\" or \"3 months ago\". Say \"skip\" if you don't remember.",
        BadDate = "I couldn't read that date. Try e.g. \"May 1, 2025\" or \"last month\", or say \"skip\".",
        FutureDate = "The purchase date can't be in the future; please check it.",
        AskDescription = "Please describe the problem: what happens, since when, and in what situation?",
        AskDetail = "Could you be more specific, so we can act quickly? E.g. what happens after switching it on, for how long, any error or noise.",
        ConfirmCategory = "I'd file this as \"{0}\". Is that right? If not, pick the right category.",
        PickCategory = "Please pick the category of the problem:",
        AskDemand = "What would you like us to do?",
        AskContact = "If you like, give the last 4 digits of a call-back number (only those are kept), or say \"skip\".",
        ContactNotUnderstood = "I couldn't find a number. Send the phone number or its last 4 digits, or say \"skip\".",
        NotAChoice = "That doesn't match an option; please tap one or type its name.",
        TooLong = "That is too long ({0} characters); please keep it under {1}.",
        Empty = "Please type something.",
        Cancelled = "OK, I've stopped the complaint. No ticket was opened.",
        Filed = "Your complaint is filed as ticket {0}. {1} will first get back to you by {2}. Ask \"what's the status of my complaint\" any time.",
        Yes = "Yes",
        No = "No",
        Skip = "Skip",
        StatusNone = "I found no tickets of yours. Say \"complaint\" to file one.",
        StatusHeader = "Your tickets:",
        StatusLine = "{0}: {1}, handled by {2}{3}",
        StatusDeadline = ", next deadline {0}",
        Statuses = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["new"] = "received, waiting to be handled", ["acknowledged"] = "acknowledged, being handled", ["in_progress"] = "being handled",
            ["resolved"] = "resolved, waiting for your confirmation", ["confirmed"] = "you confirmed it is solved", ["reopened"] = "reopened, being handled again",
            ["closed"] = "closed",
        },
        Offer = "Would you like me to file the problem you mentioned as a complaint, so someone follows it up?",
        OfferDeclined = "OK, no ticket. Thank you for your feedback!",
        AskSolved = "Your ticket {0} has been resolved. Is the problem solved?",
        AskSatisfied = "Are you satisfied with how it was handled?",
        AskHeld = "Hello! {0} days ago we resolved ticket {1}. Is everything still fine, or did the problem come back?",
        Solved = "Solved",
        NotSolved = "Not solved",
        Satisfied = "Satisfied",
        NotSatisfied = "Not satisfied",
        Held = "All fine",
        NotHeld = "It came back",
        NeedYesNo = "Please answer yes or no.",
        Thanks = "Thank you for confirming! Your answer is recorded on ticket {0}.",
        Reopened = "Sorry it isn't solved yet. Ticket {0} is reopened; you'll have a new result by {1}.",
        FollowUpClosed = "Great, ticket {0} is closed. Thank you for your patience!",
        AlreadyRecorded = "Your answer on ticket {0} was already recorded, thank you.",
        Menu = "You can:",
        MenuComplaint = "File a complaint",
        MenuStatus = "My tickets",
        MenuSurvey = "Take the survey",
    };

    public static ComplaintTexts For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    public required string Start { get; init; }
    public required string AskProduct { get; init; }
    public required string AskPurchaseDate { get; init; }
    public required string BadDate { get; init; }
    public required string FutureDate { get; init; }
    public required string AskDescription { get; init; }
    public required string AskDetail { get; init; }
    public required string ConfirmCategory { get; init; }
    public required string PickCategory { get; init; }
    public required string AskDemand { get; init; }
    public required string AskContact { get; init; }
    public required string ContactNotUnderstood { get; init; }
    public required string NotAChoice { get; init; }
    public required string TooLong { get; init; }
    public required string Empty { get; init; }
    public required string Cancelled { get; init; }

    /// <summary>{0} ticket number, {1} owning department, {2} first-response deadline.</summary>
    public required string Filed { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string Skip { get; init; }
    public required string StatusNone { get; init; }
    public required string StatusHeader { get; init; }

    /// <summary>{0} number, {1} status, {2} department, {3} the deadline part (or empty).</summary>
    public required string StatusLine { get; init; }
    public required string StatusDeadline { get; init; }
    public required IReadOnlyDictionary<string, string> Statuses { get; init; }
    public required string Offer { get; init; }
    public required string OfferDeclined { get; init; }
    public required string AskSolved { get; init; }
    public required string AskSatisfied { get; init; }

    /// <summary>{0} days since the resolution, {1} ticket number.</summary>
    public required string AskHeld { get; init; }
    public required string Solved { get; init; }
    public required string NotSolved { get; init; }
    public required string Satisfied { get; init; }
    public required string NotSatisfied { get; init; }
    public required string Held { get; init; }
    public required string NotHeld { get; init; }
    public required string NeedYesNo { get; init; }
    public required string Thanks { get; init; }
    public required string Reopened { get; init; }
    public required string FollowUpClosed { get; init; }
    public required string AlreadyRecorded { get; init; }
    public required string Menu { get; init; }
    public required string MenuComplaint { get; init; }
    public required string MenuStatus { get; init; }
    public required string MenuSurvey { get; init; }
}
