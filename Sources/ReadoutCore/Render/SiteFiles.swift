/// The site's files that are not pages: feed, sitemap, robots.txt and the data exports.
struct SiteFiles {
  let index: SiteIndex
  let config: SiteConfig
  let pagePaths: [String]

  /// `feed.xml`: Atom, the 50 newest records. Entry dates are the records' own dates, never
  /// the build time, so the feed is the same bytes on every build.
  func feed() -> OutputFile {
    let base = config.baseURL ?? ""
    let newest = index.records.indices.reversed().prefix(50)
    let updated = newest.first.flatMap { index.records[$0].sortDate }.map { $0.description + "T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
    var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
    xml += "  <title>\(XML.escape(config.title))</title>\n  <subtitle>\(XML.escape(config.description))</subtitle>\n"
    xml += "  <id>\(XML.escape(base.isEmpty ? "urn:readout:" + Slug.make(config.title) : base))</id>\n  <updated>\(updated)</updated>\n"
    if !base.isEmpty { xml += "  <link rel=\"self\" href=\"\(XML.escape(base))feed.xml\"/>\n  <link href=\"\(XML.escape(base))\"/>\n" }
    if let author = config.author { xml += "  <author><name>\(XML.escape(author))</name></author>\n" } else { xml += "  <author><name>\(XML.escape(config.title))</name></author>\n" }
    for ri in newest {
      let r = index.records[ri]
      let link = base + "records/\(r.id).html"
      let date = (r.date ?? r.meetingDate).map { $0.description + "T00:00:00Z" } ?? updated
      let who = r.participants.filter(\.principal).map(\.name).joined(separator: ", ")
      xml += "  <entry>\n    <title>\(XML.escape(r.title ?? r.id))</title>\n    <id>\(XML.escape(base.isEmpty ? "urn:readout:record:" + r.id : link))</id>\n"
      xml += "    <link href=\"\(XML.escape(link))\"/>\n    <updated>\(date)</updated>\n"
      xml += "    <summary>\(XML.escape(who.isEmpty ? (r.title ?? r.id) : who))</summary>\n  </entry>\n"
    }
    return OutputFile(path: "feed.xml", text: xml + "</feed>\n")
  }

  /// `sitemap.xml`: every page (absolute URLs need a base URL; without one, relative ones).
  func sitemap() -> OutputFile {
    let base = config.baseURL ?? ""
    var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    for path in pagePaths.sorted() where path != "404.html" {
      xml += "  <url><loc>\(XML.escape(base + path))</loc></url>\n"
    }
    return OutputFile(path: "sitemap.xml", text: xml + "</urlset>\n")
  }

  func robots() -> OutputFile {
    var text = "User-agent: *\nAllow: /\n"
    if let base = config.baseURL { text += "Sitemap: \(base)sitemap.xml\n" }
    return OutputFile(path: "robots.txt", text: text)
  }

  /// `data/records.json`: every record in the public JSON format.
  func recordsJSON() -> OutputFile {
    // Records are serialised on all cores, then joined as the items of one array.
    // Bytes throughout: at 100,000 records this file is about 1 GB.
    let items = index.records.parallelMap { $0.json.utf8(indent: 1, level: 1) }
    guard !items.isEmpty else { return OutputFile(path: "data/records.json", text: "[]\n") }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(items.reduce(4) { $0 + $1.count + 3 })
    bytes += Array("[\n".utf8)
    for (i, item) in items.enumerated() {
      if i > 0 { bytes += [UInt8(ascii: ","), 0x0A] }
      bytes.append(UInt8(ascii: " "))
      bytes += item
    }
    bytes += Array("\n]\n".utf8)
    return OutputFile(path: "data/records.json", bytes: bytes)
  }

  /// `data/statements.csv`: one row per statement.
  func statementsCSV() -> OutputFile {
    let rows = index.records.parallelMap { r in
      var csv = ""
      for section in r.sections {
        for block in section.blocks where block.kind != .paragraph {
          let people = block.speakers.compactMap { r.participant(id: $0) }
          let fields = [
            block.id, r.id, r.sortDate?.description ?? "", section.heading ?? "",
            people.map(\.name).joined(separator: "; "), people.compactMap(\.role).joined(separator: "; "),
            people.compactMap(\.country).joined(separator: "; "), block.respondsTo ?? "", block.text,
            (config.baseURL ?? "") + "records/\(r.id).html#\(block.id)",
          ]
          csv += fields.map(CSV.field).joined(separator: ",") + "\n"
        }
      }
      return csv
    }
    var bytes = Array("id,record,date,section,speaker,role,country,responds_to,text,url\n".utf8)
    bytes.reserveCapacity(rows.reduce(bytes.count) { $0 + $1.utf8.count })
    for row in rows { bytes += row.utf8 }
    return OutputFile(path: "data/statements.csv", bytes: bytes)
  }
}

/// XML text escaping for feed and sitemap.
enum XML {
  static func escape(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default:
        // Control characters are not allowed in XML 1.0.
        if c.value < 0x20 && c != "\n" && c != "\t" { continue }
        out.unicodeScalars.append(c)
      }
    }
    return out
  }
}

/// RFC 4180 CSV fields; a leading `=`, `+`, `-` or `@` is quoted with an apostrophe so that
/// spreadsheets never run record text as a formula.
enum CSV {
  static func field(_ s: String) -> String {
    let plain = s.utf8.allSatisfy { $0 != 0x0A && $0 != 0x0D && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: "\"") }
    if plain, let first = s.utf8.first, !"=+-@".utf8.contains(first) { return s }
    var text = s.replacingNewlines()
    if let first = text.first, "=+-@".contains(first) { text = "'" + text }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}

extension String {
  func replacingNewlines() -> String {
    split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
  }
}
