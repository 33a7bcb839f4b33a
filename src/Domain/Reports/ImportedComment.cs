using System.Security.Cryptography;
using System.Text;

namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// One row of feedback from another source (e-commerce review, ticket note, call-centre note), as
/// <c>aftersales import comments</c> reads it. <see cref="Id"/> is derived from the content, so importing the same
/// file twice stores each row once.
/// </summary>
public sealed record ImportedComment(string Text, string Source, DateOnly Date, string? Product, int? Rating)
{
    /// <summary>A stable response id: the first 16 bytes of SHA-256 over source, date, product, rating and text.</summary>
    public Guid Id => new(SHA256.HashData(Encoding.UTF8.GetBytes($"{Source}\n{Date:yyyy-MM-dd}\n{Product}\n{Rating}\n{Text}")).AsSpan(0, 16));
}
