// Pair pages: pointing at a passage on one side outlines the same passage on the other; clicking it scrolls
// the other side's copy into view. Nothing here fetches anything or touches article text.
(function () {
  "use strict";
  function counterparts(mark) {
    return document.querySelectorAll('mark.passage[data-passage="' + mark.dataset.passage + '"]');
  }
  document.querySelectorAll(".sides mark.passage").forEach(function (mark) {
    mark.addEventListener("mouseenter", function () { counterparts(mark).forEach(function (m) { m.classList.add("active"); }); });
    mark.addEventListener("mouseleave", function () { counterparts(mark).forEach(function (m) { m.classList.remove("active"); }); });
    mark.addEventListener("click", function () {
      counterparts(mark).forEach(function (m) { if (m !== mark) { m.scrollIntoView({ block: "center", behavior: "smooth" }); } });
    });
  });
})();
