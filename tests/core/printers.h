#pragma once

// How GoogleTest prints the model's values in failure messages. Every test file
// of core_tests that compares these types includes this header: a printer seen
// by some files and not others would be an ODR violation.

#include "core/seqnum.h"
#include "core/state.h"
#include "core/trace.h"

#include <ostream>

namespace core {

void PrintTo(State s, std::ostream* os);
void PrintTo(SeqNum s, std::ostream* os);
void PrintTo(SocketError e, std::ostream* os);
void PrintTo(SegmentOrigin o, std::ostream* os);
void PrintTo(DropReason r, std::ostream* os);
void PrintTo(FaultAction a, std::ostream* os);
void PrintTo(const FaultApplied& f, std::ostream* os);

} // namespace core
