#include "rto_estimator.h"

#include <algorithm>

namespace core {

namespace {
// RFC 6298 clock granularity G: the model's clock is exact, so one tick of 1 ms
// stands in for the kernel's jiffy.
constexpr Micros kGranularity = 1ms;
} // namespace

RtoEstimator::RtoEstimator(Micros initial, Micros min, Micros max)
    : m_min(min), m_max(max), m_rto(initial) {}

Micros RtoEstimator::clamp(Micros value) const {
    return std::clamp(value, m_min, m_max);
}

void RtoEstimator::addSample(Micros rtt) {
    if (!m_srtt) {
        // (2.2) SRTT <- R, RTTVAR <- R/2
        m_srtt = rtt;
        m_rttvar = rtt / 2;
    } else {
        // (2.3) RTTVAR <- 3/4 RTTVAR + 1/4 |SRTT - R'|; SRTT <- 7/8 SRTT + 1/8 R'
        const Micros diff = *m_srtt > rtt ? *m_srtt - rtt : rtt - *m_srtt;
        m_rttvar = (3 * m_rttvar + diff) / 4;
        m_srtt = (7 * *m_srtt + rtt) / 8;
    }
    // RTO <- SRTT + max(G, K*RTTVAR) with K = 4, then (2.4)/(2.5) bounds.
    m_rto = clamp(*m_srtt + std::max(kGranularity, 4 * m_rttvar));
}

void RtoEstimator::backOff() {
    m_rto = std::min(m_rto * 2, m_max);
}

void RtoEstimator::applyFallback(Micros fallback) {
    if (!m_srtt)
        m_rto = std::max(m_rto, fallback);
}

} // namespace core
