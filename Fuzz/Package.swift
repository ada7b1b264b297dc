// swift-tools-version:6.0
// The parser's libFuzzer harness, a package of its own so that the main package builds
// without fuzzing flags. Build and run with ../scripts/fuzz.
import PackageDescription

let package = Package(
  name: "ReadoutFuzz",
  dependencies: [.package(name: "Readout", path: "..")],
  targets: [
    .executableTarget(
      name: "ReadoutFuzz",
      dependencies: [.product(name: "ReadoutCore", package: "Readout")],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
  ]
)
