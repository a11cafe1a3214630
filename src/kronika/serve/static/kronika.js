// Lights up the sentence a link jumped to (#ev-N: an event's evidence, #q-N: a quotation):
// the text is cut into pieces, and each piece lists the events and quotations covering it.
"use strict";
(function () {
  function light() {
    document.querySelectorAll(".lit").forEach(function (el) { el.classList.remove("lit"); });
    var match = /^#(ev|q)-(\d+)$/.exec(window.location.hash);
    if (!match) { return; }
    var attribute = match[1] === "ev" ? "data-ev" : "data-q";
    document.querySelectorAll("[" + attribute + '~="' + match[2] + '"]').forEach(function (el) {
      el.classList.add("lit");
    });
  }
  window.addEventListener("hashchange", light);
  document.addEventListener("DOMContentLoaded", light);
})();
