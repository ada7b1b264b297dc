/// The citation files of a record: `records/<id>.csl.json` (CSL-JSON, which Zotero and
/// citeproc read), `records/<id>.bib` (BibTeX) and `records/<id>.ris` (RIS), each with one
/// entry for the record and one for each of its statements.
struct CitationWriter: Sendable {
  var config: SiteConfig

  func files(for r: Record) -> [OutputFile] {
    let citations = Citation.all(for: r, config: config)
    return [
      OutputFile(path: "records/\(r.id).csl.json", bytes: JSONValue.array(citations.map(csl)).utf8(indent: 2) + [0x0A]),
      OutputFile(path: "records/\(r.id).bib", text: citations.map(bibtex).joined(separator: "\n")),
      OutputFile(path: "records/\(r.id).ris", text: citations.map(ris).joined()),
    ]
  }

  func csl(_ c: Citation) -> JSONValue {
    var members: [(String, JSONValue)] = [("id", .string(c.key)), ("type", .string("document")), ("title", .string(c.title))]
    if let container = c.container { members.append(("container-title", .string(container))) }
    if let publisher = c.publisher {
      members.append(("author", .array([.object([("literal", .string(publisher))])])))
      members.append(("publisher", .string(publisher)))
    }
    if let date = c.date { members.append(("issued", CitationWriter.dateParts(date))) }
    if let url = c.url ?? c.source { members.append(("URL", .string(url))) }
    members.append(("archive", .string(c.archive)))
    if let meeting = c.meeting { members.append(("note", .string(meeting + (c.url != nil && c.source != nil ? "; source: \(c.source ?? "")" : "")))) }
    if let accessed = c.accessed { members.append(("accessed", CitationWriter.dateParts(accessed))) }
    return .object(members)
  }

  private static func dateParts(_ d: CalendarDate) -> JSONValue {
    .object([("date-parts", .array([.array([.int(d.year), .int(d.month), .int(d.day)])]))])
  }

  func bibtex(_ c: Citation) -> String {
    var fields: [(String, String)] = [("title", c.title)]
    if let publisher = c.publisher {
      // Double braces: an institution, not a person's family and given names.
      fields.append(("author", "{" + BibTeX.escape(publisher) + "}"))
      fields.append(("publisher", BibTeX.escape(publisher)))
    }
    if let container = c.container { fields.append(("booktitle", BibTeX.escape(container))) }
    if let date = c.date {
      fields += [("year", String(date.year)), ("month", String(date.month)), ("day", String(date.day)), ("date", date.description)]
    }
    if let url = c.url ?? c.source { fields.append(("url", url)) }
    if let meeting = c.meeting { fields.append(("note", BibTeX.escape(meeting))) }
    fields.append(("howpublished", BibTeX.escape(c.archive)))
    if let accessed = c.accessed { fields.append(("urldate", accessed.description)) }
    let body = fields.map { name, value in
      let braced = name == "title" ? "{" + BibTeX.escape(value) + "}" : value
      return "  \(name) = {\(braced)}"
    }.joined(separator: ",\n")
    return "@misc{\(BibTeX.key(c.key)),\n\(body)\n}\n"
  }

  func ris(_ c: Citation) -> String {
    var lines = ["TY  - GEN", "ID  - \(c.key)", "TI  - \(RIS.line(c.title))"]
    if let container = c.container { lines.append("T2  - \(RIS.line(container))") }
    if let publisher = c.publisher { lines += ["AU  - \(RIS.line(publisher))", "PB  - \(RIS.line(publisher))"] }
    if let date = c.date {
      lines.append("PY  - \(date.year)")
      lines.append("DA  - \(RIS.pad(date.year, 4))/\(RIS.pad(date.month, 2))/\(RIS.pad(date.day, 2))")
    }
    if let url = c.url ?? c.source { lines.append("UR  - \(RIS.line(url))") }
    if let meeting = c.meeting { lines.append("N1  - \(RIS.line(meeting))") }
    lines.append("DB  - \(RIS.line(c.archive))")
    if let accessed = c.accessed { lines.append("Y2  - \(accessed.description)") }
    lines.append("ER  - ")
    return lines.joined(separator: "\r\n") + "\r\n"
  }
}

/// BibTeX's special characters.
enum BibTeX {
  static func escape(_ s: String) -> String {
    // Most texts have none of BibTeX's special characters and no line breaks.
    if s.utf8.allSatisfy({ !"{}\\&%$#_~^\n\r".utf8.contains($0) }) { return s }
    var out = ""
    for c in s.replacingNewlines() {
      switch c {
      case "{", "}", "\\": out += "\\" + String(c)
      case "&", "%", "$", "#", "_": out += "\\" + String(c)
      case "~": out += "\\textasciitilde{}"
      case "^": out += "\\textasciicircum{}"
      default: out.append(c)
      }
    }
    return out
  }

  /// A citation key: letters, digits and `-:_.` only.
  static func key(_ s: String) -> String {
    String(s.map { $0.isLetter || $0.isNumber || "-:_.".contains($0) ? $0 : "-" })
  }
}

/// RIS fields are one line each.
enum RIS {
  static func line(_ s: String) -> String { s.replacingNewlines() }

  /// The number with zeros in front to `width` digits ("05", "0987").
  static func pad(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
