/* Pick a person by name: every .picker holds a search box (.picker-q), a list of suggestions
   (.picker-options, filled from /api/people/suggest while typing) and a hidden input (.picker-value)
   that receives the chosen person's id. With data-free="1" a form submitted without a choice sends the
   typed text instead (the server resolves names). Suggestions are built as text nodes, never as HTML. */
(function () {
  "use strict";

  function describe(p) {
    var bits = [];
    if (p.country_name) { bits.push(p.country_name); }
    bits.push(p.events + (p.events === 1 ? " event" : " events"));
    if (p.first) { bits.push(p.first.slice(0, 4) + (p.last && p.last.slice(0, 4) !== p.first.slice(0, 4) ? "–" + p.last.slice(0, 4) : "")); }
    return bits.join(" · ");
  }

  function setup(box) {
    var input = box.querySelector(".picker-q");
    var list = box.querySelector(".picker-options");
    var value = box.querySelector(".picker-value");
    var chosen = box.querySelector(".picker-chosen");
    var exclude = box.dataset.exclude || "";
    var items = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(i) {
      var options = list.querySelectorAll("li");
      options.forEach(function (li, j) { li.classList.toggle("active", j === i); li.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
      if (i >= 0 && options[i]) { input.setAttribute("aria-activedescendant", options[i].id); options[i].scrollIntoView({ block: "nearest" }); }
    }

    function choose(p) {
      value.value = p.person_id;
      input.value = p.display_name;
      if (chosen) { chosen.textContent = p.display_name + " · " + describe(p) + " · " + p.person_id; }
      close();
      box.dispatchEvent(new CustomEvent("picker:chosen", { bubbles: true, detail: p }));
    }

    function show(people) {
      items = people.filter(function (p) { return p.person_id !== exclude; });
      list.textContent = "";
      if (!items.length) {
        var none = document.createElement("li");
        none.className = "picker-none";
        none.textContent = "Nobody of that name.";
        list.appendChild(none);
      }
      items.forEach(function (p, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.className = "picker-option";
        var name = document.createElement("span");
        name.className = "name";
        name.textContent = p.display_name;
        var meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = describe(p);
        li.appendChild(name);
        li.appendChild(meta);
        li.addEventListener("mousedown", function (evt) { evt.preventDefault(); choose(p); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      highlight(items.length ? 0 : -1);
    }

    function ask() {
      var q = input.value.trim();
      if (!q) { close(); return; }
      var ticket = ++asked;
      fetch("/api/people/suggest?limit=8&q=" + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (people) { if (ticket === asked) { show(people); } })
        .catch(function () { close(); });
    }

    input.addEventListener("input", function () {
      value.value = "";
      if (chosen) { chosen.textContent = ""; }
      clearTimeout(timer);
      timer = setTimeout(ask, 120);
    });
    input.addEventListener("keydown", function (evt) {
      if (list.hidden) { return; }
      if (evt.key === "ArrowDown") { evt.preventDefault(); highlight(Math.min(items.length - 1, active + 1)); }
      else if (evt.key === "ArrowUp") { evt.preventDefault(); highlight(Math.max(0, active - 1)); }
      else if (evt.key === "Enter" && active >= 0) { evt.preventDefault(); choose(items[active]); }
      else if (evt.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });

    var form = box.closest("form");
    if (form && box.dataset.free === "1") {
      form.addEventListener("submit", function () { if (!value.value) { value.value = input.value.trim(); } });
    }
    box.dataset.ready = "1";
  }

  document.querySelectorAll(".picker").forEach(setup);
})();
