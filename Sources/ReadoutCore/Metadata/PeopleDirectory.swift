/// The people of `people.yml`, looked up by any form of their name.
///
/// A name found in a record resolves to an entry when it equals the entry's name or an alias,
/// or when it is a bare family name that exactly one entry of a compatible country bears.
/// Without an entry, a participant's id is the slug of the name the record gives.
public struct PeopleDirectory: Hashable, Sendable {
  public var entries: [PersonEntry]
  private var byForm: [String: Int] = [:]

  public init(entries: [PersonEntry] = []) {
    self.entries = entries
    for (index, entry) in entries.enumerated() {
      for form in [entry.name] + entry.aliases { byForm[PeopleDirectory.key(form)] = index }
    }
  }

  public static func == (lhs: PeopleDirectory, rhs: PeopleDirectory) -> Bool { lhs.entries == rhs.entries }
  public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

  /// The entry for a name as a record writes it, if one matches.
  public func entry(named name: String, country: String?) -> PersonEntry? {
    if let index = byForm[PeopleDirectory.key(name)] { return entries[index] }
    let words = name.split(separator: " ")
    guard words.count == 1, let surname = words.first?.lowercased() else { return nil }
    let matches = entries.filter { entry in
      entry.name.split(separator: " ").last?.lowercased() == surname
        && (country == nil || entry.country == nil || entry.country == country)
    }
    return matches.count == 1 ? matches[0] : nil
  }

  /// The participant with its canonical id, name, country and the role held on `date`.
  func resolved(_ participant: Participant, on date: CalendarDate?) -> Participant {
    var p = participant
    guard let entry = entry(named: participant.name, country: participant.country) else {
      p.id = Slug.make(participant.name)
      return p
    }
    p.id = entry.id
    p.name = entry.name
    p.country = entry.country ?? p.country
    if p.role == nil, let date, let tenure = entry.roles.first(where: { $0.covers(date) }) {
      p.role = tenure.role
    }
    return p
  }

  private static func key(_ name: String) -> String {
    name.lowercased().split(whereSeparator: { $0 == " " || $0 == "." }).joined(separator: " ")
  }
}
