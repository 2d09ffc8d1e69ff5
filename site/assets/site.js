// specc site: optional enhancements only (theme toggle, copy buttons, search); reading needs no script.
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";
  var saved = null;
  try { saved = localStorage.getItem("specc-theme"); } catch (e) {}
  if (saved) document.documentElement.setAttribute("data-theme", saved);

  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.getElementById("theme-toggle");
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        var dark = document.documentElement.getAttribute("data-theme") === "dark" ||
          (!document.documentElement.getAttribute("data-theme") && matchMedia("(prefers-color-scheme: dark)").matches);
        var next = dark ? "light" : "dark";
        document.documentElement.setAttribute("data-theme", next);
        try { localStorage.setItem("specc-theme", next); } catch (e) {}
      });
    }
    document.querySelectorAll("pre").forEach(function (pre) {
      if (!navigator.clipboard) return;
      var button = document.createElement("button");
      button.type = "button"; button.className = "copy"; button.textContent = "Copy";
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(pre.innerText.replace(/Copy$/, "")).then(function () { button.textContent = "Copied"; });
      });
      pre.appendChild(button);
    });
    var input = document.getElementById("search");
    var list = document.getElementById("search-results");
    if (!input || !list) return;
    input.hidden = false;
    var loading = false;
    function load() {
      if (window.speccSearchIndex || loading) return;
      loading = true;
      var script = document.createElement("script");
      script.src = root + "search-index.js";
      script.onload = run;
      document.head.appendChild(script);
    }
    function run() {
      var query = input.value.trim().toLowerCase();
      list.textContent = "";
      var index = window.speccSearchIndex;
      if (!query || !index) { list.hidden = true; return; }
      var words = query.split(/\s+/);
      var hits = index.filter(function (entry) {
        var text = (entry.t + " " + entry.d).toLowerCase();
        return words.every(function (word) { return text.indexOf(word) >= 0; });
      }).slice(0, 30);
      hits.forEach(function (entry) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + entry.u; link.textContent = entry.t;
        var note = document.createElement("small");
        note.textContent = entry.k + (entry.d ? " · " + entry.d : "");
        item.appendChild(link); item.appendChild(note); list.appendChild(item);
      });
      list.hidden = hits.length === 0;
    }
    input.addEventListener("focus", load);
    input.addEventListener("input", function () { load(); run(); });
    // `?q=words` opens the page with that search (shareable, and what the browser test drives).
    var query = new URLSearchParams(location.search).get("q");
    if (query) { input.value = query; load(); }
  });
})();
