using System.Text.Json;
using Microsoft.Playwright;

namespace ReSoma.BrowserTests.Infrastructure;

/// <summary>What has the keyboard focus, as a keyboard user would judge it.</summary>
public sealed record Focused(string Tag, string Id, string Name, string Text, bool OnBody, bool VisibleIndicator, bool OnScreen, string Order, bool Matches, string Outline)
{
    public override string ToString() => $"<{Tag}{(Id.Length > 0 ? " id=" + Id : "")}{(Name.Length > 0 ? " name=" + Name : "")}> “{Text}” (outline {Outline})";
}

/// <summary>
/// Drives a page by the keyboard only and checks, at every step, what a keyboard user needs: the focus never falls to
/// the page's body, the focused element shows a focus indicator (an outline or a box shadow) and is on screen, and Tab
/// moves forwards in the document (Shift+Tab backwards), never jumping back.
/// </summary>
public static class KeyboardExtensions
{
    // Records the element it saw, so the next probe can tell which way the focus moved.
    private const string Probe = """
        (selector) => {
            const el = document.activeElement;
            const previous = window.__keyboardLast;
            window.__keyboardLast = el;
            const onBody = !el || el === document.body || el === document.documentElement;
            let order = 'first';
            if (previous && previous.isConnected && !onBody) {
                if (previous === el) { order = 'same'; }
                else { order = (previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) ? 'after' : 'before'; }
            }
            const style = onBody ? null : getComputedStyle(el);
            const rect = onBody ? null : el.getBoundingClientRect();
            const outline = style ? style.outlineStyle + ' ' + style.outlineWidth : '';
            const visible = !!style && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                || (style.boxShadow && style.boxShadow !== 'none'));
            return {
                tag: onBody ? 'body' : el.tagName.toLowerCase(),
                id: onBody ? '' : el.id || '',
                name: onBody ? '' : el.getAttribute('name') || '',
                text: onBody ? '' : (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 80),
                onBody,
                visibleIndicator: visible,
                onScreen: !!rect && rect.width > 0 && rect.height > 0,
                order,
                matches: !onBody && !!selector && el.matches(selector),
                outline
            };
        }
        """;

    /// <summary>What has the focus now; the next Tab is judged from here.</summary>
    public static async Task<Focused> FocusedAsync(this IPage page, string? selector = null)
    {
        var json = await page.EvaluateAsync<JsonElement>(Probe, selector);
        return new Focused(
            json.GetProperty("tag").GetString()!, json.GetProperty("id").GetString()!, json.GetProperty("name").GetString()!,
            json.GetProperty("text").GetString()!, json.GetProperty("onBody").GetBoolean(), json.GetProperty("visibleIndicator").GetBoolean(),
            json.GetProperty("onScreen").GetBoolean(), json.GetProperty("order").GetString()!, json.GetProperty("matches").GetBoolean(),
            json.GetProperty("outline").GetString()!);
    }

    /// <summary>
    /// Presses Tab (Shift+Tab when <paramref name="backwards"/>) until the focused element matches
    /// <paramref name="selector"/>; fails if that takes more than <paramref name="maxTabs"/> presses, or if any step
    /// loses the focus, hides it, or moves it the wrong way.
    /// </summary>
    public static async Task<Focused> TabToAsync(this IPage page, string selector, int maxTabs, bool backwards = false)
    {
        var path = new List<string>();
        for (var tab = 1; tab <= maxTabs; tab++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var focused = await page.FocusedAsync(selector);
            path.Add(focused.ToString());
            var where = $"after {tab} {(backwards ? "Shift+Tab" : "Tab")} towards {selector}: {focused}";
            Assert.False(focused.OnBody, $"The focus fell to the page {where}");
            Assert.True(focused.VisibleIndicator, $"No visible focus indicator {where}");
            Assert.True(focused.OnScreen, $"The focused element has no size {where}");
            // The same element again is a date or time input moving between its parts.
            var expected = backwards ? "before" : "after";
            Assert.True(focused.Order is "first" or "same" || focused.Order == expected,
                $"The focus jumped {(backwards ? "forwards" : "backwards")} in the page {where}; path: {string.Join(" → ", path)}");
            if (focused.Matches)
            {
                return focused;
            }
        }

        Assert.Fail($"{selector} was not reached in {maxTabs} presses of Tab; path: {string.Join(" → ", path)}");
        return null!;
    }

    /// <summary>The first Tab of a page reaches the skip link, which is visible when focused and moves the focus to main.</summary>
    public static async Task SkipToMainAsync(this IPage page)
    {
        var skip = await page.TabToAsync("a.skip-link", 1);
        Assert.Equal("Skip to main content", skip.Text);
        await page.Keyboard.PressAsync("Enter");
        var main = await page.FocusedAsync("main");
        Assert.True(main.Matches, $"The skip link left the focus on {main}");
    }

    /// <summary>
    /// After a form came back with errors: the summary has the focus and is an alert; its link to <paramref name="fieldAnchor"/>
    /// moves the focus to a field marked invalid, described by that error. Returns the field that has the focus.
    /// </summary>
    public static async Task<Focused> FollowErrorAsync(this IPage page, string fieldAnchor, string message)
    {
        try
        {
            await page.Locator("#form-errors").WaitForAsync();
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No error summary on {page.Url}: {(await page.Locator("main").InnerTextAsync())[..Math.Min(600, (await page.Locator("main").InnerTextAsync()).Length)]}");
        }

        // The page's script focuses the summary once it has loaded; the summary can be in the document a moment before.
        try
        {
            await page.WaitForFunctionAsync("() => document.activeElement?.id === 'form-errors'", null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            // Reported below, with what has the focus instead.
        }

        var summary = await page.FocusedAsync("#form-errors[role=alert]");
        Assert.True(summary.Matches, $"The error summary was not focused: {summary} has the focus");
        Assert.True(summary.VisibleIndicator, "The focused error summary shows no focus indicator");
        var link = await page.TabToAsync($"#form-errors a[href='#{fieldAnchor}']", 10);
        Assert.Equal(message, link.Text);
        await page.Keyboard.PressAsync("Enter");

        var field = await page.FocusedAsync();
        Assert.True(field.VisibleIndicator, $"The field the error led to shows no focus: {field}");
        var state = await page.EvaluateAsync<JsonElement>("""
            (anchor) => {
                const el = document.activeElement;
                const group = document.getElementById(anchor);
                const ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(x => x);
                return {
                    inside: !!group && (group === el || group.contains(el)),
                    invalid: el.getAttribute('aria-invalid'),
                    descriptions: ids.map(id => document.getElementById(id) ? document.getElementById(id).textContent.trim() : '#' + id + ' missing')
                };
            }
            """, fieldAnchor);
        Assert.True(state.GetProperty("inside").GetBoolean(), $"The link to #{fieldAnchor} moved the focus to {field}");
        Assert.Equal("true", state.GetProperty("invalid").GetString());
        var descriptions = state.GetProperty("descriptions").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.Contains(message, descriptions);
        return field;
    }
}
