#include "fault_check.h"

#include "duration.h"
#include "fault_match.h"

#include <variant>

namespace core {
namespace {

// What the trace shows of each fault.
struct Usage {
    int met = 0;     // segments that met the conditions, nth aside
    int matched = 0; // segments it matched, nth included
    bool applied = false;
};

std::vector<Usage> usageOf(const Scenario& scenario, const Trace& trace) {
    std::vector<FaultMatcher> matchers;
    for (const FaultSpec& f : scenario.faults)
        matchers.emplace_back(f, scenario.hosts);
    std::vector<Usage> usage(scenario.faults.size());
    for (const TraceEvent& e : trace.events) {
        if (const auto* applied = std::get_if<FaultApplied>(&e.body)) {
            if (applied->fault >= 0 && static_cast<std::size_t>(applied->fault) < usage.size())
                usage[static_cast<std::size_t>(applied->fault)].applied = true;
            continue;
        }
        const auto* sent = std::get_if<SegmentSent>(&e.body);
        if (!sent || sent->seg < 0 || static_cast<std::size_t>(sent->seg) >= trace.segments.size())
            continue;
        const SegmentRecord& rec = trace.segments[static_cast<std::size_t>(sent->seg)];
        for (std::size_t i = 0; i < matchers.size(); ++i) {
            if (!matchers[i].meets(rec, sent->seg, e.t))
                continue;
            Usage& u = usage[i];
            ++u.met;
            if (matchers[i].nth() == 0 || u.met == matchers[i].nth())
                ++u.matched;
        }
    }
    return usage;
}

std::string flagList(Flags flags) {
    std::string text;
    for (const Flag f : kAllFlags) {
        if (!flags.has(f))
            continue;
        text += text.empty() ? "" : ",";
        text += flagName(f);
    }
    return text;
}

std::string window(const TimeWindow& w) {
    return "from " + formatDuration(w.from) + " up to " + formatDuration(w.until);
}

// Why a segment fault matched nothing, e.g. "no segment from client with flags SYN was sent".
std::string whyNoMatch(const FaultSpec& f, const Usage& u, const Trace& trace) {
    if (f.kind == FaultKind::Partition)
        return "no segment was sent between " + f.host + " and " + f.peer + " " + window(f.between);
    const SegmentMatch& m = f.match;
    if (m.nth > 0 && u.met > 0)
        return "only " + std::to_string(u.met) + (u.met == 1 ? " segment" : " segments") +
               " met the other conditions, and nth is " + std::to_string(m.nth);
    if (m.segment) {
        const auto id = static_cast<std::size_t>(*m.segment);
        if (id >= trace.segments.size())
            return "the trace has no segment #" + std::to_string(id) + ", only #0 to #" +
                   std::to_string(static_cast<long long>(trace.segments.size()) - 1);
        if (trace.segments[id].toHost == kNone)
            return "#" + std::to_string(id) + " went to an address that no host has";
        if (f.kind == FaultKind::Duplicate && trace.segments[id].origin == SegmentOrigin::Duplicate)
            return "#" + std::to_string(id) + " is itself a copy, which no duplicate fault copies";
        return "#" + std::to_string(id) + " does not meet the other conditions";
    }
    std::string text = "no segment";
    if (!m.from.empty())
        text += " from " + m.from;
    if (!m.to.empty())
        text += " to " + m.to;
    if (m.flagsExact && m.flags.empty())
        text += " without flags";
    else if (m.flagsExact)
        text += " with flags " + flagList(m.flags) + " and no other";
    else if (!m.flags.empty())
        text += " with flags " + flagList(m.flags);
    text += " was sent";
    if (m.between)
        text += " " + window(*m.between);
    return text;
}

std::string problemOf(const Scenario& s, std::size_t i, const Usage& u, const Trace& trace) {
    const FaultSpec& f = s.faults[i];
    if (!actsOnSegments(f.kind)) {
        if (f.at > s.endTime)
            return "happens at " + formatDuration(f.at) + ", after the scenario ends at " +
                   formatDuration(s.endTime);
        if (f.kind == FaultKind::Inject && !u.applied)
            return "sent nothing: host " + f.inject.from + " was down";
        return "";
    }
    if (u.matched == 0)
        return "matched no segment (" + whyNoMatch(f, u, trace) + ")";
    if (!u.applied)
        return "matched only segments that another fault had already dropped";
    return "";
}

} // namespace

std::vector<FaultProblem> unusedFaults(const Scenario& scenario, const Trace& trace) {
    const std::vector<Usage> usage = usageOf(scenario, trace);
    std::vector<FaultProblem> problems;
    for (std::size_t i = 0; i < scenario.faults.size(); ++i) {
        std::string problem = problemOf(scenario, i, usage[i], trace);
        if (!problem.empty())
            problems.push_back({i, "/faults/" + std::to_string(i), std::move(problem)});
    }
    return problems;
}

} // namespace core
