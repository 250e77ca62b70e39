#pragma once

#include "time.h"

#include <optional>

namespace core {

// The RFC 6298 retransmission timeout: SRTT and RTTVAR from RTT samples, the
// RTO clamped to [min, max], doubled on each timeout (back-off).
class RtoEstimator {
public:
    RtoEstimator(Micros initial, Micros min, Micros max);

    // (2.2) first sample, (2.3) later samples; resets the back-off. Callers
    // follow Karn's rule: no samples from retransmitted segments.
    void addSample(Micros rtt);
    // (5.5) back off the timer: RTO <- RTO * 2, up to the maximum.
    void backOff();
    // (5.7) after a retransmitted SYN, data starts with RTO = fallback if no
    // sample has been taken yet.
    void applyFallback(Micros fallback);

    Micros rto() const { return m_rto; }
    std::optional<Micros> srtt() const { return m_srtt; }
    Micros rttvar() const { return m_rttvar; }

private:
    Micros clamp(Micros value) const;

    Micros m_min;
    Micros m_max;
    Micros m_rto;
    std::optional<Micros> m_srtt;
    Micros m_rttvar{};
};

} // namespace core
