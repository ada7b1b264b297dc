import ArgumentParser
import Foundation
import ReadoutCore

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Verify every internal link and anchor of a built site.",
    discussion: "Broken links are listed by page, each as page:line: target (reason). Exit status: 0 no broken links, 1 broken links, 2 not a built site.")

  @Argument(help: "The built site's folder.") var directory = "public"

  func run() throws {
    let shown = directory.escapedForTerminal
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
      DiagnosticPrinter().print([.error("'\(shown)' is not a folder; build the site first with 'readout build'", at: nil)])
      throw ExitCode(2)
    }
    let checker = LinkChecker()
    guard checker.isBuiltSite(directory) else {
      DiagnosticPrinter().print([.error("'\(shown)' is not a site Readout built (no .readout-build, no index.html with assets/style.css); name the output folder, such as 'readout check public'", at: nil)])
      throw ExitCode(2)
    }
    let broken = checker.check(directory: directory)
    var text = ""
    var page: String?
    for link in broken {
      if link.file != page {
        page = link.file
        let count = broken.count { $0.file == link.file }
        text += "\(shown)/\(link.file.escapedForTerminal): \(Count.of(count, "broken link"))\n"
      }
      text += "  \(shown)/\(link.file.escapedForTerminal):\(link.line): \(link.target.escapedForTerminal) (\(link.reason.escapedForTerminal))\n"
    }
    print(text, terminator: "")
    let pages = Set(broken.map(\.file)).count
    if broken.isEmpty {
      FileHandle.standardError.write(Data("readout: no broken links in \(shown)/\n".utf8))
    } else {
      FileHandle.standardError.write(Data("readout: \(Count.of(broken.count, "broken link")) on \(Count.of(pages, "page")) in \(shown)/\n".utf8))
      throw ExitCode.failure
    }
  }
}
