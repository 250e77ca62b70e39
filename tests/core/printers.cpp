#include "printers.h"

namespace core {

void PrintTo(State s, std::ostream* os) {
    *os << toString(s);
}

void PrintTo(SeqNum s, std::ostream* os) {
    *os << s.value();
}

void PrintTo(SocketError e, std::ostream* os) {
    *os << (e == SocketError::None ? std::string_view("no error") : toString(e));
}

void PrintTo(SegmentOrigin o, std::ostream* os) {
    *os << toString(o);
}

void PrintTo(DropReason r, std::ostream* os) {
    *os << toString(r);
}

void PrintTo(FaultAction a, std::ostream* os) {
    *os << toString(a);
}

void PrintTo(const FaultApplied& f, std::ostream* os) {
    *os << "{fault " << f.fault << ", #" << f.seg << ", " << toString(f.action) << "}";
}

} // namespace core
