#pragma once

#include "core/capture_point.h"
#include "core/trace.h"

#include <string_view>
#include <vector>

// What Wireshark's TCP sequence analysis should say about each packet of a
// capture, from the model's ground truth and what the capture point saw.
//
// Wireshark judges by sequence numbers alone, in capture order: a segment that
// occupies sequence space (payload, SYN or FIN) and starts below the highest
// sequence number already seen in its direction ("next expected sequence
// number") is a retransmission, a fast retransmission or out of order; a
// segment with at most one byte of payload, no SYN, FIN or RST, one below that
// number is a keep-alive (the Wireshark User's Guide, "TCP Analysis"). The
// model knows why each segment was sent. They agree, except:
// * a retransmission whose earlier copies never passed the capture point (lost
//   on the way to it) is new to the capture: Wireshark cannot flag it;
// * a first transmission overtaken in flight by a later one (link jitter) is
//   seen after higher sequence numbers: Wireshark calls it out of order or a
//   (fast) retransmission, by timing heuristics;
// * a segment that is new to the model but reuses sequence space its sender
//   already used: the SYN-ACK of a simultaneous open repeats the SYN's
//   sequence number (RFC 9293 Figure 7), a SYN-cookie SYN-ACK answering a
//   retransmitted SYN repeats the cookie, a fault's duplicate repeats its
//   original. Wireshark calls it a retransmission (or out of order);
// * a retransmitted one-byte segment looks exactly like a keep-alive probe.
// UDP datagrams have no sequence numbers: Wireshark flags none of them.
namespace capturetest {

enum class Expected {
    NotRetransmission, // not tcp.analysis.retransmission, not a keep-alive
    Retransmission,    // tcp.analysis.retransmission: the model retransmitted it
    Reordered,         // tcp.analysis.out_of_order or .retransmission: overtaken in flight
    Repeated,          // tcp.analysis.retransmission or .out_of_order: new, same sequence space
    KeepAlive,         // tcp.analysis.keep_alive, not .retransmission
};

std::string_view toString(Expected e);

struct ExpectedPacket {
    Expected verdict = Expected::NotRetransmission;
    // A model retransmission the capture had not seen before (the first case above).
    bool unseenRetransmission = false;
};

// One entry per captured segment, in capture order.
std::vector<ExpectedPacket> expectedAnalysis(const core::Trace& trace,
                                             const std::vector<core::CapturedSegment>& captured);

} // namespace capturetest
