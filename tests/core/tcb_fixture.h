#pragma once

// Test harness for one Connection (the TCB): a recording sink, helpers that put
// the connection into any of the 11 states through the real API and real
// segments, a builder for the peer's segments and a clock that fires timers.
//
// Numbers are fixed so that expected values read easily: our ISS is 100 (our
// SYN is 100, our first data byte 101), the peer's ISS is 300 (its SYN is 300,
// its first data byte 301).

#include "core/connection.h"
#include "core/profile.h"
#include "printers.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace core::test {

inline constexpr std::uint32_t kOurIss = 100;
inline constexpr std::uint32_t kPeerIss = 300;
inline constexpr ConnId kConnId = 7;
inline constexpr Endpoint kLocal{Address{0x0a000001}, 1000}; // 10.0.0.1:1000
inline constexpr Endpoint kPeer{Address{0x0a000002}, 2000};  // 10.0.0.2:2000
inline constexpr SegId kFirstPeerSegId = 1000;               // ids of fabricated incoming segments
inline constexpr std::uint16_t kPeerMss = 1460;

// One segment the connection handed to the network.
struct SentSegment {
    SegId id = kNone;
    Micros t{};
    ConnId from = kNone;
    Address to;
    Segment segment;
    SegmentOrigin origin = SegmentOrigin::Normal;
    SegId original = kNone;
};

// A fake ConnectionSink that keeps everything. It numbers transmitted segments
// 0, 1, 2 ... and checks, for every recorded event, the invariants every test
// relies on: each StateChanged is a transition RFC 9293 allows
// (core::isAllowedTransition) and starts where the previous one ended, and
// events are recorded at the current time.
class RecordingSink final : public ConnectionSink {
public:
    explicit RecordingSink(const Micros& clock) : m_clock(clock) {}

    SegId transmit(ConnId from, Address to, Segment segment, SegmentOrigin origin,
                   SegId original) override;
    void record(Micros t, EventBody body) override;

    // Forgets what was sent and recorded (the checks keep their memory).
    void clear();

    std::vector<SentSegment> sent;
    std::vector<TraceEvent> events;

private:
    const Micros& m_clock;
    SegId m_nextId = 0;
    std::map<ConnId, State> m_lastState;
};

enum class Opener : std::uint8_t { Active, Passive };
enum class SynReceivedVia : std::uint8_t {
    PassiveOpen,      // OPEN passive, then the peer's SYN
    ListenerChild,    // a listener's child as the host spawns it (app not attached)
    SimultaneousOpen, // OPEN active, then the peer's SYN without ACK
};

// One connection under test with its sink and clock.
class Tcb {
public:
    explicit Tcb(Profile profile = textbookProfile());
    Tcb(const Tcb&) = delete;
    Tcb& operator=(const Tcb&) = delete;

    Connection& conn() { return *m_conn; }
    const Connection& conn() const { return *m_conn; }
    State state() const { return m_conn->state(); }
    Micros now() const { return m_now; }
    const Profile& profile() const { return m_profile; }

    // Each helper drives the connection into its state through the real API
    // and real segments, checks it got there, then clears the records so that
    // a test sees only what follows. Time does not move.
    void openInListen();
    void openInSynSent();
    void openInSynReceived(SynReceivedVia via = SynReceivedVia::PassiveOpen);
    void openInEstablished(Opener opener = Opener::Active);
    void openInFinWait1();  // CLOSE in ESTABLISHED: our FIN is 101
    void openInFinWait2();  // and the peer ACKed it
    void openInCloseWait(); // the peer's FIN is 301
    void openInClosing();   // FIN-WAIT-1, then the peer's FIN that does not ACK ours
    void openInLastAck();   // CLOSE-WAIT, then CLOSE: our FIN is 101
    void openInTimeWait();  // FIN-WAIT-2, then the peer's FIN
    // Any of the above by state; CLOSED does nothing and SYN-RECEIVED is a passive open.
    void openIn(State state);

    // A segment from the peer. A SYN carries an MSS option of kPeerMss.
    Segment peerSegment(Flags flags, std::uint32_t seq, std::uint32_t ack = 0,
                        std::string payload = {}) const;
    // Hands `seg` to the connection now; returns the id it arrived with.
    SegId receive(const Segment& seg);
    SegId receive(Flags flags, std::uint32_t seq, std::uint32_t ack = 0, std::string payload = {});

    // Moves the clock to `t`, running onTimer() at every deadline on the way.
    void advanceTo(Micros t);
    void advanceBy(Micros d) { advanceTo(m_now + d); }

    // What happened since the last clear().
    const std::vector<SentSegment>& sent() const { return m_sink.sent; }
    const SentSegment& sent(std::size_t i) const { return m_sink.sent.at(i); }
    const std::vector<TraceEvent>& events() const { return m_sink.events; }
    std::vector<StateChanged> transitions() const;
    std::vector<AppResult> appResults() const;
    std::vector<DataDelivered> deliveries() const;
    std::uint64_t bytesDelivered() const; // sum of the deliveries above
    void clear() { m_sink.clear(); }

private:
    void expectState(State expected);

    Profile m_profile;
    Micros m_now{0};
    RecordingSink m_sink;
    std::unique_ptr<Connection> m_conn;
    SegId m_nextPeerId = kFirstPeerSegId;
};

// "<SEQ=100><ACK=301><CTL=SYN,ACK> len=0", in the notation of RFC 9293.
std::string describe(const Segment& seg);

// The segment has exactly these flags, this SEG.SEQ and this SEG.ACK (0 when
// the ACK bit is off, as the model leaves it).
::testing::AssertionResult isSegment(const SentSegment& sent, Flags flags, std::uint32_t seq,
                                     std::uint32_t ack = 0);
::testing::AssertionResult isTransition(const StateChanged& e, State from, State to, Rule rule,
                                        SegId cause = kNone);
::testing::AssertionResult isAppResult(const AppResult& r, AppCall call, SocketError error);

} // namespace core::test
