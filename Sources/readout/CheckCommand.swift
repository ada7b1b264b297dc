import ArgumentParser
import Foundation
import ReadoutCore

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "check", abstract: "Verify every internal link and anchor of a built site.")

  @Argument(help: "The built site's folder.") var directory = "public"

  func run() throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
      throw ValidationError("'\(directory)' is not a folder; build the site first with 'readout build'")
    }
    let broken = LinkChecker().check(directory: directory)
    for link in broken { print("\(directory)/\(link)") }
    if broken.isEmpty {
      FileHandle.standardError.write(Data("readout: no broken links in \(directory)/\n".utf8))
    } else {
      FileHandle.standardError.write(Data("readout: \(broken.count) broken link\(broken.count == 1 ? "" : "s") in \(directory)/\n".utf8))
      throw ExitCode.failure
    }
  }
}
