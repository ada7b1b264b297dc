// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Readout",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "readout", targets: ["readout"]),
    .library(name: "ReadoutCore", targets: ["ReadoutCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
    ),
    .systemLibrary(
      name: "CJemalloc",
      pkgConfig: "jemalloc",
      providers: [.apt(["libjemalloc-dev"]), .brew(["jemalloc"])]
    ),
    .target(
      name: "ReadoutCore",
      dependencies: [
        "CCmark",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "PreviewServer",
      dependencies: [
        "ReadoutCore",
        .product(name: "FlyingFox", package: "FlyingFox"),
      ]
    ),
    .executableTarget(
      name: "readout",
      dependencies: [
        "ReadoutCore",
        "PreviewServer",
        "CJemalloc",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "ReadoutCoreTests",
      // swift-mustache only for the differential tests of Readout's own engine.
      dependencies: ["ReadoutCore", .product(name: "Mustache", package: "swift-mustache")],
      exclude: ["Snapshots", "Fixtures"]
    ),
    .testTarget(
      name: "PreviewServerTests",
      dependencies: ["PreviewServer", "ReadoutCore"]
    ),
  ]
)
