/// The kind of meeting a title names ("Japan-Russia Summit Meeting" → "summit meeting").
enum MeetingKind {
  static func kind(ofTitle title: String?) -> String? {
    guard let lower = title?.lowercased() else { return nil }
    // An ASCII phrase in an ASCII title is found byte for byte, as Foundation's search finds it.
    let isASCII = !lower.utf8.contains { $0 >= 0x80 }
    for (phrase, kind) in phrases where isASCII && phrase.utf8.allSatisfy({ $0 < 0x80 }) ? lower.containsBytes(phrase) : lower.contains(phrase) {
      return kind
    }
    return nil
  }

  private static let phrases: [(String, String)] = [
    ("telephone talk", "telephone talk"), ("telephone call", "telephone talk"),
    ("phone call", "telephone talk"), ("video conference", "video conference"),
    ("videoconference", "video conference"), ("video teleconference", "video conference"),
    ("working lunch", "working lunch"), ("working dinner", "working dinner"),
    ("working breakfast", "working breakfast"), ("foreign ministers' meeting", "foreign ministers' meeting"),
    ("foreign ministers’ meeting", "foreign ministers' meeting"), ("foreign ministerial meeting", "foreign ministers' meeting"),
    ("meeting of the foreign ministers", "foreign ministers' meeting"), ("meeting between the foreign ministers", "foreign ministers' meeting"),
    ("foreign ministers' talk", "foreign ministers' meeting"), ("foreign ministers’ talk", "foreign ministers' meeting"),
    ("summit meeting", "summit meeting"), ("summit talk", "summit meeting"), ("leaders' meeting", "summit meeting"),
    ("summit", "summit meeting"), ("courtesy call", "courtesy call"), ("strategic dialogue", "strategic dialogue"),
    ("dialogue", "dialogue"), ("consultation", "consultation"), ("luncheon", "luncheon"),
    ("dinner", "dinner"), ("lunch", "luncheon"), ("meeting", "meeting"), ("talks", "meeting"), ("visit", "visit"),
  ]
}
