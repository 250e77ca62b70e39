#include "tcb_fixture.h"

#include <algorithm>
#include <utility>

namespace core::test {

// ---- RecordingSink -----------------------------------------------------------

SegId RecordingSink::transmit(ConnId from, Address to, Segment segment, SegmentOrigin origin,
                              SegId original) {
    const SegId id = m_nextId++;
    sent.push_back(SentSegment{id, m_clock, from, to, std::move(segment), origin, original});
    return id;
}

void RecordingSink::record(Micros t, EventBody body) {
    EXPECT_EQ(t, m_clock) << "an event was recorded at another time than now";
    if (const auto* s = std::get_if<StateChanged>(&body)) {
        EXPECT_TRUE(isAllowedTransition(s->from, s->to))
            << "RFC 9293 does not allow " << toString(s->from) << " -> " << toString(s->to) << " ("
            << toString(s->rule) << ")";
        const auto last = m_lastState.find(s->conn);
        if (last != m_lastState.end()) {
            EXPECT_EQ(last->second, s->from)
                << "a transition starts elsewhere than where the last one ended";
        }
        m_lastState[s->conn] = s->to;
    }
    if (const auto* timer = std::get_if<TimerEvent>(&body);
        timer && timer->action == TimerAction::Armed) {
        EXPECT_GE(timer->deadline, t) << "a timer was armed in the past";
    }
    events.push_back(TraceEvent{t, std::move(body)});
}

void RecordingSink::clear() {
    sent.clear();
    events.clear();
}

// ---- Tcb: opening in any state ---------------------------------------------------

Tcb::Tcb(Profile profile) : m_profile(std::move(profile)), m_sink(m_now) {
    ConnectionParams params;
    params.id = kConnId;
    params.local = kLocal;
    params.iss = kOurIss;
    m_conn = std::make_unique<Connection>(params, m_profile, m_sink);
}

void Tcb::expectState(State expected) {
    EXPECT_EQ(m_conn->state(), expected) << "the opening helper went astray";
    clear();
}

void Tcb::openInListen() {
    m_conn->openPassive(m_now);
    expectState(State::Listen);
}

void Tcb::openInSynSent() {
    m_conn->openActive(m_now, kPeer);
    expectState(State::SynSent);
}

void Tcb::openInSynReceived(SynReceivedVia via) {
    switch (via) {
    case SynReceivedVia::PassiveOpen:
        m_conn->openPassive(m_now);
        receive(Flag::Syn, kPeerIss);
        break;
    case SynReceivedVia::ListenerChild:
        m_conn->startAsListenerChild();
        receive(Flag::Syn, kPeerIss);
        break;
    case SynReceivedVia::SimultaneousOpen:
        m_conn->openActive(m_now, kPeer);
        receive(Flag::Syn, kPeerIss);
        break;
    }
    expectState(State::SynReceived);
}

void Tcb::openInEstablished(Opener opener) {
    if (opener == Opener::Active) {
        m_conn->openActive(m_now, kPeer);
        receive(Flag::Syn | Flag::Ack, kPeerIss, kOurIss + 1);
    } else {
        m_conn->openPassive(m_now);
        receive(Flag::Syn, kPeerIss);
        receive(Flag::Ack, kPeerIss + 1, kOurIss + 1);
    }
    expectState(State::Established);
}

void Tcb::openInFinWait1() {
    openInEstablished();
    m_conn->close(m_now);
    expectState(State::FinWait1);
}

void Tcb::openInFinWait2() {
    openInFinWait1();
    receive(Flag::Ack, kPeerIss + 1, kOurIss + 2);
    expectState(State::FinWait2);
}

void Tcb::openInCloseWait() {
    openInEstablished();
    receive(Flag::Fin | Flag::Ack, kPeerIss + 1, kOurIss + 1);
    expectState(State::CloseWait);
}

void Tcb::openInClosing() {
    openInFinWait1();
    receive(Flag::Fin | Flag::Ack, kPeerIss + 1, kOurIss + 1);
    expectState(State::Closing);
}

void Tcb::openInLastAck() {
    openInCloseWait();
    m_conn->close(m_now);
    expectState(State::LastAck);
}

void Tcb::openInTimeWait() {
    openInFinWait2();
    receive(Flag::Fin | Flag::Ack, kPeerIss + 1, kOurIss + 2);
    expectState(State::TimeWait);
}

void Tcb::openIn(State state) {
    switch (state) {
    case State::Closed:
        return;
    case State::Listen:
        return openInListen();
    case State::SynSent:
        return openInSynSent();
    case State::SynReceived:
        return openInSynReceived();
    case State::Established:
        return openInEstablished();
    case State::FinWait1:
        return openInFinWait1();
    case State::FinWait2:
        return openInFinWait2();
    case State::CloseWait:
        return openInCloseWait();
    case State::Closing:
        return openInClosing();
    case State::LastAck:
        return openInLastAck();
    case State::TimeWait:
        return openInTimeWait();
    }
}

// ---- Tcb: segments and time ------------------------------------------------------

Segment Tcb::peerSegment(Flags flags, std::uint32_t seq, std::uint32_t ack,
                         std::string payload) const {
    Segment seg;
    seg.srcPort = kPeer.port;
    seg.dstPort = kLocal.port;
    seg.seq = SeqNum(seq);
    seg.ack = SeqNum(ack);
    seg.flags = flags;
    seg.window = 65535;
    if (flags.has(Flag::Syn))
        seg.options.mss = kPeerMss;
    seg.payload = std::move(payload);
    seg.updateDataOffset();
    return seg;
}

SegId Tcb::receive(const Segment& seg) {
    const SegId id = m_nextPeerId++;
    m_conn->onSegment(m_now, seg, kPeer, id);
    return id;
}

SegId Tcb::receive(Flags flags, std::uint32_t seq, std::uint32_t ack, std::string payload) {
    return receive(peerSegment(flags, seq, ack, std::move(payload)));
}

void Tcb::advanceTo(Micros t) {
    // A connection that keeps asking for the same instant would loop forever.
    for (int guard = 0; guard < 100000; ++guard) {
        const std::optional<Micros> due = m_conn->nextDeadline();
        if (!due || *due > t) {
            m_now = std::max(m_now, t);
            return;
        }
        m_now = std::max(m_now, *due);
        m_conn->onTimer(m_now);
    }
    ADD_FAILURE() << "timers kept firing without time passing";
}

// ---- Tcb: records ----------------------------------------------------------------

std::vector<StateChanged> Tcb::transitions() const {
    std::vector<StateChanged> out;
    for (const TraceEvent& e : m_sink.events)
        if (const auto* s = std::get_if<StateChanged>(&e.body))
            out.push_back(*s);
    return out;
}

std::vector<AppResult> Tcb::appResults() const {
    std::vector<AppResult> out;
    for (const TraceEvent& e : m_sink.events)
        if (const auto* r = std::get_if<AppResult>(&e.body))
            out.push_back(*r);
    return out;
}

std::vector<DataDelivered> Tcb::deliveries() const {
    std::vector<DataDelivered> out;
    for (const TraceEvent& e : m_sink.events)
        if (const auto* d = std::get_if<DataDelivered>(&e.body))
            out.push_back(*d);
    return out;
}

std::uint64_t Tcb::bytesDelivered() const {
    std::uint64_t total = 0;
    for (const DataDelivered& d : deliveries())
        total += d.bytes;
    return total;
}

// ---- checks ------------------------------------------------------------------------

std::string describe(const Segment& seg) {
    std::string ctl;
    for (const Flag f : kAllFlags) {
        if (!seg.flags.has(f))
            continue;
        if (!ctl.empty())
            ctl += ',';
        ctl += flagName(f);
    }
    return "<SEQ=" + std::to_string(seg.seq.value()) + "><ACK=" + std::to_string(seg.ack.value()) +
           "><CTL=" + ctl + "> len=" + std::to_string(seg.payload.size());
}

namespace {
std::string flagsText(Flags flags) {
    Segment seg;
    seg.flags = flags;
    const std::string text = describe(seg);
    const auto start = text.find("<CTL=");
    return text.substr(start, text.find('>', start) - start + 1);
}
} // namespace

::testing::AssertionResult isSegment(const SentSegment& sent, Flags flags, std::uint32_t seq,
                                     std::uint32_t ack) {
    const Segment& s = sent.segment;
    if (s.flags == flags && s.seq == SeqNum(seq) && s.ack == SeqNum(ack))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "segment " << sent.id << " is " << describe(s) << ", expected <SEQ=" << seq
           << "><ACK=" << ack << ">" << flagsText(flags);
}

::testing::AssertionResult isTransition(const StateChanged& e, State from, State to, Rule rule,
                                        SegId cause) {
    if (e.conn == kConnId && e.from == from && e.to == to && e.rule == rule && e.cause == cause)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "transition " << toString(e.from) << " -> " << toString(e.to) << " ("
           << toString(e.rule) << ", cause " << e.cause << "), expected " << toString(from)
           << " -> " << toString(to) << " (" << toString(rule) << ", cause " << cause << ")";
}

::testing::AssertionResult isAppResult(const AppResult& r, AppCall call, SocketError error) {
    if (r.conn == kConnId && r.call == call && r.error == error)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "app result " << toString(r.call) << " '" << toString(r.error) << "', expected "
           << toString(call) << " '" << toString(error) << "'";
}

} // namespace core::test
