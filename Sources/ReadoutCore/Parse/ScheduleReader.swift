/// Reads the counterparts of a visit from its schedule: lines such as "3 March | Talks with
/// President Arno Pell (Vestria) |", "Meeting with Vice President Olga Brandt" or "Afternoon:
/// Courtesy call on King X". Everyone such a line names is someone the visitor met.
struct ScheduleReader {
  /// The people the schedule lines among `paragraphs` name as met.
  func counterparts(in paragraphs: [Paragraph]) -> [PersonMention] {
    var result: [PersonMention] = []
    for p in paragraphs {
      // Most paragraphs are sentences, ruled out before their label is read.
      guard p.text.utf8.count <= 170, p.text.utf8.last != 0x2E, !p.text.endsSentence, p.text.containsBytes(" with ") || p.text.containsBytes(" on ") else { continue }
      let text = BlockLabel.parse(p.text)?.rest ?? p.text
      for segment in ScheduleReader.segments(text) {
        let lower = segment.prefix(32).lowercased()
        guard ScheduleReader.entries.contains(where: { lower.hasPrefix($0) }) else { continue }
        result += MentionScanner().mentions(in: segment).filter { $0.name != nil && $0.role != nil }
      }
    }
    return result
  }

  /// The cells of a table row ("3 March | Talks with ... |"), each without a leading "Time:"
  /// or "Morning:" label of at most three words.
  private static func segments(_ text: String) -> [String] {
    text.split(separator: "|").map { cell in
      var s = String(cell).trimmingSpaces()
      if let colon = s.firstIndex(of: ":"), s[..<colon].split(separator: " ").count <= 3 {
        s = String(s[s.index(after: colon)...]).trimmingSpaces()
      }
      return s
    }
  }

  /// How a schedule line that names whom the visitor met begins.
  private static let entries = [
    "talks with", "talk with", "meeting with", "summit meeting with", "summit talks with", "bilateral meeting with",
    "telephone talk with", "courtesy call on", "courtesy call with", "working lunch with", "working dinner with",
    "lunch with", "dinner with", "luncheon with", "audience with", "call on", "meeting and lunch with",
  ]
}
