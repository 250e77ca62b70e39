#include "random_scenario.h"

#include "scenario_builder.h"

#include <random>

namespace testsupport {

using namespace core;
using namespace std::chrono_literals;

namespace {

// Raw engine output only: distributions differ between standard libraries.
class Dice {
public:
    explicit Dice(std::uint64_t seed) : m_engine(seed) {}
    std::uint64_t below(std::uint64_t n) { return m_engine() % n; }
    bool oneIn(std::uint64_t n) { return below(n) == 0; }
    Micros millis(std::uint64_t max) {
        return Micros{static_cast<Micros::rep>(below(max + 1) * 1000)};
    }
    double loss() { return oneIn(3) ? 0.0 : static_cast<double>(below(31)) / 100.0; }

private:
    std::mt19937_64 m_engine;
};

Profile shortenedProfile(Dice& dice) {
    Profile p = dice.oneIn(2) ? linuxProfile() : textbookProfile();
    p.timeWait = 2s;
    p.rtoMax = 4s;
    p.synRetries = 3;
    p.synLinearTimeouts = static_cast<int>(dice.below(3));
    p.synAckRetries = 3;
    p.dataRetries = 5;
    if (dice.oneIn(2))
        p.finWait2Timeout = 5s;
    p.keepaliveIdle = 5s;
    p.keepaliveInterval = 1s;
    p.keepaliveProbes = 3;
    p.delayedAck = dice.oneIn(2);
    p.mss = static_cast<std::uint16_t>(500 + dice.below(1000));
    p.ephemeralFirst = 40000;
    p.ephemeralLast = static_cast<Port>(40000 + dice.below(4));
    return p;
}

void addClient(ScenarioBuilder& b, Dice& dice, const std::string& id, const std::string& host) {
    b.socket(id, host);
    const Micros start = dice.millis(2000);
    b.connectAt(start, id, dice.oneIn(10) ? "client1" : "server", 80);
    if (dice.oneIn(4))
        b.keepaliveAt(start, id);
    const auto bytes = 1 + dice.below(6000);
    if (dice.oneIn(2))
        b.sendWhen(State::Established, id, bytes, dice.millis(50));
    else
        b.sendAt(start + dice.millis(3000), id, bytes);
    switch (dice.below(5)) {
    case 0:
        b.closeAt(start + dice.millis(5000), id);
        break;
    case 1:
        b.closeWhen(State::CloseWait, id, dice.millis(100));
        break;
    case 2:
        b.abortAt(start + dice.millis(5000), id);
        break;
    default:
        b.closeWhenReceived(1 + dice.below(2000), id);
        break;
    }
}

void addServerChild(ScenarioBuilder& b, Dice& dice, const std::string& child) {
    if (!dice.oneIn(4))
        b.sendWhenReceived(1 + dice.below(100), child, 1 + dice.below(5000));
    switch (dice.below(4)) {
    case 0:
        b.closeWhen(State::Established, child, dice.millis(3000));
        break;
    case 1:
        b.abortAt(dice.millis(8000), child);
        break;
    case 2:
        break; // never closes: the client may sit in FIN-WAIT-2
    default:
        b.closeWhen(State::CloseWait, child, dice.millis(200));
        break;
    }
}

Flags randomFlags(Dice& dice) {
    switch (dice.below(6)) {
    case 0:
        return Flag::Syn;
    case 1:
        return Flag::Syn | Flag::Ack;
    case 2:
        return Flag::Fin;
    case 3:
        return Flag::Psh;
    case 4:
        return Flag::Ack;
    default:
        return Flags{};
    }
}

SegmentMatch randomMatch(Dice& dice) {
    SegmentMatch m = matchFrom(dice.oneIn(2) ? "client1" : "server", randomFlags(dice),
                               static_cast<int>(dice.below(4)));
    if (dice.oneIn(4))
        m.between = TimeWindow{dice.millis(3000), dice.millis(3000) + 3001ms};
    return m;
}

// Faults that act on segments, so that the invariants are checked under them too.
void addSegmentFaults(ScenarioBuilder& b, Dice& dice) {
    if (dice.oneIn(4))
        b.fault(dropFault(randomMatch(dice)));
    if (dice.oneIn(4))
        b.fault(delayFault(randomMatch(dice), dice.millis(3000) + 1ms));
    if (dice.oneIn(4))
        b.fault(duplicateFault(randomMatch(dice), dice.millis(500)));
    if (dice.oneIn(8)) {
        const Micros from = dice.millis(6000);
        b.fault(partitionFault("server", "client1", from, from + dice.millis(5000) + 1ms));
    }
}

} // namespace

Scenario randomScenario(std::uint64_t index) {
    Dice dice(index * 0x9E3779B97F4A7C15ULL + 7);
    ScenarioBuilder b(shortenedProfile(dice));
    b.host("server", "10.0.0.2").host("client1", "10.0.0.1");
    const bool twoClients = dice.oneIn(3);
    if (twoClients)
        b.host("client2", "10.0.0.3");
    b.seed(index).end(3600s);
    b.link(dice.millis(100), dice.millis(50), dice.loss());
    b.link("client1", "server", dice.millis(100), dice.millis(50), dice.loss());
    b.link("server", "client1", dice.millis(100), dice.millis(50), dice.loss());

    b.socket("srv", "server", 80);
    if (!dice.oneIn(8))
        b.listenAt(Micros{0}, "srv", static_cast<int>(1 + dice.below(4)));
    const int clients = 1 + static_cast<int>(dice.below(3));
    for (int i = 0; i < clients; ++i) {
        const std::string host = twoClients && i % 2 == 1 ? "client2" : "client1";
        addClient(b, dice, "c" + std::to_string(i), host);
        addServerChild(b, dice, "srv/" + std::to_string(i + 1));
    }
    if (dice.oneIn(5)) {
        const std::string victim = dice.oneIn(2) ? "server" : "client1";
        const Micros when = dice.millis(6000);
        b.crashAt(when, victim);
        if (dice.oneIn(2)) {
            b.restartAt(when + dice.millis(3000), victim);
            if (victim == "server")
                b.listenAt(when + 3001ms, "srv");
        }
    }
    addSegmentFaults(b, dice);
    return b.build();
}

} // namespace testsupport
