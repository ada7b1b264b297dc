/// The script that makes open pages follow the site: it listens to the server's events,
/// reloads a page when it changes, and shows an overlay with the errors of a failed rebuild.
///
/// The script is served at `/__readout/live.js` and referenced from one `<script>` tag that
/// the server adds to every HTML response; the built files never contain it. The overlay is
/// built with `textContent`, so a diagnostic's text can never become markup.
enum LiveReloadScript {
  /// The URL path of the script.
  static let path = "/__readout/live.js"
  /// The URL path of the event stream.
  static let eventsPath = "/__readout/events"
  /// A version for the script tag, part of the `ETag` of every page served with it.
  static let version = "lr2"

  static let tag = "<script src=\"\(path)\" data-readout-live=\"\(version)\"></script>"

  /// The page with the script tag added before its last `</body>` (or at its end).
  static func inject(into html: [UInt8]) -> [UInt8] {
    let tagBytes = Array(tag.utf8)
    let close = Array("</body".utf8)
    var i = html.count - close.count
    while i >= 0 {
      if html[i] == UInt8(ascii: "<"), (0..<close.count).allSatisfy({ lower(html[i + $0]) == close[$0] }) {
        return Array(html[..<i]) + tagBytes + Array(html[i...])
      }
      i -= 1
    }
    return html + tagBytes
  }

  private static func lower(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
  }

  static let source = """
    (function () {
      "use strict";
      if (!window.EventSource) return;
      var generation = null;
      var here = function () {
        var p = decodeURIComponent(location.pathname).replace(/^\\/+/, "");
        return p === "" || p.slice(-1) === "/" ? p + "index.html" : p;
      };
      var overlay = null;
      var hide = function () { if (overlay) { overlay.remove(); overlay = null; } };
      var show = function (errors) {
        hide();
        if (!errors || errors.length === 0) return;
        overlay = document.createElement("div");
        overlay.id = "readout-error-overlay";
        overlay.setAttribute("role", "alert");
        overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);" +
          "color:#f4f4f4;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:2rem";
        var title = document.createElement("h2");
        title.textContent = "readout: the rebuild failed; this page shows the last good build";
        title.style.cssText = "margin:0 0 1rem;font:600 16px/1.4 system-ui,sans-serif;color:#ff8a80";
        var list = document.createElement("pre");
        list.style.cssText = "white-space:pre-wrap;margin:0";
        list.textContent = errors.join("\\n");
        var note = document.createElement("p");
        note.textContent = "Fix the file and save: the page reloads by itself.";
        note.style.cssText = "margin:1rem 0 0;font:14px system-ui,sans-serif;color:#bbb";
        overlay.appendChild(title); overlay.appendChild(list); overlay.appendChild(note);
        (document.body || document.documentElement).appendChild(overlay);
      };
      var source = null;
      var connect = function () {
        source = new EventSource("\(eventsPath)");
        source.addEventListener("hello", function (e) {
          var d = JSON.parse(e.data);
          if (generation !== null && d.generation !== generation) { location.reload(); return; }
          generation = d.generation;
          show(d.errors);
        });
        source.addEventListener("reload", function (e) {
          var d = JSON.parse(e.data);
          generation = d.generation;
          hide();
          var page = here();
          if (d.paths === null || d.paths.some(function (p) { return p === page || p.indexOf("assets/") === 0; })) location.reload();
        });
        source.addEventListener("failed", function (e) { show(JSON.parse(e.data).errors); });
      };
      // A page the reader left may be kept in the back-forward cache with its connection
      // open; a browser allows six per host, so close it, and open it again on return.
      window.addEventListener("pagehide", function () { if (source) { source.close(); source = null; } });
      window.addEventListener("pageshow", function (e) { if (e.persisted && !source) connect(); });
      connect();
    })();

    """
}
