/// The `Content-Type` of a site file, from its extension.
///
/// Text types carry `charset=utf-8`, since the generator writes UTF-8; unknown extensions are
/// `application/octet-stream`, and responses say `X-Content-Type-Options: nosniff`, so a
/// browser never guesses a type the server did not name.
enum ContentType {
  static func of(_ path: String) -> String {
    let name = path.split(separator: "/").last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "application/octet-stream" }
    let ext = name[name.index(after: dot)...].lowercased()
    if name == "feed.xml" { return "application/atom+xml; charset=utf-8" }
    return types[ext] ?? "application/octet-stream"
  }

  /// Whether the type is an HTML page, into which the live-reload script goes.
  static func isHTML(_ type: String) -> Bool {
    type.hasPrefix("text/html")
  }

  private static let types: [String: String] = [
    "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
    "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
    "json": "application/json", "xml": "application/xml; charset=utf-8", "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8", "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
    "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
    "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
    "pdf": "application/pdf", "wasm": "application/wasm", "webmanifest": "application/manifest+json",
    "map": "application/json", "bin": "application/octet-stream",
  ]
}
