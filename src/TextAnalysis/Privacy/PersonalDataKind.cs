namespace AfterSalesBot.TextAnalysis.Privacy;

/// <summary>The kinds of personal data <see cref="PersonalDataMasker"/> finds in free text.</summary>
public enum PersonalDataKind
{
    /// <summary>Mobile (CN 1[3-9]x, 11 digits), landline with area code, +86 or other international numbers.</summary>
    Phone = 0,

    /// <summary>An e-mail address.</summary>
    Email = 1,

    /// <summary>A PRC resident ID number (18 characters, the last may be X).</summary>
    IdNumber = 2,

    /// <summary>A passport or permit number (one or two letters and 7–8 digits).</summary>
    Passport = 3,

    /// <summary>A bank card number (16–19 digits passing the Luhn check).</summary>
    BankCard = 4,

    /// <summary>A person's name next to a form of address (王小明先生, Ms. Wang).</summary>
    Name = 5,
}
