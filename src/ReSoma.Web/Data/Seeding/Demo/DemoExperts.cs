namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>The recurring fictional experts who author the demo briefs (order of authors matters).</summary>
internal static class DemoExperts
{
    public static DemoAuthor Carvalho { get; } = new("Inês Carvalho", "ISMU Foundation");
    public static DemoAuthor Ferraresi { get; } = new("Giulia Ferraresi", "ISMU Foundation");
    public static DemoAuthor Bianchini { get; } = new("Matteo Bianchini", "ISMU Foundation");
    public static DemoAuthor Lindqvist { get; } = new("Zoë Lindqvist", "ECRE");
    public static DemoAuthor Vasilescu { get; } = new("Elena Vasilescu", "ECRE");
    public static DemoAuthor Ostergaard { get; } = new("Søren Østergaard", "ECRE");
    public static DemoAuthor Nowicki { get; } = new("Łukasz Nowicki", "CEPS");
    public static DemoAuthor Horak { get; } = new("Tomáš Horák", "CEPS");
    public static DemoAuthor Sa { get; } = new("Margarida Sá", "Migration Policy Group");
    public static DemoAuthor Papadakis { get; } = new("Nikos Papadakis", "Migration Policy Group");
    public static DemoAuthor Makela { get; } = new("Aino Mäkelä", "Migration Policy Group");
    public static DemoAuthor Dufresne { get; } = new("Hélène Dufresne", "PICUM");
    public static DemoAuthor Wisniewska { get; } = new("Karolina Wiśniewska", "PICUM");
    public static DemoAuthor VanDenBroeck { get; } = new("Joris Van den Broeck", "EUROCITIES");
    public static DemoAuthor Juric { get; } = new("Ana Jurić", "EUROCITIES");
    public static DemoAuthor Lefevre { get; } = new("Camille Lefèvre", "Social Platform");
    public static DemoAuthor OConnell { get; } = new("Sinéad O'Connell", "Social Platform");
    public static DemoAuthor DeVries { get; } = new("Anneke de Vries", "Erasmus University Rotterdam");
    public static DemoAuthor Weissmann { get; } = new("Florian Weißmann", "Erasmus University Rotterdam");
    public static DemoAuthor Ibanez { get; } = new("Pablo Ibáñez", "Ernst & Young");
    public static DemoAuthor Kooistra { get; } = new("Mirjam Kooistra", "Riverton City Integration Office");
    public static DemoAuthor Aberg { get; } = new("Björn Åberg", "Northvale Regional Refugee Council");
    public static DemoAuthor Schafer { get; } = new("Katrin Schäfer", "Centre for Migration Studies, University of Eastmoor");
}
