using System.Globalization;
using System.Text;
using ReSoma.Web.Domain;

namespace ReSoma.Bench;

public sealed record TopicRef(int Id, int Year);

public sealed record AuthorRef(string Name, int? OrganisationId);

/// <summary>
/// Makes published briefs of about 300 words: a title, a two-sentence summary and a Markdown body with headings and
/// a list, 1–3 authors and 2–5 keywords. Deterministic for a given <see cref="Random"/> seed.
/// </summary>
public sealed class BriefGenerator(Random random, IReadOnlyList<TopicRef> topics, IReadOnlyList<AuthorRef> authors)
{
    public Brief Next(int number)
    {
        var topic = Pick(topics);
        var subject = Pick(Vocabulary.Objects);
        var title = $"{Capital(WithoutArticle(subject))} in {Pick(Vocabulary.Places)}: {Pick(Vocabulary.TitleTails)}";
        var published = new DateOnly(topic.Year, 3, 1).AddDays(random.Next(365));
        var stamp = new DateTimeOffset(published.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        return new Brief
        {
            TopicId = topic.Id,
            Series = (BriefSeries)random.Next(1, 4),
            Title = title,
            Slug = Slugs.From(title) + "-" + number.ToString(CultureInfo.InvariantCulture),
            Summary = string.Format(CultureInfo.InvariantCulture, Pick(Vocabulary.SummaryTemplates), subject) + " " + Sentence(),
            Body = Body(subject),
            Keywords = string.Join("; ", Distinct(Vocabulary.Keywords, random.Next(2, 6))),
            PublishedOn = published,
            Status = BriefStatus.Published,
            CreatedAt = stamp,
            UpdatedAt = stamp,
            Authors = Distinct(authors, random.Next(1, 4))
                .Select((a, i) => new BriefAuthor { Name = a.Name, OrganisationId = a.OrganisationId, Position = i + 1 })
                .ToList(),
        };
    }

    private string Body(string subject)
    {
        var body = new StringBuilder();
        body.Append("## Context\n\n").Append(Paragraph(4));
        if (random.NextDouble() < 0.001)
        {
            body.Append(' ').Append(Vocabulary.RareSentence);
        }

        body.Append("\n\n## Findings\n\n")
            .Append(string.Format(CultureInfo.InvariantCulture, Pick(Vocabulary.Findings), subject)).Append(' ')
            .Append(string.Format(CultureInfo.InvariantCulture, Pick(Vocabulary.Findings), Pick(Vocabulary.Objects))).Append(' ')
            .Append(Paragraph(2));
        body.Append("\n\n## Policy options\n\n").Append(Paragraph(3));
        body.Append("\n\n## Recommendations\n\n");
        for (var i = 0; i < 3; i++)
        {
            body.Append("- ").Append(Sentence()).Append('\n');
        }

        return body.ToString();
    }

    /// <summary>Sentences of the vocabulary; the end-to-end benchmark writes consultations, events and news with them.</summary>
    public string Paragraph(int sentences) => string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence()));

    public string Sentence()
    {
        var connector = Pick(Vocabulary.Connectors);
        var subject = Pick(Vocabulary.Subjects);
        if (connector.Length > 0 && subject.StartsWith("The ", StringComparison.Ordinal))
        {
            subject = "the" + subject[3..];
        }

        var words = new[] { connector, subject, Pick(Vocabulary.Verbs), Pick(Vocabulary.Objects), Pick(Vocabulary.Qualifiers) };
        return string.Join(' ', words.Where(w => w.Length > 0)) + ".";
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private List<T> Distinct<T>(IReadOnlyList<T> items, int count)
    {
        var picked = new List<T>(count);
        while (picked.Count < count)
        {
            var item = Pick(items);
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }

        return picked;
    }

    private static string WithoutArticle(string text) => text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text;

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
