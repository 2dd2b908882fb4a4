namespace ReSoma.Web.Features.Account;

/// <summary>"Check your inbox". <see cref="Link"/> is set only where links are shown on screen (Development).</summary>
public sealed record EmailSentPage(string Title, string Message, string? Link, string? LinkText);
