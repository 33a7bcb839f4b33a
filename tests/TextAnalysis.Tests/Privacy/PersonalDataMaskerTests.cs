using System.Diagnostics;
using AfterSalesBot.TextAnalysis.Privacy;

namespace AfterSalesBot.TextAnalysis.Tests.Privacy;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("我的电话是13800138000，请尽快回电", "我的电话是*******8000，请尽快回电")]
    [InlineData("手机 138 0013 8000 随时联系", "手机 *** **** 8000 随时联系")]
    [InlineData("手机138-0013-8000", "手机***-****-8000")]
    [InlineData("call me on +86 139 1234 5678 please", "call me on +** *** **** 5678 please")]
    [InlineData("打8613912345678找我", "打*********5678找我")]
    [InlineData("座机010-65529988转人工", "座机***-****9988转人工")]
    [InlineData("landline 0755-8888 1234.", "landline ****-**** 1234.")]
    [InlineData("My number is +44 20 7946 0958.", "My number is +** ** **** 0958.")]
    [InlineData("international 0044 20 7946 0958", "international **** ** **** 0958")]
    public void Phone_numbers_keep_only_the_last_four_digits(string text, string expected)
    {
        var masked = PersonalDataMasker.Mask(text);
        Assert.Equal(expected, masked.Text);
        Assert.All(masked.Found, f => Assert.Equal(PersonalDataKind.Phone, f.Kind));
    }

    [Theory]
    [InlineData("发到zhang.san@example.com就行", "发到z********@example.com就行")]
    [InlineData("Email me: amy_w+aftersales@mail.company.co.uk.", "Email me: a***************@mail.company.co.uk.")]
    public void Email_addresses_keep_the_first_letter_and_the_domain(string text, string expected)
    {
        var masked = PersonalDataMasker.Mask(text);
        Assert.Equal(expected, masked.Text);
        Assert.Equal(PersonalDataKind.Email, Assert.Single(masked.Found).Kind);
    }

    [Fact]
    public void A_mobile_number_used_as_mailbox_name_is_masked_as_one_address()
    {
        var masked = PersonalDataMasker.Mask("邮箱13800138000@qq.com");
        Assert.Equal("邮箱1**********@qq.com", masked.Text);
        Assert.Equal(PersonalDataKind.Email, Assert.Single(masked.Found).Kind);
    }

    [Theory]
    [InlineData("身份证号110105199003071234", "身份证号**************1234", PersonalDataKind.IdNumber)]
    [InlineData("ID 44030419851231002X registered", "ID **************002X registered", PersonalDataKind.IdNumber)]
    [InlineData("id no. 44030419851231002x", "id no. **************002x", PersonalDataKind.IdNumber)]
    [InlineData("护照号E12345678", "护照号*****5678", PersonalDataKind.Passport)]
    [InlineData("passport G1234567 expired", "passport ****4567 expired", PersonalDataKind.Passport)]
    [InlineData("退款到卡6222021234567890128", "退款到卡***************0128", PersonalDataKind.BankCard)]
    [InlineData("card 4111 1111 1111 1111 please refund", "card **** **** **** 1111 please refund", PersonalDataKind.BankCard)]
    public void Id_passport_and_card_numbers_are_masked(string text, string expected, PersonalDataKind kind)
    {
        var masked = PersonalDataMasker.Mask(text);
        Assert.Equal(expected, masked.Text);
        Assert.Equal(kind, Assert.Single(masked.Found).Kind);
    }

    [Theory]
    [InlineData("王小明先生很耐心", "王**先生很耐心")]
    [InlineData("感谢李天王先生的帮助", "感谢李**先生的帮助")]
    [InlineData("找欧阳娜娜女士", "找欧阳**女士")]
    [InlineData("联系了张伟小姐", "联系了张*小姐")]
    [InlineData("Ms. Wang was rude", "Ms. W* was rude")]
    [InlineData("Mr Smith fixed it", "Mr S* fixed it")]
    [InlineData("thanks to Mrs. Wang Li today", "thanks to Mrs. W* L* today")]
    [InlineData("Miss O'Brien called", "Miss O* called")]
    [InlineData("Mr. 王明 came", "Mr. 王* came")]
    public void Names_after_a_form_of_address_keep_the_surname_or_initial(string text, string expected)
    {
        var masked = PersonalDataMasker.Mask(text);
        Assert.Equal(expected, masked.Text);
        Assert.Equal(PersonalDataKind.Name, Assert.Single(masked.Found).Kind);
    }

    [Theory]
    [InlineData("王女士说空调不制冷")]
    [InlineData("感谢张先生")]
    [InlineData("那位女士很专业")]
    [InlineData("空调型号KFR-35GW/BP3DN1Y，不制冷")]
    [InlineData("订单号WC20240501001还没发货")]
    [InlineData("订单号 202405011380013800 没到")]
    [InlineData("order 6222021234567890128 is late")]
    [InlineData("2024-05-01 买的，价格2999.00元，用了3个月")]
    [InlineData("评分 5 分，速度 4 分，总体 4.5")]
    [InlineData("温度设到16°C，功率1500W，售价¥3,299")]
    [InlineData("Bought on 2024/01/15, model RX-100, serial SN123456789012")]
    [InlineData("I rated 9/10 and waited 45 minutes, ticket 20240115")]
    [InlineData("Mr and Mrs both came")]
    [InlineData("MSG: Ms")]
    [InlineData("code P20240501 for the coupon")]
    [InlineData("the price went from 12345678 to 1234567")]
    [InlineData("")]
    public void Ordinary_numbers_codes_and_titles_without_names_are_left_alone(string text)
    {
        var masked = PersonalDataMasker.Mask(text);
        Assert.Equal(text, masked.Text);
        Assert.Empty(masked.Found);
    }

    [Fact]
    public void Several_kinds_in_one_comment_are_all_masked_in_text_order()
    {
        var masked = PersonalDataMasker.Mask("王小明先生 13912345678, wang@example.com, ID 110105199003071234, model KFR-35GW");
        Assert.Equal("王**先生 *******5678, w***@example.com, ID **************1234, model KFR-35GW", masked.Text);
        Assert.Equal(
            [PersonalDataKind.Name, PersonalDataKind.Phone, PersonalDataKind.Email, PersonalDataKind.IdNumber],
            masked.Found.Select(f => f.Kind));
    }

    [Fact]
    public void A_date_followed_by_a_phone_masks_only_the_phone()
    {
        Assert.Equal("2024-01-15 *******8000 来电", PersonalDataMasker.Mask("2024-01-15 13800138000 来电").Text);
    }

    [Fact]
    public void Long_adversarial_input_is_scanned_in_linear_time()
    {
        // Inputs that make backtracking patterns explode: long runs of near-misses for every scanner.
        var inputs = new[]
        {
            string.Concat(Enumerable.Repeat("1-", 200_000)),
            string.Concat(Enumerable.Repeat("a.", 200_000)) + "@",
            string.Concat(Enumerable.Repeat("王先生", 100_000)),
            string.Concat(Enumerable.Repeat("Mr ", 100_000)),
            new string('9', 400_000),
        };
        var stopwatch = Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            _ = PersonalDataMasker.Mask(input);
        }

        // Generous bound (a shared CI machine); a quadratic scanner on 400k characters takes minutes, not seconds.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Masking_from_many_threads_gives_the_same_result()
    {
        const string text = "张伟先生 13800138000 a@b.cn";
        var expected = PersonalDataMasker.Mask(text).Text;
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = PersonalDataMasker.Mask(text).Text);
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
