using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ReSoma.Web.Features.Interviews.Editor;

public enum DiffKind
{
    Unchanged,
    Added,
    Removed,

    /// <summary>Unchanged lines left out; <see cref="DiffLine.Skipped"/> says how many.</summary>
    Skipped,
}

/// <summary>One line of a comparison, or a run of <see cref="Skipped"/> unchanged lines left out.</summary>
public sealed record DiffLine(DiffKind Kind, string Text, int Skipped = 0);

/// <summary>
/// Two interview snapshots compared line by line (DiffPlex). Snapshots are one "## Field" block per field, so the
/// comparison keeps the heading of every field that changed and a little context around each change, and folds the
/// rest into "n unchanged lines".
/// </summary>
public static class SnapshotDiff
{
    private const int Context = 2;

    public static IReadOnlyList<DiffLine> Compare(string from, string to)
    {
        var pieces = InlineDiffBuilder.Diff(from, to, ignoreWhiteSpace: false).Lines;
        var lines = pieces.Select(p => new DiffLine(
            p.Type switch { ChangeType.Inserted => DiffKind.Added, ChangeType.Deleted => DiffKind.Removed, _ => DiffKind.Unchanged },
            p.Text ?? "")).ToList();
        if (lines.All(l => l.Kind == DiffKind.Unchanged))
        {
            return [];
        }

        var keep = new bool[lines.Count];
        var heading = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == DiffKind.Unchanged && lines[i].Text.StartsWith("## ", StringComparison.Ordinal))
            {
                heading = i;
            }

            if (lines[i].Kind == DiffKind.Unchanged)
            {
                continue;
            }

            for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
            {
                keep[j] = true;
            }

            if (heading >= 0)
            {
                keep[heading] = true;
            }
        }

        var shown = new List<DiffLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i])
            {
                shown.Add(lines[i]);
                continue;
            }

            var start = i;
            while (i + 1 < lines.Count && !keep[i + 1])
            {
                i++;
            }

            shown.Add(new DiffLine(DiffKind.Skipped, "", i - start + 1));
        }

        return shown;
    }
}
