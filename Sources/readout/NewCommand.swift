import ArgumentParser
import Foundation
import ReadoutCore

struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new", abstract: "Start a new archive: seeds/ with a record and site.yml, and static/.")

  @Argument(help: "The folder to create (it must not exist, or be empty).") var folder: String
  @Flag(help: "Also copy the built-in theme into templates/, to edit it.") var theme = false

  func run() throws {
    do {
      let written = try StarterArchive(includesTheme: theme).write(to: folder)
      let shown = folder.escapedForTerminal
      var text = "readout: wrote a new archive in \(shown)/ (\(written.count) files)\n"
      text += "  seeds/      the records (one .txt file each) and site.yml\n"
      text += "  static/     files copied as they are to the site's root (CNAME, images)\n"
      if theme { text += "  templates/  the theme, to edit; a file removed falls back to the built-in one\n" }
      text += "Next: cd \(shown) && readout serve\n"
      FileHandle.standardError.write(Data(text.utf8))
    } catch {
      DiagnosticPrinter().print([.error(error.description, at: nil)])
      throw ExitCode(2)
    }
  }
}
