using AfterSalesBot.Domain.Tickets.Rules;

namespace AfterSalesBot.Domain.Tests.Tickets;

public sealed class RoutingTests
{
    private static readonly TicketRouter Router = new(ShippedRules.Load());

    [Theory]
    [InlineData("product_quality", "after_sales_repair", "S1001")]
    [InlineData("usage_question", "product_support", "S1002")]
    [InlineData("service_attitude", "customer_service_management", "S1003")]
    [InlineData("logistics_delay", "logistics", "S1004")]
    [InlineData("price_refund", "finance", "S1005")]
    [InlineData("something_new", "customer_service_management", "S1003")]
    public void Level_1_tickets_go_where_the_routing_table_sends_their_category(string category, string department, string owner)
    {
        var route = Router.Route(category, 1);

        Assert.Equal(department, route.Department);
        Assert.Equal(owner, route.Owner);
    }

    [Fact]
    public void Supporting_departments_come_from_the_table()
    {
        Assert.Equal(["customer_service_management"], Router.Route("logistics_delay", 1).SupportingDepartments);
        Assert.Empty(Router.Route("product_quality", 1).SupportingDepartments);
    }

    [Theory]
    [InlineData(2, "middle_management", "M2001")]
    [InlineData(3, "senior_management", "E3001")]
    public void Higher_levels_are_owned_by_management_with_the_routed_department_supporting(int level, string department, string owner)
    {
        var route = Router.Route("product_quality", level);

        Assert.Equal(department, route.Department);
        Assert.Equal(owner, route.Owner);
        Assert.Equal(["after_sales_repair"], route.SupportingDepartments);
    }
}
