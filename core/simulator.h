#pragma once

#include "connection.h"
#include "fault_match.h"
#include "host.h"
#include "network.h"
#include "scenario.h"
#include "simulate.h"
#include "syn_cookie.h"
#include "trace.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <queue>
#include <string>
#include <unordered_map>
#include <vector>

namespace core {

// The discrete-event simulator behind simulate(): a queue of jobs ordered by
// (time, insertion order), hosts, links, connections and the application script.
class Simulator final : public ConnectionSink {
public:
    explicit Simulator(const Scenario& scenario);
    void setObserver(ConnectionObserver observe) { m_observe = std::move(observe); }
    Trace run();

    SegId transmit(ConnId from, Address to, Segment segment, SegmentOrigin origin,
                   SegId original) override;
    void record(Micros t, EventBody body) override;

private:
    enum class Job : std::uint8_t { Arrive, Lose, Wake, Action, Fault, FaultDrop, Copy };
    struct Queued {
        Micros t;
        std::uint64_t order;
        Job job;
        std::int32_t index;
        bool operator>(const Queued& o) const { return t != o.t ? t > o.t : order > o.order; }
    };

    // simulator.cpp: queue, network, hosts.
    void schedule(Micros t, Job job, std::int32_t index);
    void dispatch(const Queued& q);
    SegId transmitFrom(HostId host, ConnId conn, Address to, Segment segment, SegmentOrigin origin,
                       SegId original, Protocol protocol = Protocol::Tcp);
    SegId put(HostId host, Address src, ConnId conn, Address to, Segment seg, SegmentOrigin origin,
              SegId original, std::int32_t injectedBy = kNone, Protocol protocol = Protocol::Tcp);
    void arrive(SegId id);
    void demultiplex(Host& host, const Segment& seg, Endpoint from, SegId id);
    bool reuseTimeWait(Host& host, ConnId c, const Segment& seg, SegId id);
    void spawnChild(Host& host, Listener& listener, const Segment& seg, Endpoint from, SegId id);
    // simulator_listen.cpp: a SYN for a listener, SYN cookies.
    void synAtListener(Host& host, Listener& l, const Segment& syn, Endpoint from, SegId id);
    void sendSynCookie(Host& host, const Listener& l, const Segment& syn, Endpoint from);
    bool restoreFromCookie(Host& host, Listener& l, const Segment& ack, Endpoint from, SegId id);
    SynCookieCodec::FourTuple tupleOf(const Host& host, const Segment& seg, Endpoint from) const;
    void resetNoSocket(Host& host, const Segment& seg, Address from);
    void wake(ConnId c);
    void settle();
    void reap(ConnId c);
    void onStateChanged(const StateChanged& e);
    void onChildStateChanged(const StateChanged& e, const ConnInfo& info);
    void recordQueues(const Listener& l);
    std::optional<HostId> hostAt(Address a) const;
    Connection* conn(ConnId c) const;
    ConnId newConn(HostId host, Port port, std::string socket, ConnId listener);
    Connection& createTcb(ConnId c, std::uint32_t iss);
    std::uint32_t chooseIss(const ConnInfo& info, std::optional<std::uint32_t> fixed) const;

    // simulator_udp.cpp: UDP sockets, for contrast with TCP.
    void udpAction(const AppAction& a, const SocketSpec& spec);
    ConnId udpSocket(const SocketSpec& spec, Host& host, bool bind);
    void udpArrive(Host& host, const Segment& datagram, SegId id);
    std::uint64_t deliveredBytes(ConnId c) const;

    // simulator_app.cpp: the application script and faults.
    void runAction(std::int32_t index);
    void listen(const AppAction& a, const SocketSpec& spec);
    void connect(const AppAction& a, const SocketSpec& spec);
    void connectListener(const AppAction& a, const SocketSpec& spec, ConnId c);
    void callOnSocket(const AppAction& a);
    void fireTriggers(ConnId c);
    void accept(Listener& l, ConnId child);
    const SocketSpec* socketSpec(const std::string& id) const;
    std::string payloadFor(const AppAction& a) const;
    std::optional<std::uint32_t> nextFixedIsn(const SocketSpec* spec);

    // simulator_faults.cpp: the fault plan and the way of a segment over its link.
    struct FaultEffect {
        bool dropped = false;
        Micros extraDelay{0};
    };
    void setUpFaults();
    void route(SegId id, Segment seg);
    FaultEffect applyFaults(SegId id);
    void runFault(std::int32_t index);
    void crash(HostId h);
    void inject(std::int32_t index);
    void sendCopy(std::int32_t index);
    Address resolveAddress(const std::string& hostOrAddress) const;

    const Scenario& m_scenario;
    Trace m_trace;
    Micros m_now{};
    std::uint64_t m_order = 0;
    std::priority_queue<Queued, std::vector<Queued>, std::greater<>> m_queue;

    std::vector<Host> m_hosts;
    std::unordered_map<std::uint32_t, HostId> m_hostByAddress;
    std::map<std::string, HostId, std::less<>> m_hostByName;
    Network m_network;
    std::unordered_map<SegId, Segment> m_inFlight;

    std::vector<std::unique_ptr<Connection>> m_conns;
    std::vector<std::optional<Micros>> m_wakeAt;
    std::vector<bool> m_inSynQueue; // children counted in their listener's SYN queue
    std::map<ConnId, std::uint64_t> m_udpDelivered;
    std::map<std::string, std::size_t, std::less<>> m_isnUses; // connections per socket so far
    SynCookieCodec m_cookies;
    std::vector<ConnId> m_touched;
    std::vector<ConnId> m_dying;

    std::unordered_map<std::string, const SocketSpec*> m_sockets;
    std::map<std::string, ConnId, std::less<>> m_socketConn; // socket name -> newest TCB
    std::map<std::string, std::vector<std::int32_t>, std::less<>> m_triggers;
    std::vector<bool> m_actionDone;
    ConnectionObserver m_observe;

    std::vector<FaultMatcher> m_matchers;      // one per fault
    std::vector<std::int32_t> m_segmentFaults; // the faults that act on segments
    std::vector<int> m_matched;                // per fault: segments that met its conditions
    std::vector<std::int32_t> m_hits;          // reused by applyFaults()
    std::vector<int> m_injected;               // per fault: copies injected so far
    std::vector<SegId> m_copies;               // Job::Copy index -> the segment to copy
};

} // namespace core
