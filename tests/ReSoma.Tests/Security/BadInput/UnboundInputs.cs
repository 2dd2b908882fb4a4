namespace ReSoma.Tests.Security.BadInput;

/// <summary>
/// Input that no action parameter declares, so the descriptors cannot tell the walk about it: the notices views read
/// from the query after a redirect, the OAI-PMH arguments (read raw, in order), and the questionnaire's answer fields
/// (one <c>q{questionId}</c> per question of the interview).
/// </summary>
public static class UnboundInputs
{
    private static readonly InputField[] Notices =
        [new("done", FieldKind.Text), new("saved", FieldKind.Text), new("promoted", FieldKind.Text), new("sent", FieldKind.Text), new("failed", FieldKind.Text)];

    private static readonly InputField[] OaiArguments =
    [
        new("verb", FieldKind.Text), new("metadataPrefix", FieldKind.Text), new("identifier", FieldKind.Text), new("set", FieldKind.Text),
        new("resumptionToken", FieldKind.Text), new("from", FieldKind.Date), new("until", FieldKind.Date),
    ];

    public static IEnumerable<InputField> For(WalkedEndpoint endpoint, RouteSamples samples) => endpoint switch
    {
        { Template: "/oai" } => OaiArguments,
        { Method: "POST", Template: "/interviews/{id}/answers" } => samples.QuestionIds.Select(id => new InputField($"q{id}", FieldKind.Text)),
        { Method: "GET" } => Notices,
        _ => [],
    };
}
