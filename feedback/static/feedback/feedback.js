// Progressive enhancement: a live character count under free-text answers. Without
// JavaScript the server checks the length and keeps the text.
(function () {
  "use strict";
  var lang = document.documentElement.lang || "de";
  var format = typeof Intl !== "undefined" ? new Intl.NumberFormat(lang) : null;
  function show(n) { return format ? format.format(n) : String(n); }
  document.querySelectorAll("textarea[data-maxlength]").forEach(function (area) {
    var max = parseInt(area.getAttribute("data-maxlength"), 10);
    if (!max) { return; }
    var counter = document.createElement("p");
    counter.className = "char-count";
    counter.id = area.id + "-count";
    area.insertAdjacentElement("afterend", counter);
    var described = area.getAttribute("aria-describedby");
    area.setAttribute("aria-describedby", (described ? described + " " : "") + counter.id);
    function update() {
      var length = area.value.length;
      counter.textContent = show(length) + " / " + show(max);
      counter.classList.toggle("char-count--over", length > max);
    }
    area.addEventListener("input", update);
    update();
  });
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
