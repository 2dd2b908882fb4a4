namespace ReSoma.Load;

/// <summary>
/// How much of everything else a library of a given size comes with, per 10,000 briefs. Interviews are monthly (one
/// per month, a unique index says so), so they follow the calendar rather than the library and stop at 25 years.
/// </summary>
public static class Proportions
{
    public const int Consultations = 200;
    public const int Users = 2_000;
    public const int Interviews = 120;
    public const int MaxInterviews = 300;
    public const int Events = 300;
    public const int News = 1_000;

    /// <summary>One consultation in ten is upcoming and takes registrations; the rest are held.</summary>
    public const int OpenConsultationEvery = 10;

    /// <summary>One upcoming event in four takes registrations.</summary>
    public const int EventWithSeatsEvery = 4;

    public static int For(int perTenThousand, int briefs) => (int)((long)perTenThousand * briefs / 10_000);

    public static int InterviewsFor(int briefs) => Math.Min(MaxInterviews, For(Interviews, briefs));
}
