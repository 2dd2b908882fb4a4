namespace ReSoma.Web.Domain;

/// <summary>Where an event happens, in words, for lists, pages and calendar files.</summary>
public static class EventPlaces
{
    /// <summary>The city (or the venue when no city is given), "Online", or both.</summary>
    public static string Short(string? venue, string? city, bool online)
    {
        var place = !string.IsNullOrWhiteSpace(city) ? city : venue;
        return string.IsNullOrWhiteSpace(place) ? "Online" : online ? place + " and online" : place;
    }

    /// <summary>The venue and the city, without saying the city twice when the venue's address already names it.</summary>
    public static string? Full(string? venue, string? city)
    {
        if (string.IsNullOrWhiteSpace(venue))
        {
            return string.IsNullOrWhiteSpace(city) ? null : city;
        }

        return string.IsNullOrWhiteSpace(city) || venue.Contains(city, StringComparison.OrdinalIgnoreCase) ? venue : $"{venue}, {city}";
    }
}
