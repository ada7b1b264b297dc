import ArgumentParser
import Foundation
import ReadoutCore

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site from the records.")

  @OptionGroup var paths: SitePaths
  @Flag(help: "Print how long each stage of the build took.") var timings = false

  func run() throws {
    let started = ContinuousClock.now
    var options = paths.buildOptions
    options.toolVersion = ToolVersion.current
    let report = SiteBuilder(options: options).build()
    DiagnosticPrinter().print(report.diagnostics)
    if report.refusal != nil { throw ExitCode(2) }
    if timings {
      FileHandle.standardError.write(Data("  (\(Allocator.description))\n".utf8))
      for (stage, seconds) in report.stageTimes {
        FileHandle.standardError.write(Data("  \(String(format: "%7.3f", seconds)) s  \(stage)\n".utf8))
      }
    }
    let elapsed = started.duration(to: .now)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let summary = "\(report.records) records\(report.skippedRecords > 0 ? " (\(report.skippedRecords) skipped)" : ""), \(report.pages) pages, \(report.files) files in \(String(format: "%.2f", seconds)) s"
    if report.upToDate {
      FileHandle.standardError.write(Data("readout: \(paths.output)/ is up to date (\(report.records) records, \(report.files) files); nothing to do\n".utf8))
    } else if report.published {
      FileHandle.standardError.write(Data("readout: built \(summary) → \(paths.output)/\n".utf8))
    } else {
      FileHandle.standardError.write(Data("readout: build failed; \(paths.output)/ was left as it was\n".utf8))
    }
    if !report.keptFiles.isEmpty {
      let names = report.keptFiles.prefix(5).joined(separator: ", ") + (report.keptFiles.count > 5 ? " and \(report.keptFiles.count - 5) more" : "")
      FileHandle.standardError.write(Data("readout: kept \(report.keptFiles.count) \(report.keptFiles.count == 1 ? "file" : "files") that Readout did not make in \(paths.output)/ (\(names.escapedForTerminal)); --clean removes them\n".utf8))
    }
    for path in report.replacedFiles {
      FileHandle.standardError.write(Data("readout: warning: \(paths.output)/\(path.escapedForTerminal) was not made by Readout and is replaced by a file of the site\n".utf8))
    }
    if report.hasErrors || !report.published { throw ExitCode.failure }
  }
}
