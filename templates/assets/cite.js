// Readout citations: a "Copy" button beside every citation, and a statement's "cite" link
// opens the list of statement citations at that statement. Without JavaScript the links
// still lead to the citations and the text can be selected.
(function () {
  "use strict";
  var texts = document.querySelectorAll(".cite-text");
  if (!texts.length) return;
  var copy = function (text, button) {
    var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 1500); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { button.textContent = "Select and copy"; });
    } else {
      button.textContent = "Select and copy";
    }
  };
  Array.prototype.forEach.call(texts, function (span) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy this citation");
    button.addEventListener("click", function () { copy(span.textContent, button); });
    span.parentNode.insertBefore(button, span.nextSibling);
  });
  var open = function () {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf("cite-") !== 0) return;
    var target = document.getElementById(id);
    var details = target && target.closest("details");
    if (details) { details.open = true; target.scrollIntoView({block: "center"}); }
  };
  window.addEventListener("hashchange", open);
  open();
})();
