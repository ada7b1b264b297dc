/// The site's files that are not pages: feed, sitemap, robots.txt and the data exports.
struct SiteFiles {
  let index: SiteIndex
  let config: SiteConfig
  let pagePaths: [String]

  /// `feed.xml`: Atom, the 50 newest records. Entry dates are the records' own dates, never
  /// the build time, so the feed is the same bytes on every build.
  func feed() -> OutputFile {
    let base = config.baseURL ?? ""
    let newest = index.dated.reversed().prefix(50)
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
      xml += "  <entry>\n    <title>\(XML.escape(r.displayTitle))</title>\n    <id>\(XML.escape(base.isEmpty ? "urn:readout:record:" + r.id : link))</id>\n"
      xml += "    <link href=\"\(XML.escape(link))\"/>\n    <updated>\(date)</updated>\n"
      xml += "    <summary>\(XML.escape(who.isEmpty ? (r.displayTitle) : who))</summary>\n  </entry>\n"
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

  /// How many records' data is made and handed over at a time: the data files are the
  /// largest of the site (about 1 GB of JSON at 100,000 records) and are never whole in memory.
  static let recordsPerPart = 2000

  /// `data/records.json`: every record in the public JSON format, written in parts.
  func writeRecordsJSON(to sink: any OutputSink, cancelled: () -> Bool = { false }) throws {
    let path = "data/records.json"
    guard !index.records.isEmpty else { return try sink.write([OutputFile(path: path, text: "[]\n")]) }
    try sink.write([OutputFile(path: path, text: "[\n")])
    try append(to: path, in: sink, separator: [UInt8(ascii: ","), 0x0A], cancelled: cancelled) { record in
      [UInt8(ascii: " ")] + record.json.utf8(indent: 1, level: 1)
    }
    try sink.append(OutputFile(path: path, text: "\n]\n"))
  }

  /// `data/statements.csv`: one row per statement, written in parts.
  func writeStatementsCSV(to sink: any OutputSink, cancelled: () -> Bool = { false }) throws {
    let path = "data/statements.csv"
    try sink.write([OutputFile(path: path, text: "id,record,date,section,speaker,role,country,responds_to,text,url,topics\n")])
    try append(to: path, in: sink, cancelled: cancelled, csvRows)
  }

  /// The CSV rows of one record's statements.
  private func csvRows(_ r: Record) -> [UInt8] {
    var csv: [UInt8] = []
    for section in r.sections {
      for block in section.blocks where block.kind != .paragraph {
        let people = block.speakers.compactMap { r.participant(id: $0) }
        let fields = [
          block.id, r.id, r.sortDate?.description ?? "", section.heading ?? "",
          people.map(\.name).joined(separator: "; "), people.compactMap(\.role).joined(separator: "; "),
          people.compactMap(\.country).joined(separator: "; "), block.respondsTo ?? "", block.text,
          (config.baseURL ?? "") + "records/\(r.id).html#\(block.id)", block.topics.joined(separator: "; "),
        ]
        for (n, field) in fields.enumerated() {
          if n > 0 { csv.append(UInt8(ascii: ",")) }
          CSV.append(field, to: &csv)
        }
        csv.append(0x0A)
      }
    }
    return csv
  }

  /// Appends one piece per record to a file written earlier, with `separator` between
  /// pieces: the pieces of `recordsPerPart` records are made on all cores and handed over
  /// together, and `cancelled` is asked before each part.
  private func append(
    to path: String, in sink: any OutputSink, separator: [UInt8] = [], cancelled: () -> Bool,
    _ piece: @Sendable (Record) -> [UInt8]
  ) throws {
    for start in stride(from: 0, to: index.records.count, by: SiteFiles.recordsPerPart) {
      if cancelled() { throw CancellationError() }
      let pieces = Array(index.records[start..<min(index.records.count, start + SiteFiles.recordsPerPart)]).parallelMap(piece)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.count + separator.count })
      for (i, piece) in pieces.enumerated() {
        if start + i > 0 { bytes += separator }
        bytes += piece
      }
      try sink.append(OutputFile(path: path, bytes: bytes))
    }
  }
}

/// XML text escaping for feed and sitemap.
enum XML {
  static func escape(_ s: String) -> String {
    // Most texts need nothing: no markup characters, no control characters, no U+FFFE/FFFF.
    if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0x27 && $0 != 0xEF }) { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default:
        // XML 1.0 allows neither control characters (but tab and line breaks) nor U+FFFE
        // and U+FFFF: a document with one is not well-formed, so they are dropped.
        if c.value < 0x20 && c != "\n" && c != "\t" && c != "\r" { continue }
        if c.value == 0xFFFE || c.value == 0xFFFF { continue }
        out.unicodeScalars.append(c)
      }
    }
    return out
  }
}

/// RFC 4180 CSV fields; a leading `=`, `+`, `-`, `@`, tab or carriage return is quoted with an
/// apostrophe so that spreadsheets never run record text as a formula (OWASP's list).
enum CSV {
  /// Appends the field's CSV form: line breaks (runs of them) become one space, and the field
  /// is quoted, with quotes doubled, when it holds a comma or a quote.
  static func append(_ s: String, to out: inout [UInt8]) {
    var s = s
    s.withUTF8 { text in
      let isBreak = { (b: UInt8) in b == 0x0A || b == 0x0D }
      var start = 0, end = text.count
      while start < end, isBreak(text[start]) { start += 1 }
      while end > start, isBreak(text[end - 1]) { end -= 1 }
      let body = UnsafeBufferPointer(rebasing: text[start..<end])
      let quoted = body.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }
      if quoted { out.append(UInt8(ascii: "\"")) }
      if let first = body.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D {
        out.append(UInt8(ascii: "'"))
      }
      // Runs without line breaks or quotes are copied at once.
      var i = 0, run = 0
      while i < body.count {
        let b = body[i]
        guard isBreak(b) || b == UInt8(ascii: "\"") else {
          i += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: body[run..<i]))
        if isBreak(b) {
          while i < body.count, isBreak(body[i]) { i += 1 }
          out.append(0x20)
        } else {
          out.append(contentsOf: [b, b])
          i += 1
        }
        run = i
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: body[run..<body.count]))
      if quoted { out.append(UInt8(ascii: "\"")) }
    }
  }
}

extension String {
  func replacingNewlines() -> String {
    split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
  }
}
