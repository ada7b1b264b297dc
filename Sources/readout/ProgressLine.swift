import Foundation
import ReadoutCore
import Synchronization

/// One line on the terminal that says how far a build has got, rewritten in place and
/// cleared at the end; nothing at all when standard error is not a terminal.
final class ProgressLine: Sendable {
  private let enabled: Bool
  /// When the line was last written, so a fast stream of updates writes ten lines a second.
  private let last = Mutex<(shown: ContinuousClock.Instant?, stage: String)>((nil, ""))

  init(enabled: Bool) {
    self.enabled = enabled && isatty(2) != 0
  }

  func show(_ progress: BuildProgress) {
    guard enabled else { return }
    let now = ContinuousClock.now
    let due = last.withLock { last in
      let newStage = last.stage != progress.stage
      guard newStage || last.shown.map({ now - $0 > .milliseconds(100) }) ?? true || progress.done == progress.total else { return false }
      last = (now, progress.stage)
      return true
    }
    if due { FileHandle.standardError.write(Data("\r\u{1B}[K  \(progress.line.escapedForTerminal)".utf8)) }
  }

  /// Clears the line before the summary is printed.
  func clear() {
    guard enabled, last.withLock({ $0.shown != nil }) else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
