/// The kind of meeting a title names ("Japan-Russia Summit Meeting" → "summit meeting").
enum MeetingKind {
  static func kind(ofTitle title: String?) -> String? {
    guard let lower = title?.lowercased() else { return nil }
    for (phrase, kind) in phrases where lower.contains(phrase) { return kind }
    return nil
  }

  private static let phrases: [(String, String)] = [
    ("telephone talk", "telephone talk"), ("telephone call", "telephone talk"),
    ("phone call", "telephone talk"), ("video conference", "video conference"),
    ("videoconference", "video conference"), ("video teleconference", "video conference"),
    ("working lunch", "working lunch"), ("working dinner", "working dinner"),
    ("working breakfast", "working breakfast"), ("foreign ministers' meeting", "foreign ministers' meeting"),
    ("foreign ministers’ meeting", "foreign ministers' meeting"), ("foreign ministerial meeting", "foreign ministers' meeting"),
    ("summit meeting", "summit meeting"), ("summit talk", "summit meeting"), ("leaders' meeting", "summit meeting"),
    ("summit", "summit meeting"), ("courtesy call", "courtesy call"), ("strategic dialogue", "strategic dialogue"),
    ("dialogue", "dialogue"), ("consultation", "consultation"), ("luncheon", "luncheon"),
    ("dinner", "dinner"), ("lunch", "luncheon"), ("meeting", "meeting"), ("talks", "meeting"), ("visit", "visit"),
  ]
}
