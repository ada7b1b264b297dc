/// Verifies every internal link and `#anchor` of a built site.
///
/// Links to other sites (`https:`, `mailto:`) are not followed. A root-absolute link (`/x`)
/// is broken by definition: it would not work from `file://` or under a sub-path.
public struct LinkChecker: Sendable {
  public init() {}

  /// Checks a site given as its files' paths and the text of its HTML pages.
  public func check(paths: Set<String>, pages: [String: String]) -> [BrokenLink] {
    let scanner = HTMLScanner()
    var ids: [String: Set<String>] = [:]
    for (path, html) in pages { ids[path] = scanner.ids(in: html) }
    var broken: [BrokenLink] = []
    for path in pages.keys.sorted() {
      guard let html = pages[path] else { continue }
      for (link, line) in scanner.linksWithLines(in: html) {
        if let reason = problem(with: link, from: path, paths: paths, ids: ids) {
          broken.append(BrokenLink(file: path, target: link, reason: reason, line: line))
        }
      }
    }
    return broken
  }

  /// Whether a folder holds a site Readout built: its build stamp, or an `index.html` with
  /// `assets/style.css` beside it.
  public func isBuiltSite(_ directory: String) -> Bool {
    let fs = POSIXFileSystem()
    return fs.exists(directory + "/" + BuildStamp.fileName) || (fs.exists(directory + "/index.html") && fs.exists(directory + "/assets/style.css"))
  }

  /// Checks the site in a folder on disk.
  public func check(directory: String) -> [BrokenLink] {
    let fs = POSIXFileSystem()
    var paths = Set<String>()
    var pages: [String: String] = [:]
    func walk(_ relative: String) {
      let folder = relative.isEmpty ? directory : directory + "/" + relative
      for name in fs.list(folder) {
        let rel = relative.isEmpty ? name : relative + "/" + name
        if fs.isDirectory(directory + "/" + rel) {
          walk(rel)
        } else {
          paths.insert(rel)
          if name.hasSuffix(".html"), let bytes = fs.read(directory + "/" + rel) {
            pages[rel] = String(decoding: bytes, as: UTF8.self)
          }
        }
      }
    }
    walk("")
    return check(paths: paths, pages: pages)
  }

  private func problem(with link: String, from page: String, paths: Set<String>, ids: [String: Set<String>]) -> String? {
    if link.isEmpty { return "empty link" }
    if link.hasPrefix("//") { return "protocol-relative link" }
    if link.hasPrefix("/") { return "root-absolute link" }
    if let colon = link.firstIndex(of: ":"), !link[..<colon].contains("/"), !link[..<colon].contains("#") {
      let scheme = link[..<colon].lowercased()
      return ["http", "https", "mailto", "tel"].contains(scheme) ? nil : "unsafe or unknown scheme '\(scheme)'"
    }
    var target = link
    var fragment: String?
    if let hash = target.firstIndex(of: "#") {
      fragment = String(target[target.index(after: hash)...])
      target = String(target[..<hash])
    }
    if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
    let resolved: String
    if target.isEmpty {
      resolved = page
    } else {
      guard let path = LinkChecker.resolve(target.removingPercentEncoding ?? target, from: page) else { return "leads outside the site" }
      resolved = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }
    guard paths.contains(resolved) else { return "no file '\(resolved)'" }
    if let fragment, !fragment.isEmpty, resolved.hasSuffix(".html") {
      let id = fragment.removingPercentEncoding ?? fragment
      guard ids[resolved]?.contains(id) == true else { return "no id '\(id)' in '\(resolved)'" }
    }
    return nil
  }

  /// The site path a relative link from `page` leads to, or `nil` if it climbs out of the site.
  static func resolve(_ link: String, from page: String) -> String? {
    var parts = page.split(separator: "/").dropLast().map(String.init)
    let components = link.split(separator: "/", omittingEmptySubsequences: false)
    for (i, component) in components.enumerated() {
      switch component {
      case "..":
        guard !parts.isEmpty else { return nil }
        parts.removeLast()
      case ".": continue
      case "": if i == components.count - 1 { return parts.joined(separator: "/") + "/" }
      default: parts.append(String(component))
      }
    }
    return parts.joined(separator: "/")
  }
}

extension String {
  /// The string with `%XX` escapes decoded, or `nil` if an escape is malformed.
  var removingPercentEncoding: String? {
    guard contains("%") else { return self }
    var bytes: [UInt8] = []
    var iterator = utf8.makeIterator()
    while let b = iterator.next() {
      if b == UInt8(ascii: "%") {
        guard let h = iterator.next(), let l = iterator.next(), let v = UInt8(String(decoding: [h, l], as: UTF8.self), radix: 16) else { return nil }
        bytes.append(v)
      } else {
        bytes.append(b)
      }
    }
    return String(validating: bytes, as: UTF8.self)
  }
}
