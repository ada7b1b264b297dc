import ReadoutCore

import ArgumentParser

@main
struct ReadoutCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "readout",
    abstract: "A static site generator for archives of diplomatic meeting records.",
    version: ReadoutVersion.number,
    subcommands: [BuildCommand.self, ServeCommand.self, NewCommand.self, ParseCommand.self, CheckCommand.self],
    defaultSubcommand: nil
  )
}
