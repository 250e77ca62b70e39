// The fault plan, as the simulator runs it, and the way of a segment over its
// link: the faults that match it, then the link's delay, jitter and loss.
#include "random.h"
#include "simulator.h"

#include <algorithm>

namespace core {

void Simulator::setUpFaults() {
    const std::vector<FaultSpec>& faults = m_scenario.faults;
    m_matched.assign(faults.size(), 0);
    m_injected.assign(faults.size(), 0);
    std::vector<std::int32_t> linkChanges;
    for (std::size_t i = 0; i < faults.size(); ++i) {
        const FaultSpec& f = faults[i];
        const auto index = static_cast<std::int32_t>(i);
        m_matchers.emplace_back(f, m_scenario.hosts);
        if (actsOnSegments(f.kind))
            m_segmentFaults.push_back(index);
        else
            schedule(f.at, Job::Fault, index);
        if (f.kind == FaultKind::Link)
            linkChanges.push_back(index);
    }
    // The network takes changes in order of time; equal times keep the scenario's order.
    std::stable_sort(linkChanges.begin(), linkChanges.end(), [&](std::int32_t a, std::int32_t b) {
        return faults[static_cast<std::size_t>(a)].at < faults[static_cast<std::size_t>(b)].at;
    });
    for (const std::int32_t index : linkChanges) {
        const FaultSpec& f = faults[static_cast<std::size_t>(index)];
        m_network.changeLink(f.at, m_hostByName.at(f.link.from), m_hostByName.at(f.link.to),
                             f.link);
    }
}

// Jitter and loss are drawn from (seed, segment id), so what faults do to one
// segment leaves the draws of every other unchanged.
void Simulator::route(SegId id, Segment seg) {
    const SegmentRecord& rec = m_trace.segments[static_cast<std::size_t>(id)];
    const LinkParams& link = m_network.params(rec.fromHost, rec.toHost, m_now);
    const auto key = static_cast<std::uint64_t>(id);
    const Micros jitter = uniformUpTo(
        drawFor(m_scenario.seed, {static_cast<std::uint64_t>(DrawKind::Jitter), key}), link.jitter);
    const Micros trip = link.delay + jitter;
    const FaultEffect effect = applyFaults(id);
    if (effect.dropped) {
        schedule(m_now + trip / 2, Job::FaultDrop, id); // lost part-way, as on the link
        return;
    }
    const Micros delay = trip + effect.extraDelay;
    if (chance(drawFor(m_scenario.seed, {static_cast<std::uint64_t>(DrawKind::Loss), key}),
               link.loss)) {
        schedule(m_now + delay / 2, Job::Lose, id); // lost part-way
        return;
    }
    m_inFlight.emplace(id, std::move(seg));
    schedule(m_now + delay, Job::Arrive, id);
}

// Every fault whose conditions the segment meets counts it (for `nth`),
// whatever the others do. A partition, else a drop, takes the segment and no
// other fault acts on it; otherwise delays add up and duplicates are copied.
Simulator::FaultEffect Simulator::applyFaults(SegId id) {
    FaultEffect effect;
    if (m_segmentFaults.empty())
        return effect;
    const SegmentRecord& rec = m_trace.segments[static_cast<std::size_t>(id)];
    m_hits.clear();
    for (const std::int32_t f : m_segmentFaults) {
        const FaultMatcher& matcher = m_matchers[static_cast<std::size_t>(f)];
        if (!matcher.meets(rec, id, m_now))
            continue;
        const int count = ++m_matched[static_cast<std::size_t>(f)];
        if (matcher.nth() == 0 || count == matcher.nth())
            m_hits.push_back(f);
    }
    const auto kindOf = [this](std::int32_t f) {
        return m_scenario.faults[static_cast<std::size_t>(f)].kind;
    };
    auto taker = std::find_if(m_hits.begin(), m_hits.end(),
                              [&](std::int32_t f) { return kindOf(f) == FaultKind::Partition; });
    if (taker == m_hits.end())
        taker = std::find_if(m_hits.begin(), m_hits.end(),
                             [&](std::int32_t f) { return kindOf(f) == FaultKind::Drop; });
    if (taker != m_hits.end()) {
        const FaultAction action = kindOf(*taker) == FaultKind::Partition ? FaultAction::Partitioned
                                                                          : FaultAction::Dropped;
        m_trace.events.push_back({m_now, FaultApplied{*taker, id, action}});
        effect.dropped = true;
        return effect;
    }
    for (const std::int32_t f : m_hits) {
        const FaultSpec& fault = m_scenario.faults[static_cast<std::size_t>(f)];
        if (fault.kind == FaultKind::Delay) {
            effect.extraDelay += fault.by;
            m_trace.events.push_back({m_now, FaultApplied{f, id, FaultAction::Delayed}});
        } else if (fault.kind == FaultKind::Duplicate) {
            m_copies.push_back(id);
            schedule(m_now + fault.by, Job::Copy, static_cast<std::int32_t>(m_copies.size() - 1));
            m_trace.events.push_back({m_now, FaultApplied{f, id, FaultAction::Duplicated}});
        }
    }
    return effect;
}

// The network sends a copy of a segment: from the same host, with the same
// addresses and bytes, as a segment of its own.
void Simulator::sendCopy(std::int32_t index) {
    const SegId original = m_copies[static_cast<std::size_t>(index)];
    const SegmentRecord rec = m_trace.segments[static_cast<std::size_t>(original)];
    Segment seg = rec.header;
    seg.payload = std::string(m_trace.payloadOf(original));
    put(rec.fromHost, rec.src, rec.conn, rec.dst, std::move(seg), SegmentOrigin::Duplicate,
        original);
}

void Simulator::runFault(std::int32_t index) {
    const FaultSpec& f = m_scenario.faults[static_cast<std::size_t>(index)];
    switch (f.kind) {
    case FaultKind::Crash: {
        const HostId h = m_hostByName.at(f.host);
        if (m_hosts[static_cast<std::size_t>(h)].up())
            crash(h);
        break;
    }
    case FaultKind::Restart: {
        const HostId h = m_hostByName.at(f.host);
        Host& host = m_hosts[static_cast<std::size_t>(h)];
        if (!host.up()) {
            host.restart();
            m_trace.events.push_back({m_now, HostRestarted{h}});
        }
        break;
    }
    case FaultKind::Inject:
        inject(index);
        break;
    case FaultKind::Link:
        // The network looks changes up by send time; this only says when.
        m_trace.events.push_back({m_now, FaultApplied{index, kNone, FaultAction::LinkChanged}});
        break;
    case FaultKind::Drop:
    case FaultKind::Delay:
    case FaultKind::Duplicate:
    case FaultKind::Partition:
        break; // never scheduled: they act in route()
    }
}

// The host loses every TCB at once and says nothing to its peers.
void Simulator::crash(HostId h) {
    m_trace.events.push_back({m_now, HostCrashed{h}});
    for (std::size_t c = 0; c < m_conns.size(); ++c) {
        auto& slot = m_conns[c];
        if (!slot || m_trace.conns[c].host != h)
            continue;
        if (slot->state() != State::Closed)
            m_trace.events.push_back({m_now, StateChanged{static_cast<ConnId>(c), slot->state(),
                                                          State::Closed, Rule::HostCrashed}});
        slot.reset();
    }
    m_hosts[static_cast<std::size_t>(h)].crash();
}

// Copy i of an inject fault (from 0) is sent at `at` + i * every from the
// source address + i. A host that is down sends nothing.
void Simulator::inject(std::int32_t index) {
    const FaultSpec& f = m_scenario.faults[static_cast<std::size_t>(index)];
    const InjectSpec& spec = f.inject;
    const int copy = m_injected[static_cast<std::size_t>(index)]++;
    if (copy + 1 < spec.count)
        schedule(m_now + spec.every, Job::Fault, index);
    const HostId h = m_hostByName.at(spec.from);
    const Host& host = m_hosts[static_cast<std::size_t>(h)];
    if (!host.up())
        return;
    Segment seg;
    seg.srcPort = spec.srcPort;
    seg.dstPort = spec.toPort;
    seg.seq = SeqNum(spec.seq);
    seg.ack = SeqNum(spec.ack);
    seg.flags = spec.flags;
    seg.window = spec.window;
    seg.payload = spec.payload;
    const Address base = spec.src.empty() ? host.address() : resolveAddress(spec.src);
    const Address src{base.v4 + static_cast<std::uint32_t>(copy)}; // modulo 2^32
    put(h, src, kNone, resolveAddress(spec.to), std::move(seg), SegmentOrigin::Injected, kNone,
        index);
}

// A host of the scenario by name, or a dotted address.
Address Simulator::resolveAddress(const std::string& hostOrAddress) const {
    if (const auto it = m_hostByName.find(hostOrAddress); it != m_hostByName.end())
        return m_hosts[static_cast<std::size_t>(it->second)].address();
    return parseAddress(hostOrAddress).value_or(Address{});
}

} // namespace core
