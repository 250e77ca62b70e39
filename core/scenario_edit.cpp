// The list of lab edits, and the edits on segments, links and hosts.
#include "scenario_edit.h"

#include "duration.h"
#include "fault_match.h"
#include "scenario_edit_detail.h"

#include <algorithm>
#include <variant>

namespace core {
namespace edit {

void checkTime(const Scenario& scenario, Micros at) {
    if (at < Micros{0} || at > scenario.endTime)
        throw EditError("time " + formatDuration(at) + " is outside the scenario (0s to " +
                        formatDuration(scenario.endTime) + ")");
}

const HostSpec& requireHost(const Scenario& scenario, const std::string& name) {
    const auto it = std::find_if(scenario.hosts.begin(), scenario.hosts.end(),
                                 [&name](const HostSpec& h) { return h.name == name; });
    if (it == scenario.hosts.end())
        throw EditError("the scenario has no host \"" + name + "\"");
    return *it;
}

Scenario addFault(Scenario scenario, FaultSpec fault) {
    fault.edit = nextEditNumber(scenario);
    scenario.faults.push_back(std::move(fault));
    return scenario;
}

} // namespace edit

namespace {

// Renumbers the edits 1, 2, 3 ... in their current order.
void renumber(Scenario& scenario) {
    int number = 0;
    for (const EditRef& ref : labEdits(scenario)) {
        ++number;
        if (ref.place == EditPlace::Fault)
            scenario.faults[ref.index].edit = number;
        else
            scenario.script[ref.index].edit = number;
    }
}

bool isLabSegmentFault(const FaultSpec& f, FaultKind kind, SegId id) {
    return f.edit && f.kind == kind && f.match.segment == id;
}

Scenario removeLabSegmentFaults(Scenario scenario, FaultKind kind, SegId id) {
    std::erase_if(scenario.faults,
                  [&](const FaultSpec& f) { return isLabSegmentFault(f, kind, id); });
    renumber(scenario);
    return scenario;
}

// The segment by its id, and by what it is: who sent it where with which
// flags. An edit made later at an earlier time can give the segment another
// id; the fault then matches nothing (and unusedFaults() says so) instead of
// acting on whichever segment has the id now.
Scenario addSegmentFault(Scenario scenario, const Trace& trace, SegId id, FaultKind kind,
                         Micros by) {
    if (segmentEditProblem(trace, id, kind) != SegmentEditProblem::None)
        throw EditError("segment #" + std::to_string(id) + " cannot take this fault");
    const SegmentRecord& rec = trace.segments[static_cast<std::size_t>(id)];
    FaultSpec fault;
    fault.kind = kind;
    fault.match.segment = id;
    fault.match.from = trace.hosts.at(static_cast<std::size_t>(rec.fromHost)).name;
    fault.match.to = trace.hosts.at(static_cast<std::size_t>(rec.toHost)).name;
    fault.match.flags = rec.header.flags;
    fault.match.flagsExact = true;
    fault.by = by;
    return edit::addFault(std::move(scenario), std::move(fault));
}

} // namespace

// --- The list of edits

std::vector<EditRef> labEdits(const Scenario& scenario) {
    std::vector<EditRef> edits;
    for (std::size_t i = 0; i < scenario.faults.size(); ++i)
        if (const auto n = scenario.faults[i].edit)
            edits.push_back({*n, EditPlace::Fault, i});
    for (std::size_t i = 0; i < scenario.script.size(); ++i)
        if (const auto n = scenario.script[i].edit)
            edits.push_back({*n, EditPlace::Script, i});
    std::sort(edits.begin(), edits.end(),
              [](const EditRef& a, const EditRef& b) { return a.number < b.number; });
    return edits;
}

int nextEditNumber(const Scenario& scenario) {
    const std::vector<EditRef> edits = labEdits(scenario);
    return edits.empty() ? 1 : edits.back().number + 1;
}

Scenario withoutEdit(Scenario scenario, int editNumber) {
    std::erase_if(scenario.faults, [&](const FaultSpec& f) { return f.edit == editNumber; });
    std::erase_if(scenario.script, [&](const AppAction& a) { return a.edit == editNumber; });
    renumber(scenario);
    return scenario;
}

Micros editTime(const Scenario& scenario, const Trace& trace, const EditRef& edit) {
    if (edit.place == EditPlace::Script)
        return scenario.script.at(edit.index).when.at.value_or(Micros{0});
    const FaultSpec& f = scenario.faults.at(edit.index);
    if (f.kind == FaultKind::Partition)
        return f.between.from;
    if (!actsOnSegments(f.kind))
        return f.at;
    if (f.match.segment) {
        for (const TraceEvent& e : trace.events)
            if (const auto* sent = std::get_if<SegmentSent>(&e.body);
                sent && sent->seg == *f.match.segment)
                return e.t;
    }
    return f.match.between ? f.match.between->from : Micros{0};
}

// --- Segments

SegmentEditProblem segmentEditProblem(const Trace& trace, SegId id, FaultKind kind) {
    if (id < 0 || static_cast<std::size_t>(id) >= trace.segments.size())
        return SegmentEditProblem::NoSuchSegment;
    const SegmentRecord& rec = trace.segments[static_cast<std::size_t>(id)];
    if (rec.toHost == kNone)
        return SegmentEditProblem::NoDestination;
    if (kind == FaultKind::Duplicate && rec.origin == SegmentOrigin::Duplicate)
        return SegmentEditProblem::IsCopy;
    for (const TraceEvent& e : trace.events) {
        const auto* applied = std::get_if<FaultApplied>(&e.body);
        if (applied && applied->seg == id &&
            (applied->action == FaultAction::Dropped ||
             applied->action == FaultAction::Partitioned))
            return SegmentEditProblem::AlreadyLost;
    }
    return SegmentEditProblem::None;
}

Scenario dropSegment(Scenario scenario, const Trace& trace, SegId id) {
    // A drop takes the segment first (docs/scenario-format.md, "Matching
    // segments"): a lab delay or copy of it would be left doing nothing.
    scenario = removeLabSegmentFaults(std::move(scenario), FaultKind::Delay, id);
    scenario = removeLabSegmentFaults(std::move(scenario), FaultKind::Duplicate, id);
    return addSegmentFault(std::move(scenario), trace, id, FaultKind::Drop, Micros{0});
}

Scenario delaySegment(Scenario scenario, const Trace& trace, SegId id, Micros by) {
    if (by <= Micros{0})
        throw EditError("a delay must be above 0s");
    scenario = removeLabSegmentFaults(std::move(scenario), FaultKind::Delay, id);
    return addSegmentFault(std::move(scenario), trace, id, FaultKind::Delay, by);
}

Scenario duplicateSegment(Scenario scenario, const Trace& trace, SegId id, Micros after) {
    if (after < Micros{0})
        throw EditError("a copy cannot be sent before its original");
    return addSegmentFault(std::move(scenario), trace, id, FaultKind::Duplicate, after);
}

// --- Links

LinkParams currentLink(const Scenario& scenario, Micros at, const std::string& from,
                       const std::string& to) {
    LinkParams params = scenario.defaultLink;
    for (const LinkSpec& link : scenario.links)
        if (link.from == from && link.to == to)
            params = link.params;
    // The simulator applies changes in order of time, equal times in list order.
    std::vector<const FaultSpec*> faults;
    for (const FaultSpec& f : scenario.faults)
        if (f.kind == FaultKind::Link && f.at <= at && f.link.from == from && f.link.to == to)
            faults.push_back(&f);
    std::stable_sort(faults.begin(), faults.end(),
                     [](const FaultSpec* a, const FaultSpec* b) { return a->at < b->at; });
    for (const FaultSpec* f : faults) {
        params.delay = f->link.delay.value_or(params.delay);
        params.jitter = f->link.jitter.value_or(params.jitter);
        params.loss = f->link.loss.value_or(params.loss);
    }
    return params;
}

Scenario changeLink(Scenario scenario, Micros at, const std::string& from, const std::string& to,
                    const LinkParams& params) {
    edit::checkTime(scenario, at);
    edit::requireHost(scenario, from);
    edit::requireHost(scenario, to);
    if (from == to)
        throw EditError("a link joins two different hosts");
    if (params.delay < Micros{0} || params.jitter < Micros{0} || !(params.loss >= 0.0) ||
        params.loss > 1.0)
        throw EditError("a link needs a delay and jitter of 0s or more and a loss from 0 to 1");
    const LinkChange change{from, to, params.delay, params.jitter, params.loss};
    const std::vector<EditRef> edits = labEdits(scenario);
    if (!edits.empty() && edits.back().place == EditPlace::Fault) {
        FaultSpec& last = scenario.faults[edits.back().index];
        if (last.kind == FaultKind::Link && last.at == at && last.link.from == from &&
            last.link.to == to) {
            last.link = change;
            return scenario;
        }
    }
    FaultSpec fault;
    fault.kind = FaultKind::Link;
    fault.at = at;
    fault.link = change;
    return edit::addFault(std::move(scenario), std::move(fault));
}

// --- Hosts

bool hostUpAt(const Scenario& scenario, const std::string& host, Micros at) {
    // The simulator runs faults at equal times in list order; a stable sort keeps it.
    std::vector<const FaultSpec*> events;
    for (const FaultSpec& f : scenario.faults)
        if ((f.kind == FaultKind::Crash || f.kind == FaultKind::Restart) && f.host == host &&
            f.at <= at)
            events.push_back(&f);
    std::stable_sort(events.begin(), events.end(),
                     [](const FaultSpec* a, const FaultSpec* b) { return a->at < b->at; });
    return events.empty() || events.back()->kind == FaultKind::Restart;
}

Scenario crashHost(Scenario scenario, Micros at, const std::string& host) {
    edit::checkTime(scenario, at);
    edit::requireHost(scenario, host);
    if (!hostUpAt(scenario, host, at))
        throw EditError("host \"" + host + "\" is already down");
    FaultSpec fault;
    fault.kind = FaultKind::Crash;
    fault.at = at;
    fault.host = host;
    return edit::addFault(std::move(scenario), std::move(fault));
}

Scenario restartHost(Scenario scenario, Micros at, const std::string& host) {
    edit::checkTime(scenario, at);
    edit::requireHost(scenario, host);
    if (hostUpAt(scenario, host, at))
        throw EditError("host \"" + host + "\" is up");
    FaultSpec fault;
    fault.kind = FaultKind::Restart;
    fault.at = at;
    fault.host = host;
    return edit::addFault(std::move(scenario), std::move(fault));
}

} // namespace core
