using ReSoma.Web.Features.Consultations.Editor;

namespace ReSoma.Tests.Consultations.Editor;

public sealed class ConsultationTimesTests
{
    [Fact]
    public void Every_zone_offered_in_the_list_is_a_known_iana_zone()
    {
        Assert.All(ConsultationTimes.CommonZones, zone => Assert.Equal(zone, ConsultationTimes.IanaIdOf(zone)));
    }

    [Theory]
    [InlineData(" Europe/Lisbon ", "Europe/Lisbon")]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("Mars/Olympus_Mons", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Zones_are_stored_by_their_iana_name(string? typed, string? stored)
    {
        Assert.Equal(stored, ConsultationTimes.IanaIdOf(typed));
    }

    [Fact]
    public void Wall_clock_times_round_trip_through_utc_across_summer_time()
    {
        var winter = ConsultationTimes.ToUtc(new DateTime(2031, 1, 15, 14, 0, 0), "Europe/Lisbon");
        var summer = ConsultationTimes.ToUtc(new DateTime(2031, 7, 15, 14, 0, 0), "Europe/Lisbon");
        Assert.Equal(new DateTimeOffset(2031, 1, 15, 14, 0, 0, TimeSpan.Zero), winter);
        Assert.Equal(new DateTimeOffset(2031, 7, 15, 13, 0, 0, TimeSpan.Zero), summer);
        Assert.Equal(new DateTime(2031, 7, 15, 14, 0, 0), ConsultationTimes.ToLocal(summer!.Value, "Europe/Lisbon"));
        Assert.Null(ConsultationTimes.ToUtc(new DateTime(2031, 3, 30, 1, 30, 0), "Europe/Lisbon"));
    }
}
