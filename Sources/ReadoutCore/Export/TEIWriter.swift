/// Writes a record as a TEI document in the Parla-CLARIN customisation (the encoding of
/// ParlaMint's corpora of parliamentary speech), and the archive's `teiCorpus` root.
///
/// The participants are `person` entries (their ids, names, roles with the meeting's date and
/// their countries), the meeting is the `setting`, each section a `div`, each statement a `u`
/// with `@who`, each paragraph of it a `seg`. Text that is nobody's (the lead, narrative
/// paragraphs) is a `note`. Ids must be unique in the whole corpus, so each is the record's
/// (`r.<record id>`) followed by the site's own: section `r.<id>.s1`, statement
/// `r.<id>.s1-2a` (the page's anchor `#s1-2a`), person `r.<id>.p.<person id>`, whose
/// `@corresp` points at the archive-wide `p.<person id>` of the corpus header. The documents
/// validate against the Parla-CLARIN RELAX NG schema (`jing`, in the tests).
struct TEIWriter: Sendable {
  var config: SiteConfig

  /// `data/tei/<id>.xml`.
  func document(_ r: Record, title: String) -> String {
    var x = XMLText()
    x.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    let record = TEIWriter.id(r.id, prefix: "r.")
    x.open("TEI", ["xmlns": "http://www.tei-c.org/ns/1.0", "xml:id": record, "xml:lang": config.language])
    header(r, title: title, into: &x)
    x.open("text")
    x.open("body")
    for section in r.sections {
      x.open("div", ["type": "debateSection", "xml:id": TEIWriter.id(section.id, prefix: record + ".")])
      if let heading = section.heading {
        x.element("head", (section.number.map { "\($0). " } ?? "") + heading)
      }
      for block in section.blocks {
        let who = block.speakers.map { "#" + TEIWriter.id($0, prefix: record + ".p.") }.joined(separator: " ")
        let id = TEIWriter.id(block.id, prefix: record + ".")
        if block.kind == .paragraph || who.isEmpty {
          x.open("note", ["type": block.kind == .joint ? "joint" : "narrative", "xml:id": id])
          x.raw(XMLText.escape(block.paragraphs.joined(separator: " ")))
          x.close("note", inline: true)
        } else {
          var attributes = ["who": who, "xml:id": id]
          if let answered = block.respondsTo { attributes["corresp"] = "#" + TEIWriter.id(answered, prefix: record + ".") }
          if block.kind == .joint { attributes["ana"] = "#joint" }
          x.open("u", attributes)
          for paragraph in block.paragraphs { x.element("seg", paragraph) }
          x.close("u")
        }
      }
      x.close("div")
    }
    x.close("body")
    x.close("text")
    x.close("TEI")
    return x.text
  }

  private func header(_ r: Record, title: String, into x: inout XMLText) {
    x.open("teiHeader")
    x.open("fileDesc")
    x.open("titleStmt")
    x.element("title", title)
    x.element("meeting", r.kind ?? "meeting")
    x.close("titleStmt")
    publication(into: &x, idno: config.baseURL.map { $0 + "records/\(r.id).html" })
    x.open("sourceDesc")
    x.open("bibl")
    x.element("title", r.title ?? title)
    if let url = config.sourceURL(of: r) {
      x.element("idno", url, ["type": "URI"])
    }
    if let date = r.date { x.element("date", date.longForm, ["when": date.description]) }
    x.close("bibl")
    x.close("sourceDesc")
    x.close("fileDesc")
    x.open("profileDesc")
    x.open("settingDesc")
    x.open("setting")
    if let place = r.place { x.element("name", place, ["type": "place"]) }
    for country in r.countries { x.element("name", country, ["type": "country"]) }
    if let date = r.sortDate { x.element("date", date.longForm, ["when": date.description]) }
    x.close("setting")
    x.close("settingDesc")
    if !r.participants.isEmpty {
      x.open("particDesc")
      x.open("listPerson")
      for p in r.participants { person(p, id: TEIWriter.id(p.id, prefix: TEIWriter.id(r.id, prefix: "r.") + ".p."), date: r.sortDate, into: &x) }
      x.close("listPerson")
      x.close("particDesc")
    }
    x.close("profileDesc")
    x.close("teiHeader")
  }

  private func person(_ p: Participant, id: String, date: CalendarDate?, into x: inout XMLText) {
    x.open("person", ["xml:id": id, "corresp": "#" + TEIWriter.id(p.id, prefix: "p."), "role": p.principal ? "principal" : "attendee"])
    x.element("persName", p.name)
    if let role = p.role {
      var attributes = ["role": role]
      if let date { attributes["when"] = date.description }
      x.element("affiliation", role + (p.country.map { ", " + $0 } ?? ""), attributes)
    }
    if let country = p.country { x.element("nationality", country) }
    x.close("person")
  }

  private func publication(into x: inout XMLText, idno: String?) {
    x.open("publicationStmt")
    x.element("publisher", config.author ?? config.title)
    if let idno { x.element("idno", idno, ["type": "URI"]) }
    x.close("publicationStmt")
  }

  /// `data/tei/corpus.xml`: a `teiCorpus` whose header describes the archive and which
  /// includes every record's document (`xi:include`).
  func corpus(_ records: [Record], people: [PersonSummary]) -> String {
    var x = XMLText()
    x.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    x.open("teiCorpus", ["xmlns": "http://www.tei-c.org/ns/1.0", "xmlns:xi": "http://www.w3.org/2001/XInclude", "xml:lang": config.language])
    x.open("teiHeader")
    x.open("fileDesc")
    x.open("titleStmt")
    x.element("title", config.title)
    x.close("titleStmt")
    publication(into: &x, idno: config.baseURL)
    x.open("sourceDesc")
    x.open("bibl")
    x.element("title", config.title)
    let dates = records.compactMap(\.sortDate)
    if let first = dates.min(), let last = dates.max() { x.element("date", nil, ["from": first.description, "to": last.description]) }
    x.close("bibl")
    x.close("sourceDesc")
    x.close("fileDesc")
    if !people.isEmpty {
      x.open("profileDesc")
      x.open("particDesc")
      x.open("listPerson")
      for p in people {
        x.open("person", ["xml:id": TEIWriter.id(p.id, prefix: "p.")])
        x.element("persName", p.name)
        for role in p.roles {
          var attributes = ["role": role.role]
          if let from = role.first { attributes["from"] = from.description }
          if let to = role.last { attributes["to"] = to.description }
          x.element("affiliation", role.role + (p.country.map { ", " + $0 } ?? ""), attributes)
        }
        if let country = p.country { x.element("nationality", country) }
        x.close("person")
      }
      x.close("listPerson")
      x.close("particDesc")
      x.close("profileDesc")
    }
    x.close("teiHeader")
    for r in records { x.element("xi:include", nil, ["href": TEIWriter.fileName(r.id)]) }
    x.close("teiCorpus")
    return x.text
  }

  /// A record's document's file name inside `data/tei/`.
  static func fileName(_ id: String) -> String { id + ".xml" }

  /// An `xml:id` (an XML name) from a site id: the prefix keeps ids of people, sections and
  /// blocks apart and starts every one with a letter; characters a name cannot have become `_`.
  static func id(_ raw: String, prefix: String) -> String {
    prefix + String(raw.unicodeScalars.map { s -> Character in
      s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "." || s == "_" ? Character(s) : "_"
    })
  }
}
