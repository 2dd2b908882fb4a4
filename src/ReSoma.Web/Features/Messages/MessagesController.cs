using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Messages;

/// <summary>Writing to a person through their public profile: the portal mails it, the sender chooses to reveal their
/// address as the reply-to (docs/decisions/0048-messages-between-members.md).</summary>
[Authorize]
[Route("network/{slug}/message")]
public sealed class MessagesController(MessageSender sender, IStringLocalizer<MessagesController> localizer) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Write(string slug, bool sent, CancellationToken cancellationToken) =>
        await sender.RecipientAsync(slug, cancellationToken) is { } to && to.UserId != UserId
            ? View("Write", new MessagePage(to.Slug, to.Name, new MessageInput(), sent))
            : NotFound();

    [HttpPost("")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Send(string slug, MessageInput input, CancellationToken cancellationToken)
    {
        if (await sender.RecipientAsync(slug, cancellationToken) is not { } to || to.UserId == UserId)
        {
            return NotFound();
        }

        if (!input.RevealEmail)
        {
            ModelState.AddModelError(nameof(input.RevealEmail), localizer["Agree to reveal your email address as the reply-to: without it the message cannot be sent."]);
        }

        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.IsValid)
        {
            switch (await sender.SendAsync(UserId, to, input, cancellationToken))
            {
                case SendOutcome.Sent:
                    return Redirect(Url.Content($"~/network/{Uri.EscapeDataString(to.Slug)}/message?sent=true"));
                case SendOutcome.TooMany:
                    ModelState.AddModelError("", localizer["You have sent many messages recently. Please wait a while before sending another: your text is kept below."]);
                    status = StatusCodes.Status429TooManyRequests;
                    break;
                default:
                    ModelState.AddModelError("", localizer["This person is not accepting messages from you."]);
                    status = StatusCodes.Status403Forbidden;
                    break;
            }
        }

        var view = View("Write", new MessagePage(to.Slug, to.Name, input));
        view.StatusCode = status;
        return view;
    }
}
