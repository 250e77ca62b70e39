#include "capture_replay.h"

#include "capture_timing.h"

#include <algorithm>
#include <array>

namespace core {

namespace {

constexpr std::uint32_t kStandInA = 0xc0000201; // 192.0.2.1 (RFC 5737)
constexpr std::uint32_t kStandInB = 0xc0000202; // 192.0.2.2

const char* const kClient = "client";
const char* const kServer = "server";
const char* const kAccepted = "server/1"; // the listener's first accepted connection

bool isSyn(const Segment& s) {
    return s.flags.has(Flag::Syn) && !s.flags.has(Flag::Ack);
}

bool isSynAck(const Segment& s) {
    return s.flags.has(Flag::Syn) && s.flags.has(Flag::Ack);
}

Address ipv4Of(const IpAddress& a) {
    return Address{static_cast<std::uint32_t>(a.bytes[0]) << 24 |
                   static_cast<std::uint32_t>(a.bytes[1]) << 16 |
                   static_cast<std::uint32_t>(a.bytes[2]) << 8 | a.bytes[3]};
}

AppAction actionAt(Micros t, const std::string& socket, AppCall call) {
    AppAction action;
    action.when.at = t;
    action.socket = socket;
    action.call = call;
    return action;
}

void addHosts(const ConnectionSummary& s, Scenario& scenario) {
    const bool standIn = s.a.address.v6 || s.b.address.v6 || s.a.address == s.b.address;
    scenario.hosts = {{kClient, standIn ? Address{kStandInA} : ipv4Of(s.a.address)},
                      {kServer, standIn ? Address{kStandInB} : ipv4Of(s.b.address)}};
    scenario.description = "Replay of the connection " + toString(s.a) + " -> " + toString(s.b) +
                           " from a capture: the captured ports and initial sequence numbers, the "
                           "application's calls at the captured times.";
    if (standIn)
        scenario.description += " The simulator has IPv4 only, and two hosts need two addresses: "
                                "client is " + hostName(s.a.address) + " as 192.0.2.1, server is " +
                                hostName(s.b.address) + " as 192.0.2.2.";
}

// The options of A's SYN become the profile's, so the replay's SYN looks alike.
// A shift above 14 counts as 14 (RFC 7323 2.3); an MSS of 0 is ignored.
void useSynOptions(const Segment& syn, Profile& profile) {
    if (syn.options.mss && *syn.options.mss > 0)
        profile.mss = *syn.options.mss;
    profile.windowScale = syn.options.windowScale;
    if (profile.windowScale)
        profile.windowScale = std::min<std::uint8_t>(*profile.windowScale, 14);
    profile.timestamps = syn.options.timestamps.has_value();
    profile.sackPermitted = syn.options.sackPermitted;
}

// The calls the applications made, as the segments they caused show.
class ScriptBuilder {
public:
    ScriptBuilder(const ImportedConnection& c, const ConnectionTiming& timing)
        : m_c(c), m_timing(timing) {}

    std::vector<AppAction> build(bool bListens);

private:
    void onPacket(std::size_t i, bool bListens);

    const ImportedConnection& m_c;
    const ConnectionTiming& m_timing;
    std::vector<AppAction> m_script;
    std::array<std::optional<SeqNum>, 2> m_sentEnd;
    std::array<bool, 2> m_closed{};
    bool m_connected = false;
};

void ScriptBuilder::onPacket(std::size_t i, bool bListens) {
    const ImportedPacket& p = m_c.packets[i];
    const std::size_t side = p.fromA ? 0 : 1;
    const Micros t = m_timing.packets[i].sent;
    const std::string socket = side == 0 ? kClient : kAccepted;
    if (side == 0 && isSyn(p.header) && !m_connected) {
        AppAction connect = actionAt(t, kClient, AppCall::Connect);
        connect.peerHost = kServer;
        connect.peerPort = m_c.summary.b.port;
        m_script.push_back(connect);
        m_connected = true;
    }
    std::optional<SeqNum>& sentEnd = m_sentEnd[side];
    const SeqNum dataStart = p.header.seq + (p.header.flags.has(Flag::Syn) ? 1u : 0u);
    const SeqNum dataEnd = dataStart + p.payloadLength;
    if (p.payloadLength > 0 && (!sentEnd || dataEnd > *sentEnd)) {
        // Only new data is a send() call; resent data is TCP's own doing.
        const SeqNum from = sentEnd && *sentEnd > dataStart ? *sentEnd : dataStart;
        AppAction send = actionAt(t, socket, AppCall::Send);
        send.bytes = static_cast<std::uint64_t>(dataEnd - from);
        m_script.push_back(send);
    }
    if (!sentEnd || dataEnd > *sentEnd)
        sentEnd = dataEnd;
    if (m_closed[side])
        return;
    const bool answersSyn = side == 1 && !bListens; // a host with no listener resets by itself
    if (p.header.flags.has(Flag::Fin) || (p.header.flags.has(Flag::Rst) && !answersSyn)) {
        m_script.push_back(actionAt(t, socket, p.header.flags.has(Flag::Rst) ? AppCall::Abort
                                                                              : AppCall::Close));
        m_closed[side] = true;
    }
}

std::vector<AppAction> ScriptBuilder::build(bool bListens) {
    if (bListens)
        m_script.push_back(actionAt(Micros{0}, kServer, AppCall::Listen));
    for (std::size_t i = 0; i < m_c.packets.size(); ++i)
        onPacket(i, bListens);
    std::stable_sort(m_script.begin(), m_script.end(), [](const AppAction& x, const AppAction& y) {
        return *x.when.at < *y.when.at;
    });
    return std::move(m_script);
}

} // namespace

Scenario scenarioFromConnection(const ImportedConnection& connection) {
    const ConnectionTiming timing = estimateTiming(connection);
    Scenario scenario;
    scenario.id = "capture-replay";
    scenario.title = "Replay: " + toString(connection.summary.a) + " -> " +
                     toString(connection.summary.b);
    scenario.topic = "capture";
    scenario.profile = linuxProfile();
    addHosts(connection.summary, scenario);
    SocketSpec client{kClient, kClient, connection.summary.a.port, std::nullopt};
    SocketSpec server{kServer, kServer, connection.summary.b.port, std::nullopt};
    for (const ImportedPacket& p : connection.packets) {
        if (p.fromA && isSyn(p.header) && !client.isn) {
            client.isn = p.header.seq.value();
            useSynOptions(p.header, scenario.profile);
        } else if (!p.fromA && isSynAck(p.header) && !server.isn) {
            server.isn = p.header.seq.value();
        }
    }
    scenario.sockets = {client, server};
    const bool bListens = server.isn.has_value();
    scenario.script = ScriptBuilder(connection, timing).build(bListens);
    if (!bListens && !connection.summary.seen.rst) {
        FaultSpec drop; // the SYN was never answered: nothing must answer it here either
        drop.kind = FaultKind::Drop;
        drop.match.from = kClient;
        drop.match.flags = Flag::Syn;
        scenario.faults.push_back(drop);
    }
    scenario.defaultLink.delay = timing.oneWayDelay;
    return scenario;
}

} // namespace core
