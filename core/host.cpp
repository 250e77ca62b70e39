#include "host.h"

#include <algorithm>

namespace core {

Host::Host(HostId id, std::string name, Address address, const Profile& profile)
    : m_id(id), m_name(std::move(name)), m_address(address), m_profile(profile),
      m_nextEphemeral(profile.ephemeralFirst) {}

std::optional<ConnId> Host::find(Port local, Endpoint remote) const {
    const auto it = m_conns.find(key(local, remote));
    if (it == m_conns.end())
        return std::nullopt;
    return it->second;
}

void Host::bind(Port local, Endpoint remote, ConnId conn) {
    m_conns[key(local, remote)] = conn;
}

void Host::unbind(Port local, Endpoint remote) {
    m_conns.erase(key(local, remote));
}

Listener* Host::listener(Port port) {
    const auto it = m_listeners.find(port);
    return it == m_listeners.end() ? nullptr : &it->second;
}

bool Host::addListener(Port port, ConnId conn, std::uint32_t backlog, std::string socket) {
    if (m_listeners.contains(port))
        return false;
    Listener l;
    l.conn = conn;
    l.socket = std::move(socket);
    l.backlog = backlog;
    m_listeners.emplace(port, std::move(l));
    return true;
}

void Host::removeListener(Port port) {
    m_listeners.erase(port);
}

bool Host::synQueueFull(const Listener& l) const {
    const auto limit =
        std::min(l.backlog, static_cast<std::uint32_t>(std::max(m_profile.synBacklog, 0)));
    return l.synQueue >= limit;
}

std::optional<Port> Host::allocateEphemeral(Endpoint remote) {
    const unsigned first = m_profile.ephemeralFirst;
    const unsigned count = static_cast<unsigned>(m_profile.ephemeralLast) - first + 1;
    for (unsigned i = 0; i < count; ++i) {
        const auto port = static_cast<Port>(first + (m_nextEphemeral - first + i) % count);
        // A port is free for this destination when no 4-tuple (TIME-WAIT
        // included) uses it and nothing listens on it.
        if (!m_conns.contains(key(port, remote)) && !m_listeners.contains(port)) {
            m_nextEphemeral = static_cast<Port>(first + (port - first + 1u) % count);
            return port;
        }
    }
    return std::nullopt;
}

bool Host::bindUdp(Port port, ConnId socket) {
    return m_udp.emplace(port, socket).second;
}

std::optional<ConnId> Host::findUdp(Port port) const {
    const auto it = m_udp.find(port);
    if (it == m_udp.end())
        return std::nullopt;
    return it->second;
}

std::optional<Port> Host::allocateUdpPort() {
    for (unsigned p = m_profile.ephemeralFirst; p <= m_profile.ephemeralLast; ++p)
        if (!m_udp.contains(static_cast<Port>(p)))
            return static_cast<Port>(p);
    return std::nullopt;
}

void Host::crash() {
    m_up = false;
    m_conns.clear();
    m_listeners.clear();
    m_udp.clear();
    m_nextEphemeral = m_profile.ephemeralFirst;
}

} // namespace core
