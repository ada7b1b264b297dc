import ArgumentParser
import Dispatch
import Foundation
import PreviewServer
import ReadoutCore

struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve", abstract: "Build, serve the site locally, rebuild on change and reload the browser.")

  @OptionGroup var paths: SitePaths
  @Option(help: "The address to listen on; only this machine can connect to the default.") var host = "127.0.0.1"
  @Option(help: "The port to listen on (0: any free port).") var port: UInt16 = 8000
  @Flag(help: "Watch the inputs by scanning them twice a second instead of with inotify.") var poll = false
  @Flag(help: "Print how long each stage of every rebuild took.") var timings = false

  func run() throws {
    let configuration = PreviewConfiguration(build: paths.buildOptions, host: host, port: port, watch: poll ? .polling(.milliseconds(500)) : .automatic)
    let timings = timings
    let server: PreviewServer
    do {
      server = try PreviewServer(configuration: configuration) { event in ServeCommand.print(event, timings: timings) }
    } catch let refusal as OutputFolderRule.Refusal {
      DiagnosticPrinter().print([.error(refusal.description, at: nil)])
      throw ExitCode(2)
    }
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    let task = Task {
      do { try await server.run() } catch { outcome.set(error) }
      done.signal()
    }
    let interrupts = [SIGINT, SIGTERM].map { (number: Int32) in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        if task.isCancelled { Foundation.exit(130) }
        FileHandle.standardError.write(Data("\nreadout: stopping\n".utf8))
        task.cancel()
      }
      source.resume()
      return source
    }
    done.wait()
    interrupts.forEach { $0.cancel() }
    if let error = outcome.error {
      DiagnosticPrinter().print([.error("cannot serve: \(error)", at: nil)])
      throw ExitCode.failure
    }
  }

  private static func print(_ event: PreviewEvent, timings: Bool) {
    switch event {
    case .listening(let url): note("serving \(url) (Ctrl-C stops)")
    case .watching(let how): note(how)
    case .changed(let paths): note("changed: \(paths.prefix(3).joined(separator: ", "))\(paths.count > 3 ? " and \(paths.count - 3) more" : "")")
    case .built(let result):
      DiagnosticPrinter().print(result.diagnostics)
      if timings {
        for (stage, seconds) in result.stageTimes { note(String(format: "%8.1f ms  ", seconds * 1000) + stage) }
      }
      let ms = result.milliseconds
      if result.published {
        note("built \(result.records) records, \(result.pages) pages in \(ms) ms; \(result.changes.written.count) files written, \(result.changes.removed.count) removed")
      } else {
        note("build failed in \(ms) ms; still serving the last good site")
      }
    case .exported(let result):
      DiagnosticPrinter().print(result.diagnostics)
      if timings {
        for (stage, seconds) in result.stageTimes { note(String(format: "%8.1f ms  ", seconds * 1000) + stage) }
      }
      note("updated data, search index, feed and sitemap in \(result.milliseconds) ms; \(result.changes.written.count) files written, \(result.changes.removed.count) removed")
    }
  }

  private static func note(_ text: String) {
    FileHandle.standardError.write(Data("readout: \(text)\n".utf8))
  }
}

/// The error a server task ended with, handed to the waiting main thread.
private final class Outcome: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: (any Error)?
  var error: (any Error)? { lock.withLock { stored } }
  func set(_ error: any Error) { lock.withLock { stored = error } }
}
