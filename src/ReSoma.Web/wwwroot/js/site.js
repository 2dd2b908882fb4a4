// ReSOMA: small progressive enhancements. Everything works without this file; it only adds conveniences.
(function () {
    "use strict";

    // "Copy" buttons: shown only when the browser can copy; they copy the text of the element they name.
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
        var target = document.getElementById(button.getAttribute("data-copy-target"));
        if (!target || !navigator.clipboard) {
            return;
        }
        var label = button.textContent;
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(target.value || target.textContent).then(function () {
                button.textContent = "Copied";
                button.setAttribute("aria-live", "polite");
                setTimeout(function () { button.textContent = label; }, 2500);
            });
        });
    });

    // Filter forms: changing a drop-down applies it at once (the submit button stays for keyboard and no-JS users).
    document.querySelectorAll("form[data-auto-submit] select").forEach(function (select) {
        select.addEventListener("change", function () { select.form.submit(); });
    });
})();
