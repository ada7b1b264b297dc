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
    if report.hasErrors || !report.published { throw ExitCode.failure }
  }
}
