/// A title for a record that has none, made from what is known of it: "Japan–Vestria
/// telephone talk, September 8, 2020". Never the file name.
///
/// The record keeps `"title": null`; the site and `display_title` in the JSON show this.
enum MadeTitle {
  /// The title made for a record: its sides, its kind and its date, as far as they are known.
  static func title(for record: Record) -> String {
    let named = record.kind ?? leadKind(of: record)
    let kind = named ?? "meeting"
    let sides = record.countries + record.organizations
    let principals = record.participants.filter(\.principal).map(\.name)
    var text: String
    if sides.count >= 2 {
      text = sides.joined(separator: "–") + " " + kind
    } else if principals.count >= 2 {
      text = capitalised(kind) + " between " + principals.prefix(principals.count - 1).joined(separator: ", ") + " and " + (principals.last ?? "")
    } else if let who = principals.first {
      text = capitalised(kind) + " with " + who
    } else if let side = sides.first {
      text = side + " " + kind
    } else {
      text = named.map(capitalised) ?? "Untitled record"
    }
    if let date = record.sortDate { text += ", " + date.longForm }
    return capitalised(text)
  }

  /// The kind the opening of the lead names ("received a courtesy call from").
  private static func leadKind(of record: Record) -> String? {
    guard let lead = record.sections.first?.blocks.first?.text else { return nil }
    return MeetingKind.kind(ofTitle: String(lead.prefix(300)))
  }

  private static func capitalised(_ text: String) -> String {
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
