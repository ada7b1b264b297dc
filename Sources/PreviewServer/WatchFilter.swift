/// Which changes a watcher ignores: editors' scratch files, and hidden files and folders.
///
/// Vim writes `.x.swp` and a probe file named `4913`, Emacs `#x#` and `.#x`, many editors
/// `x~`; none of them is an input, and a rebuild for each would only slow typing down. The
/// real save still shows: written in place, or as a rename of a temporary file onto the name.
enum WatchFilter {
  static func ignores(_ name: Substring) -> Bool {
    name.isEmpty || name.hasPrefix(".") || name.hasSuffix("~") || name == "4913"
      || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".swo")
      || (name.hasPrefix("#") && name.hasSuffix("#"))
  }

  static func ignores(_ name: String) -> Bool { ignores(name[...]) }
}
