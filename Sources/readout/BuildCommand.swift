import ArgumentParser
import Foundation
import ReadoutCore

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build", abstract: "Build the site from the records.",
    discussion: "Exit status: 0 built (or up to date), 1 errors in the input or a failed build, 2 an output folder that may not be used.")

  @OptionGroup var paths: SitePaths
  @Flag(help: "Print how long each stage of the build took.") var timings = false
  @Flag(name: .shortAndLong, help: "Print errors and warnings only: no progress, no summary.") var quiet = false
  @Flag(name: .shortAndLong, help: "Print notes, each stage's time and every file kept.") var verbose = false

  func run() throws {
    let started = ContinuousClock.now
    var options = paths.buildOptions
    options.toolVersion = ToolVersion.current
    let progress = ProgressLine(enabled: !quiet)
    var builder = SiteBuilder(options: options)
    builder.progress = { progress.show($0) }
    let report = builder.build()
    progress.clear()
    DiagnosticPrinter().print(quiet ? report.diagnostics.filter { $0.severity != .note } : report.diagnostics)
    if report.refusal != nil { throw ExitCode(2) }
    if timings || verbose {
      FileHandle.standardError.write(Data("  (\(Allocator.description))\n".utf8))
      for (stage, seconds) in report.stageTimes {
        FileHandle.standardError.write(Data("  \(String(format: "%7.3f", seconds)) s  \(stage)\n".utf8))
      }
    }
    if !quiet { printSummary(report, seconds: started.duration(to: .now).seconds) }
    if report.hasErrors || !report.published { throw ExitCode.failure }
  }

  private func printSummary(_ report: BuildReport, seconds: Double) {
    let out = paths.output.escapedForTerminal
    var lines: [String] = []
    let counts = [("error", Diagnostic.Severity.error), ("warning", .warning)].compactMap { word, severity -> String? in
      let n = report.diagnostics.count { $0.severity == severity }
      return n == 0 ? nil : Count.of(n, word)
    }
    let problems = counts.isEmpty ? "" : "; " + counts.joined(separator: ", ")
    let records = Count.of(report.records, "record") + (report.skippedRecords > 0 ? " (\(report.skippedRecords) skipped)" : "")
    if report.upToDate {
      lines.append("readout: \(out)/ is up to date (\(records), \(Count.of(report.files, "file")))\(problems); nothing to do")
    } else if report.published {
      lines.append("readout: built \(records), \(Count.of(report.pages, "page")) (\(Count.of(report.files, "file"))) in \(String(format: "%.2f", seconds)) s → \(out)/\(problems)")
    } else {
      lines.append("readout: build failed\(problems); \(out)/ was left as it was")
    }
    // A placeholder that keeps the folder in version control is kept without a word.
    let kept = report.keptFiles.filter { !OutputFolderRule.placeholders.contains($0) }
    if !kept.isEmpty {
      let shown = verbose ? kept : Array(kept.prefix(5))
      let more = kept.count > shown.count ? " and \(kept.count - shown.count) more" : ""
      lines.append("readout: kept \(Count.of(kept.count, "file")) that Readout did not make in \(out)/ (\(shown.joined(separator: ", ").escapedForTerminal)\(more)); --clean removes them")
    }
    for path in report.replacedFiles {
      lines.append("readout: warning: \(out)/\(path.escapedForTerminal) was not made by Readout and is replaced by a file of the site")
    }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }
}

extension Duration {
  /// The duration in seconds.
  var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}
