#pragma once

#include "scenario.h"
#include "trace.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <utility>
#include <vector>

namespace core {

// The links between hosts: per direction delay, jitter and loss, and the
// changes a scenario makes to them over time.
class Network {
public:
    Network() = default;
    void setDefault(const LinkParams& params) { m_default = params; }
    void setLink(HostId from, HostId to, const LinkParams& params) { m_links[{from, to}] = params; }

    // From `at` on, the link from -> to takes the values `change` gives and
    // keeps the others. Changes must be added in order of time; a later one
    // at the same time applies on top of an earlier one.
    void changeLink(Micros at, HostId from, HostId to, const LinkChange& change) {
        LinkParams params = this->params(from, to, at);
        if (change.delay)
            params.delay = *change.delay;
        if (change.jitter)
            params.jitter = *change.jitter;
        if (change.loss)
            params.loss = *change.loss;
        m_changes[{from, to}].emplace_back(at, params);
    }

    // The link from -> to as it is for a segment sent at `t`.
    const LinkParams& params(HostId from, HostId to, Micros t) const {
        if (const auto changes = m_changes.find({from, to}); changes != m_changes.end()) {
            const auto& list = changes->second;
            const auto after = std::upper_bound(
                list.begin(), list.end(), t,
                [](Micros time, const std::pair<Micros, LinkParams>& c) { return time < c.first; });
            if (after != list.begin())
                return std::prev(after)->second;
        }
        const auto it = m_links.find({from, to});
        return it == m_links.end() ? m_default : it->second;
    }

private:
    LinkParams m_default;
    std::map<std::pair<HostId, HostId>, LinkParams> m_links;
    std::map<std::pair<HostId, HostId>, std::vector<std::pair<Micros, LinkParams>>> m_changes;
};

} // namespace core
