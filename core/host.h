#pragma once

#include "address.h"
#include "connection.h"
#include "profile.h"
#include "trace.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

namespace core {

// A listening socket's bookkeeping: the SYN queue (children in SYN-RECEIVED)
// and the accept queue (established, not yet accepted).
struct Listener {
    ConnId conn = kNone;
    std::string socket;
    std::uint32_t backlog = 0;
    std::uint32_t synQueue = 0;
    std::uint32_t acceptQueue = 0;
    int accepted = 0; // children handed to the application so far
};

// One host: its address, its connections by 4-tuple, its listeners and its
// ephemeral ports. Holds ids only; the simulator owns the connections.
class Host {
public:
    Host(HostId id, std::string name, Address address, const Profile& profile);

    HostId id() const { return m_id; }
    const std::string& name() const { return m_name; }
    Address address() const { return m_address; }
    bool up() const { return m_up; }

    // Demultiplexing by (local port, remote address, remote port).
    std::optional<ConnId> find(Port local, Endpoint remote) const;
    void bind(Port local, Endpoint remote, ConnId conn);
    void unbind(Port local, Endpoint remote);

    Listener* listener(Port port);
    // False when the port already has a listener (EADDRINUSE).
    bool addListener(Port port, ConnId conn, std::uint32_t backlog, std::string socket);
    void removeListener(Port port);
    // A listener's SYN queue is full (Linux: the listen backlog, capped by
    // tcp_max_syn_backlog).
    bool synQueueFull(const Listener& l) const;

    // UDP sockets by local port.
    bool bindUdp(Port port, ConnId socket);
    std::optional<ConnId> findUdp(Port port) const;
    void unbindUdp(Port port) { m_udp.erase(port); }
    std::optional<Port> allocateUdpPort();

    // The next free ephemeral port for a connection to `remote`, in order from
    // where the last search stopped; nullopt when all are taken (EADDRNOTAVAIL).
    std::optional<Port> allocateEphemeral(Endpoint remote);

    // All state is lost: no connections, no listeners. The simulator first
    // closes the connections themselves.
    void crash();
    void restart() { m_up = true; }

private:
    static std::uint64_t key(Port local, Endpoint remote) {
        return static_cast<std::uint64_t>(remote.address.v4) << 32 |
               static_cast<std::uint64_t>(remote.port) << 16 | local;
    }

    HostId m_id;
    std::string m_name;
    Address m_address;
    const Profile& m_profile;
    bool m_up = true;
    std::unordered_map<std::uint64_t, ConnId> m_conns;
    std::map<Port, Listener> m_listeners;
    std::map<Port, ConnId> m_udp;
    Port m_nextEphemeral;
};

} // namespace core
