import Testing

@testable import ReadoutCore

/// The search index's lists of statement numbers, encoded as they grow, decode to the numbers.
@Suite struct PostingEncoderTests {
  @Test func listsDecodeToTheirNumbers() {
    var generator = SystemRandomNumberGenerator()
    let gaps: [UInt32] = [0, 1, 31, 32, 33, 1023, 1024, 32_767, 1 << 20, 1 << 30]
    for _ in 0..<200 {
      var numbers: [UInt32] = []
      var n: UInt32 = UInt32.random(in: 0..<40, using: &generator)
      for _ in 0..<Int.random(in: 1..<60, using: &generator) {
        numbers.append(n)
        n += (gaps.randomElement(using: &generator) ?? 1) + 1
        if n > UInt32.max / 4 { break }
      }
      #expect(PostingEncoder.decode(PostingEncoder.encode(numbers)) == numbers)
    }
  }

  @Test func smallGapsTakeOneCharacterAndLargeOnesMore() {
    #expect(PostingEncoder.encode([0, 1, 2]) == "011")
    #expect(PostingEncoder.encode([31]) == "V")
    // 32 = 1·32 + 0: a continuing digit, then the final one.
    #expect(PostingEncoder.encode([32]) == "X0")
    // 1024 = 1·1024 + 0·32 + 0: two continuing digits (X = 32+1, W = 32+0), then the final one.
    #expect(PostingEncoder.encode([5, 5 + 1024]) == "5" + "XW0")
  }
}
