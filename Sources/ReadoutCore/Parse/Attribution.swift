/// Who a paragraph's words are attributed to, as the text says.
struct Attribution: Hashable, Sendable {
  /// Participant names (as in `Participant.name`) the words are attributed to.
  var speakers: [String]
  var joint: Bool
  /// The subject as printed ("President Putin", "Both leaders").
  var asPrinted: String
  /// Whether the text answers what was said before ("In response, ...").
  var isResponse: Bool
  /// Whether the paragraph introduces what follows ("... made the following statements:").
  var introducesList: Bool
  /// A person who speaks but was not among the participants found in the lead.
  var newParticipant: Participant?
  /// The word offset of the subject in the paragraph.
  var wordOffset: Int
  /// The word offset of the verb of saying in the paragraph.
  var verbOffset: Int = 0
}
