using AfterSalesBot.Storage.Demo;
using Bogus;

namespace AfterSalesBot.Cli.Demo;

/// <summary>
/// Generates responses to the default questionnaire that look like real ones in aggregate: each staff member and
/// product has its own level, ratings of one response move together, low ratings come with negative comments about
/// the matching problem, volume follows working hours. Deterministic for a seed. Synthetic by construction: nothing
/// here comes from a real customer.
/// </summary>
internal sealed class SyntheticResponseGenerator
{
    private static readonly string[] Dimensions = ["speed", "resolution", "professionalism", "communication", "convenience"];
    private static readonly string[] Channels = ["webchat", "wechat", "hotline", "email", "store"];
    private static readonly string[] Teams = ["online-service", "hotline", "field-service"];
    private static readonly string[] Stages = ["pre-sales", "delivery", "installation", "repair", "return"];

    private static readonly (string Category, string Zh, string En)[] Problems =
    [
        ("slow_response", "等了很久才有人回复，{0}天都没人联系", "waited {0} days before anyone replied"),
        ("unresolved", "联系了{0}次还是没解决，问题又出现了", "contacted you {0} times and it is still not fixed"),
        ("service_attitude", "客服态度很差，说话不耐烦", "the agent was rude and impatient"),
        ("staff_competence", "师傅不太专业，来了{0}次才找到原因", "the technician needed {0} visits to find the cause"),
        ("communication", "说好回电结果没有回电，进度也不告诉我", "promised to call back but never did, no updates"),
        ("process_complexity", "手续太繁琐，要填很多表格", "too many forms and steps for a simple return"),
        ("logistics_delay", "配件寄了{0}天还没到", "the spare part took {0} days to arrive"),
        ("price_refund", "退款拖了{0}周还没到账", "the refund is {0} weeks late"),
        ("product_quality", "用了{0}个月就坏了，不制冷", "broke after {0} months, no cooling at all"),
    ];

    private readonly Faker _faker;
    private readonly DateTimeOffset _from;
    private readonly int _days;
    private readonly string[] _staff;
    private readonly Dictionary<string, double> _staffLevel;
    private readonly string[] _products;

    public SyntheticResponseGenerator(int seed, DateTimeOffset from, int days)
    {
        Randomizer.Seed = new Random(seed);
        _faker = new Faker("zh_CN");
        _from = from;
        _days = Math.Max(days, 1);
        _staff = Enumerable.Range(1, 60).Select(i => $"S{i:000}").ToArray();
        _staffLevel = _staff.ToDictionary(s => s, _ => _faker.Random.Double(-0.8, 0.6));
        _products = Enumerable.Range(0, 25).Select(_ => _faker.Commerce.ProductName()).Distinct().ToArray();
    }

    public SyntheticResponse Next()
    {
        var f = _faker;
        var staff = f.PickRandom(_staff);
        var level = 3.9 + _staffLevel[staff] + f.Random.Double(-1.2, 1.2);
        var ratings = Dimensions.Select(d => (d, Math.Clamp((int)Math.Round(level + f.Random.Double(-0.9, 0.9) - (d == "resolution" ? 0.3 : 0)), 1, 5))).ToList();
        var status = f.Random.Double() switch { < 0.82 => (short)1, < 0.95 => (short)2, _ => (short)0 };
        var english = f.Random.Double() < 0.25;
        var lowest = ratings.Min(r => r.Item2);
        SyntheticComment? comment = null;
        if (f.Random.Double() < (lowest <= 3 ? 0.7 : 0.25))
        {
            if (lowest <= 3)
            {
                var problem = f.PickRandom(Problems);
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, english ? problem.En : problem.Zh, f.Random.Int(2, 6));
                comment = new SyntheticComment("leastSatisfied", text, problem.Category, "negative", lowest <= 2 ? "angry" : "anxious", f.Random.Double(0.35, 0.98));
            }
            else
            {
                comment = new SyntheticComment("leastSatisfied", english ? "quick and professional, thank you" : "服务很好，师傅很专业，谢谢", "praise", "positive", "satisfied", f.Random.Double(0.6, 0.99));
            }
        }

        // Working hours carry most of the traffic.
        var day = f.Random.Int(0, _days - 1);
        var minute = f.Random.Double() < 0.85 ? f.Random.Int(9 * 60, 21 * 60) : f.Random.Int(0, (24 * 60) - 1);
        return new SyntheticResponse(
            Guid.NewGuid(),
            "aftersales-default",
            _from.AddDays(day).AddMinutes(minute),
            f.PickRandom(Channels),
            english ? "en-US" : "zh-CN",
            status,
            f.Random.Double() < 0.7 ? "individual" : "business",
            f.PickRandom(_products),
            f.Random.Double() < 0.9 ? staff : string.Empty,
            f.PickRandom(Teams),
            f.PickRandom(Stages),
            status == 0 ? ratings.Take(f.Random.Int(0, 4)).ToList() : ratings,
            status == 0 ? null : comment);
    }
}
