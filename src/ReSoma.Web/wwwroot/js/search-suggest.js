// ReSOMA: titles suggested under a search box as one types (the ARIA 1.2 combobox pattern with a listbox).
// Without this file the box is a plain search form; with it, the box gains its combobox roles only once the list exists.
(function () {
    "use strict";

    var MIN_LENGTH = 2;
    var DELAY_MS = 150;

    document.querySelectorAll("input[data-suggest]").forEach(enhance);

    function enhance(input) {
        var endpoint = input.getAttribute("data-suggest");
        var listId = input.id + "-suggestions";
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "search-suggest-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", "Suggested pages");
        list.hidden = true;

        // Read out how many suggestions there are, without moving focus. A live region rather than role="status", so
        // the page's own status messages stay the only ones of that role.
        var status = document.createElement("p");
        status.className = "visually-hidden";
        status.setAttribute("aria-live", "polite");
        status.setAttribute("aria-atomic", "true");
        status.id = listId + "-status";

        // Under the whole form, not inside Bootstrap's input group, whose corners depend on its last child.
        var host = input.form || input.parentElement;
        host.classList.add("search-suggest-host");
        host.appendChild(list);
        host.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("autocomplete", "off");

        var items = [];
        var active = -1;
        var timer = 0;
        var pending = null;
        var lastQuery = "";

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(fetchSuggestions, DELAY_MS);
        });

        input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                if (list.hidden) {
                    if (items.length > 0) {
                        open();
                    }
                    event.preventDefault();
                    return;
                }
                var step = event.key === "ArrowDown" ? 1 : -1;
                // Past either end, back to the box itself (no option active), as in a browser's address bar.
                var next = active + step;
                setActive(next < -1 ? items.length - 1 : next >= items.length ? -1 : next);
                event.preventDefault();
            } else if (event.key === "Enter" && !list.hidden && active >= 0) {
                event.preventDefault();
                go(items[active]);
            } else if (event.key === "Escape" && !list.hidden) {
                event.preventDefault();
                close();
            }
        });

        input.addEventListener("blur", function () {
            // Later than the click on an option, which would otherwise find the list gone.
            setTimeout(close, 150);
        });

        list.addEventListener("mousedown", function (event) {
            event.preventDefault(); // keep the focus in the box
        });

        list.addEventListener("click", function (event) {
            var option = event.target.closest("[role=option]");
            if (option) {
                go(items[Number(option.getAttribute("data-index"))]);
            }
        });

        function fetchSuggestions() {
            var q = input.value.trim();
            if (q === lastQuery) {
                return;
            }
            lastQuery = q;
            if (pending) {
                pending.abort();
            }
            if (q.length < MIN_LENGTH) {
                show([]);
                return;
            }
            pending = new AbortController();
            fetch(endpoint + "?q=" + encodeURIComponent(q), { signal: pending.signal, headers: { "Accept": "application/json" } })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(show)
                .catch(function () { /* aborted, or offline: the plain search still works */ });
        }

        function show(found) {
            items = found || [];
            active = -1;
            input.removeAttribute("aria-activedescendant");
            list.textContent = "";
            items.forEach(function (item, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.setAttribute("data-index", String(i));
                var title = document.createElement("span");
                title.className = "search-suggest-title";
                title.textContent = item.title;
                var kind = document.createElement("span");
                kind.className = "search-suggest-kind";
                kind.textContent = item.kind;
                option.append(title, " ", kind);
                list.appendChild(option);
            });
            if (items.length > 0) {
                open();
                status.textContent = items.length === 1
                    ? "1 suggestion. Use the up and down arrows to choose it."
                    : items.length + " suggestions. Use the up and down arrows to choose one.";
            } else {
                close();
                status.textContent = "";
            }
        }

        function open() {
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            setActive(-1);
        }

        function setActive(i) {
            active = i;
            Array.prototype.forEach.call(list.children, function (option, n) {
                option.setAttribute("aria-selected", n === i ? "true" : "false");
            });
            if (i >= 0) {
                input.setAttribute("aria-activedescendant", listId + "-" + i);
                list.children[i].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function go(item) {
            // Paths come from the portal and start with one slash; anything else is not followed.
            if (item && typeof item.path === "string" && /^\/(?!\/)/.test(item.path)) {
                window.location.assign(item.path);
            }
        }
    }
})();
