import Foundation
import ReadoutCore

/// Prints diagnostics to standard error in compiler format, coloured on a terminal.
struct DiagnosticPrinter {
  func print(_ diagnostics: [Diagnostic]) {
    let colour = isatty(2) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    var text = ""
    for d in diagnostics {
      if colour {
        let code = d.severity == .error ? "31" : d.severity == .warning ? "33" : "36"
        let location = d.location.map { "\u{1B}[1m\($0):\u{1B}[0m " } ?? "\u{1B}[1mreadout:\u{1B}[0m "
        text += "\(location)\u{1B}[1;\(code)m\(d.severity.rawValue):\u{1B}[0m \(d.message.escapedForTerminal)\n"
      } else {
        text += d.description + "\n"
      }
    }
    FileHandle.standardError.write(Data(text.utf8))
  }
}
