#!/usr/bin/env bash
# Re-records the real captures of this directory (README.md says what each
# shows). Needs root, dumpcap, tcpdump, editcap, iproute2 and python3. The
# loopback captures filter on their own ports; the others run in two network
# namespaces joined by a veth pair, so no other traffic is disturbed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
readonly ACTOR="python3 $PWD/tcp_actor.py"
readonly NS_C=hlcap_c NS_S=hlcap_s

# capture IFACE FILTER FILE DUMPCAP_ARGS... -- COMMAND: records COMMAND's packets.
capture() {
    local iface="$1" filter="$2" file="$3"
    shift 3
    local args=()
    while [[ "$1" != "--" ]]; do args+=("$1"); shift; done
    shift
    dumpcap -q -i "$iface" -f "$filter" -w "$file" -a duration:4 "${args[@]}" 2>/dev/null &
    local pid=$!
    sleep 1
    "$@"
    wait "$pid"
}

in_ns() {
    local ns="$1"
    shift
    ip netns exec "$ns" "$@"
}

loopback_exchange() { # PORT HOST [client args...]
    local port="$1" host="$2"
    shift 2
    $ACTOR server "$host" "$port" &
    local server=$!
    sleep 0.5
    $ACTOR client "$host" "$port" "$@"
    wait "$server"
}

make_loopback() {
    capture lo 'tcp port 5555' loopback-handshake.pcapng -- loopback_exchange 5555 127.0.0.1
    capture lo 'tcp port 5556' loopback-ipv6.pcapng -- loopback_exchange 5556 ::1
    capture lo 'tcp port 5557' rst-closed-port.pcap -P -- $ACTOR refused 127.0.0.1 5557
    capture lo 'tcp port 5558' loopback-reuse.pcapng -- reuse_exchange
    capture any 'tcp port 5559' cooked-sll.pcap -P -y LINUX_SLL -- loopback_exchange 5559 127.0.0.1
    capture any 'tcp port 5560' cooked-sll2.pcapng -y LINUX_SLL2 -- loopback_exchange 5560 127.0.0.1
    # The same connection without its first three packets: a capture started late.
    editcap loopback-handshake.pcapng mid-connection.pcapng 1-3
}

# Two connections from the same client port: the server closes first (its side
# keeps TIME-WAIT), so the client can reuse the 4-tuple at once.
reuse_exchange() {
    $ACTOR server 127.0.0.1 5558 --close-first --count 2 &
    local server=$!
    sleep 0.5
    $ACTOR client 127.0.0.1 5558 --bind-port 40123
    sleep 0.5
    $ACTOR client 127.0.0.1 5558 --bind-port 40123
    wait "$server"
}

setup_namespaces() {
    ip netns add "$NS_C"
    ip netns add "$NS_S"
    ip link add hlc0 type veth peer name hls0
    ip link set hlc0 netns "$NS_C"
    ip link set hls0 netns "$NS_S"
    ip -n "$NS_C" addr add 10.77.0.1/24 dev hlc0
    ip -n "$NS_S" addr add 10.77.0.2/24 dev hls0
    for ns in "$NS_C" "$NS_S"; do
        ip -n "$ns" link set lo up
    done
    ip -n "$NS_C" link set hlc0 up
    ip -n "$NS_S" link set hls0 up
    sleep 1
}

teardown_namespaces() {
    ip netns del "$NS_C" 2>/dev/null || true
    ip netns del "$NS_S" 2>/dev/null || true
}

# A blackhole route in the server's namespace silently drops what the server
# sends to the client for a while: the kernel retransmits.
blackhole_for() { # START DURATION
    sleep "$1"
    ip -n "$NS_S" route add blackhole 10.77.0.1/32
    sleep "$2"
    ip -n "$NS_S" route del blackhole 10.77.0.1/32
}

# Captured at both ends at once: FILE_STEM-client.pcapng, FILE_STEM-server.pcapng.
two_point() { # STEM PORT -- COMMAND
    local stem="$1" port="$2"
    shift 3
    in_ns "$NS_S" dumpcap -q -i hls0 -f "tcp port $port" -w "$stem-server.pcapng" -a duration:5 2>/dev/null &
    local server_pid=$!
    in_ns "$NS_C" dumpcap -q -i hlc0 -f "tcp port $port" -w "$stem-client.pcapng" -a duration:5 2>/dev/null &
    local client_pid=$!
    sleep 1
    "$@"
    wait "$server_pid" "$client_pid"
}

syn_ack_lost() { # the first SYN-ACKs never leave the server
    in_ns "$NS_S" $ACTOR server 10.77.0.2 6001 &
    local server=$!
    sleep 0.5
    blackhole_for 0 0.5 &
    local blackhole=$!
    sleep 0.1
    in_ns "$NS_C" $ACTOR client 10.77.0.2 6001
    wait "$server" "$blackhole"
}

# The client drops what arrives from the server for a while, after both
# capture points: a blackhole route back to the server and strict reverse-path
# filtering. The server's "world" is captured, lost, and retransmitted.
deaf_client_for() { # START DURATION
    sleep "$1"
    ip -n "$NS_C" route add blackhole 10.77.0.2/32
    sleep "$2"
    ip -n "$NS_C" route del blackhole 10.77.0.2/32
}

data_lost() {
    in_ns "$NS_C" sysctl -qw net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.hlc0.rp_filter=1
    in_ns "$NS_S" $ACTOR server 10.77.0.2 6002 --delay-reply 0.3 &
    local server=$!
    sleep 0.5
    deaf_client_for 0.2 0.5 &
    local deaf=$!
    in_ns "$NS_C" $ACTOR client 10.77.0.2 6002
    wait "$server" "$deaf"
}

make_veth() {
    trap teardown_namespaces EXIT
    teardown_namespaces
    setup_namespaces
    two_point veth-syn-ack-lost 6001 -- syn_ack_lost
    two_point veth-data-lost 6002 -- data_lost
}

# Broken files made from the real ones (python3: exact bytes, no randomness).
make_corrupt() {
    python3 - <<'PY'
import struct
good = open("rst-closed-port.pcap", "rb").read()
# Cut in the middle of the second packet's data.
first_len = struct.unpack_from("<I", good, 24 + 8)[0]
second = 24 + 16 + first_len
open("truncated.pcap", "wb").write(good[: second + 16 + 10])
# Not a capture at all.
open("garbage.pcap", "wb").write(b"This is not a capture file, just text.\n" * 4)
# Packet 1: IPv4 header length 4 words (< 5); packet 2: TCP data offset 3 (< 5).
bad = bytearray(open("loopback-handshake.pcap", "rb").read())
def packet_offsets(data):
    offsets, at = [], 24
    while at + 16 <= len(data):
        caplen = struct.unpack_from("<I", data, at + 8)[0]
        offsets.append(at + 16)
        at += 16 + caplen
    return offsets
offsets = packet_offsets(bad)
bad[offsets[0] + 14] = 0x44
bad[offsets[1] + 14 + 20 + 12] = 0x30
open("bad-headers.pcap", "wb").write(bytes(bad))
PY
}

main() {
    make_loopback
    editcap -F pcap loopback-handshake.pcapng loopback-handshake.pcap
    make_veth
    make_corrupt
    chmod 644 ./*.pcap ./*.pcapng
    ls -l ./*.pcap ./*.pcapng
}

main "$@"
