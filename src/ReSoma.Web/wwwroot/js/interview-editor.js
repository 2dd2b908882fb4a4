// ReSOMA interview editor: a live preview of the form, and a confirmation before deleting a draft.
// Everything works without this file: the "Preview in a new tab" button posts the same form to the same endpoint.
(function () {
    "use strict";

    // Forms that destroy something ask first (the server still checks the version and the status).
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            if (!window.confirm(form.getAttribute("data-confirm"))) {
                event.preventDefault();
            }
        });
    });

    var form = document.getElementById("interview-form");
    var section = document.getElementById("live-preview");
    var page = document.getElementById("live-preview-page");
    var status = document.getElementById("live-preview-status");
    if (!form || !section || !page || !window.fetch || !window.DOMParser || !window.FormData) {
        return;
    }

    var url = form.getAttribute("data-preview-url");
    var delay = 700;
    var timer = null;
    var running = null;

    // The server renders the public page (Markdown without raw HTML) marked "Preview"; only its main content is
    // shown here. The photo file is not sent: the preview shows the stored photo until the form is saved.
    function refresh() {
        var data = new FormData(form);
        data.delete("Input.Photo");
        if (running) {
            running.abort();
        }
        running = new AbortController();
        status.textContent = "Updating…";
        fetch(url, { method: "POST", body: data, credentials: "same-origin", signal: running.signal })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("The preview answered " + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var main = new DOMParser().parseFromString(html, "text/html").querySelector("main");
                if (!main) {
                    throw new Error("The preview has no page");
                }
                page.replaceChildren.apply(page, Array.prototype.map.call(main.childNodes, function (node) {
                    return document.importNode(node, true);
                }));
                status.textContent = "Up to date.";
            })
            .catch(function (error) {
                if (error.name !== "AbortError") {
                    status.textContent = "The preview could not be updated; the form is not affected.";
                }
            });
    }

    function later() {
        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, delay);
    }

    section.hidden = false;
    form.addEventListener("input", later);
    form.addEventListener("change", later);
    refresh();
})();
