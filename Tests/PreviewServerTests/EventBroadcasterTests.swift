import Testing

@testable import PreviewServer

/// Event streams never pile up: a browser allows six connections per host, and streams of
/// pages a reader left must not hold them.
@Suite struct EventBroadcasterTests {
  @Test func aStreamBeyondTheLimitEndsTheOldestAndTheOthersStayOpen() async {
    let broadcaster = EventBroadcaster(limit: 2)
    let first = await broadcaster.subscribe()
    let second = await broadcaster.subscribe()
    let third = await broadcaster.subscribe()
    #expect(await broadcaster.count == 2)
    var oldest = first.makeAsyncIterator()
    #expect(await oldest.next() == .hello(generation: "0", errors: []))
    #expect(await oldest.next() == nil, "the oldest stream was ended")
    await broadcaster.publish(.ping)
    for stream in [second, third] {
      var events = stream.makeAsyncIterator()
      #expect(await events.next() == .hello(generation: "0", errors: []))
      #expect(await events.next() == .ping)
    }
  }

}
