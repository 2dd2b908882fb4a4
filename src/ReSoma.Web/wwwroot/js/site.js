// ReSOMA: small progressive enhancements. Everything works without this file; it only adds conveniences.
(function () {
    "use strict";

    // "Copy" buttons: shown only when the browser can copy; they copy the text of the element they name, and say so
    // in the page's language with their data-copied text.
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
        var target = document.getElementById(button.getAttribute("data-copy-target"));
        if (!target || !navigator.clipboard) {
            return;
        }
        var label = button.textContent;
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(target.value || target.textContent).then(function () {
                button.textContent = button.getAttribute("data-copied") || "Copied";
                button.setAttribute("aria-live", "polite");
                setTimeout(function () { button.textContent = label; }, 2500);
            });
        });
    });

    // A form that came back with errors: its summary (error-summary, decision 0044) takes the focus, so screen readers
    // announce it and keyboard users start there; each link in it moves the focus to its field (the first control
    // inside, when it names a group such as a fieldset), with the field's label in view.
    var summary = document.getElementById("form-errors");
    if (summary && !document.querySelector("[autofocus]")) {
        summary.focus();
    }
    document.querySelectorAll(".error-summary a[href^='#']").forEach(function (link) {
        link.addEventListener("click", function (event) {
            var target = document.getElementById(link.getAttribute("href").slice(1));
            if (!target) {
                return;
            }
            var field = target.matches("input, select, textarea, button, [tabindex]")
                ? target
                : target.querySelector("input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])");
            if (!field) {
                return;
            }
            event.preventDefault();
            var label = field.id ? document.querySelector("label[for='" + field.id + "']") : null;
            var legend = field.closest("fieldset") ? field.closest("fieldset").querySelector("legend") : null;
            field.focus({ preventScroll: true });
            (legend || label || field).scrollIntoView({ block: "center" });
        });
    });

    // Filter forms: changing a drop-down applies it at once (the submit button stays for keyboard and no-JS users).
    document.querySelectorAll("form[data-auto-submit] select").forEach(function (select) {
        select.addEventListener("change", function () { select.form.submit(); });
    });
})();
