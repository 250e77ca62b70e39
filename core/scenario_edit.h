#pragma once

// The learner's edits in the lab. Everything done to a running scenario (drop
// this segment, change the delay from now on, inject a RST, crash a host, call
// close() now) becomes one more fault or script action at the current virtual
// time `at` (the playhead), marked with the next edit number (FaultSpec::edit,
// AppAction::edit). The caller simulates the result again; simulate() is
// prefix-stable, so an edit at `at` leaves every event before `at` as it was.
//
// Every function returns a valid scenario: toJson() writes it and
// parseScenario() reads it back unchanged, and unusedFaults() does not flag
// the new fault. A request that cannot give that throws EditError; the
// *Problem() and hostUpAt() functions tell beforehand, so that a control can
// be disabled instead.

#include "scenario.h"
#include "seqnum.h"
#include "trace.h"

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace core {

// A request that would leave the scenario invalid, or whose fault would do
// nothing. The message is for developers; a UI checks first and says it itself.
class EditError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// --- The list of edits

enum class EditPlace : std::uint8_t { Fault, Script };

// One lab edit: where its entry is and its number.
struct EditRef {
    int number = 0;
    EditPlace place = EditPlace::Fault;
    std::size_t index = 0; // into Scenario::faults or Scenario::script
    friend bool operator==(const EditRef&, const EditRef&) = default;
};

// The lab edits in the order they were made (by number).
std::vector<EditRef> labEdits(const Scenario& scenario);
// The number the next edit gets: one more than the highest so far, 1 for none.
int nextEditNumber(const Scenario& scenario);
// The scenario without edit `editNumber`; the later edits move down one number
// so that the numbers stay 1, 2, 3 ... Unknown numbers change nothing.
// A later edit on a segment may then match none (see "Segments" below).
Scenario withoutEdit(Scenario scenario, int editNumber);
// When an edit acts: its `at`, or for a segment fault the time its segment
// was sent in `trace` (the trace of `scenario`).
Micros editTime(const Scenario& scenario, const Trace& trace, const EditRef& edit);

// --- Segments: a fault that matches exactly one segment: its trace id, and
// its sender, receiver and flags. A later edit at an earlier time can change
// the segment's id; the fault then matches nothing, and unusedFaults() says
// so, rather than acting on another segment.

enum class SegmentEditProblem : std::uint8_t {
    None,
    NoSuchSegment, // the trace has no segment with this id
    NoDestination, // sent to an address no host has: faults never see it
    AlreadyLost,   // a drop or partition fault already takes it
    IsCopy,        // for a duplicate: a copy made by a duplicate fault is never copied
};

// Why a fault of `kind` (Drop, Delay or Duplicate) on segment `id` would do
// nothing, or None.
SegmentEditProblem segmentEditProblem(const Trace& trace, SegId id, FaultKind kind);

// The segment is lost half-way. Lab delays and duplicates of the same segment,
// which a drop leaves without effect, are taken out.
Scenario dropSegment(Scenario scenario, const Trace& trace, SegId id);
// The segment arrives `by` (above 0) later; replaces a lab delay of the same segment.
Scenario delaySegment(Scenario scenario, const Trace& trace, SegId id, Micros by);
// The network sends a copy of the segment `after` it.
Scenario duplicateSegment(Scenario scenario, const Trace& trace, SegId id, Micros after);

// --- Links

// The parameters of the direction from -> to for a segment sent at `at`: the
// scenario's link, its entry in `links`, then the link faults up to `at`.
LinkParams currentLink(const Scenario& scenario, Micros at, const std::string& from,
                       const std::string& to);
// From `at` on, the direction from -> to has `params` (a link fault with all
// three values). When the last lab edit changed the same direction at the same
// time, it is replaced instead: a slider moved five times is one edit.
Scenario changeLink(Scenario scenario, Micros at, const std::string& from, const std::string& to,
                    const LinkParams& params);

// --- Hosts

// Whether the host is up at `at`, after the crash and restart faults up to then.
bool hostUpAt(const Scenario& scenario, const std::string& host, Micros at);
// The host must be up, for a crash, or down, for a restart.
Scenario crashHost(Scenario scenario, Micros at, const std::string& host);
Scenario restartHost(Scenario scenario, Micros at, const std::string& host);

// --- Application calls

// The socket names a call can use at `at`: the scenario's sockets, then the
// connections accepted by then ("srv/1"), in the order they were accepted.
std::vector<std::string> socketsAt(const Scenario& scenario, const Trace& trace, Micros at);
// `action` made at `at` (its trigger is replaced). listen and connect need a
// socket of the scenario; connect a host of the scenario and a port 1 to 65535.
Scenario appCall(Scenario scenario, Micros at, AppAction action);

// --- Injected segments

// The host name an off-path sender gets when the scenario has none.
inline constexpr std::string_view kAttackerHost = "attacker";

// Sends `spec` at `at`. A sending host the scenario lacks is added with a free
// address (10.0.0.66 or the next free one); it must be up at `at`.
Scenario injectSegment(Scenario scenario, Micros at, InjectSpec spec);

// Who sends a crafted RST: the target's peer itself, or an off-path host that
// claims the peer's address and port.
enum class RstSender : std::uint8_t { Peer, OffPath };

// The sequence number of a crafted RST.
struct SeqChoice {
    enum class Kind : std::uint8_t {
        InWindow,    // RCV.NXT: the one value every stack accepts (RFC 5961 3.2)
        OutOfWindow, // RCV.NXT + 2^30, beyond any receive window (at most 2^30 - 2^16)
        Exact,       // `seq`
    };
    Kind kind = Kind::InWindow;
    std::uint32_t seq = 0;
};

// The target's RCV.NXT at `at` as the trace shows it: the peer's ISN + 1 once
// its SYN arrived, then the highest acknowledgment number the target sent,
// advanced over segments from the peer that arrived in order but are not
// acknowledged yet (a delayed ACK). nullopt before the peer's SYN arrived.
std::optional<SeqNum> rcvNxtAt(const Trace& trace, ConnId target, Micros at);

// A RST into connection `target` of `trace` at `at`, from the target's peer
// (address and port) to the target, as `sender` sends it. Before the peer's
// SYN arrived (SYN-SENT) there is no RCV.NXT: the RST then carries an ACK of
// the target's SYN (RFC 9293 3.10.7.3), out of the window one 2^30 further.
// An off-path sender is the host "attacker" ("attacker2" ... if that is one
// end of the connection), which injectSegment() adds if the scenario has none.
// Throws EditError for a connection with no peer.
InjectSpec rstInto(const Trace& trace, const Scenario& scenario, Micros at, ConnId target,
                   RstSender sender, SeqChoice choice);

} // namespace core
