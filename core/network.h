#pragma once

#include "scenario.h"
#include "trace.h"

#include <map>
#include <utility>

namespace core {

// The links between hosts: per direction delay, jitter and loss.
class Network {
public:
    Network() = default;
    void setDefault(const LinkParams& params) { m_default = params; }
    void setLink(HostId from, HostId to, const LinkParams& params) { m_links[{from, to}] = params; }
    const LinkParams& params(HostId from, HostId to) const {
        const auto it = m_links.find({from, to});
        return it == m_links.end() ? m_default : it->second;
    }

private:
    LinkParams m_default;
    std::map<std::pair<HostId, HostId>, LinkParams> m_links;
};

} // namespace core
