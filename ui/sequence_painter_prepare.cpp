// What the sequence painter works out once per diagram, so that a frame only
// draws: where each arrow's label goes, which arrows cross, lane captions.

#include "ui/sequence_painter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <tuple>

namespace ui {

namespace {

// How far along `a` from its start it crosses `b` (infinity if it does not).
double crossingAt(const Arrow& a, const Arrow& b) {
    const QPointF p(a.from.x, a.from.y);
    const QPointF r = QPointF(a.to.x, a.to.y) - p;
    const QPointF q(b.from.x, b.from.y);
    const QPointF s = QPointF(b.to.x, b.to.y) - q;
    const double denominator = r.x() * s.y() - r.y() * s.x();
    if (std::abs(denominator) < 1e-9)
        return std::numeric_limits<double>::infinity();
    const QPointF qp = q - p;
    const double t = (qp.x() * s.y() - qp.y() * s.x()) / denominator;
    const double u = (qp.x() * r.y() - qp.y() * r.x()) / denominator;
    if (t < 0.0 || t > 1.0 || u < 0.0 || u > 1.0)
        return std::numeric_limits<double>::infinity();
    return t * std::hypot(r.x(), r.y());
}

} // namespace

void SequencePainter::prepareArrows() {
    const auto& arrows = m_diagram->arrows;
    std::vector<std::pair<double, double>> spans;
    spans.reserve(arrows.size());
    m_arrowText.clear();
    m_arrowText.reserve(arrows.size());
    // Segments sent together the same way share one line.
    std::map<std::tuple<double, double, double, double>, std::vector<int>> onLine;
    for (std::size_t i = 0; i < arrows.size(); ++i) {
        const Arrow& a = arrows[i];
        spans.emplace_back(a.from.y, a.to.y);
        m_arrowText.push_back(QString::fromStdString(a.label));
        onLine[{a.from.x, a.from.y, a.to.x, a.to.y}].push_back(static_cast<int>(i));
    }
    m_arrowIndex = SpanIndex(spans);
    // Labels that matter most get their place first: segments that open,
    // close or reset, and anything out of the ordinary.
    m_labelFirst.assign(arrows.size(), false);
    for (std::size_t i = 0; i < arrows.size(); ++i) {
        const Arrow& a = arrows[i];
        const QString& text = m_arrowText[i];
        m_labelFirst[i] = text.contains(QLatin1String("SYN")) ||
                          text.contains(QLatin1String("FIN")) ||
                          text.contains(QLatin1String("RST")) || a.lost || a.retransmission ||
                          a.injected || a.duplicate || a.challengeAck || a.hostReset;
    }
    // On a shared line the first label goes below it and the last above; a
    // burst of more says how many more there are between them.
    m_labelSlot.assign(arrows.size(), 0);
    for (const auto& [line, group] : onLine) {
        if (group.size() < 2)
            continue;
        for (std::size_t k = 1; k + 1 < group.size(); ++k)
            m_labelSlot[static_cast<std::size_t>(group[k])] = kNoLabel;
        m_labelSlot[static_cast<std::size_t>(group.back())] = 1;
        if (group.size() > 2)
            m_arrowText[static_cast<std::size_t>(group.front())] +=
                tr(" (+%1 more)").arg(group.size() - 2);
    }
    // Two arrows that cross between the same lanes (a simultaneous open) get
    // their labels on opposite sides, so that the labels part at the crossing,
    // and short (on two lines) to keep clear of it.
    m_crossAt.assign(arrows.size(), std::numeric_limits<double>::infinity());
    m_crossedBy.assign(arrows.size(), -1);
    for (std::size_t i = 1; i < arrows.size(); ++i) {
        const Arrow& a = arrows[i];
        for (std::size_t j = i - std::min<std::size_t>(i, 16); j < i; ++j) {
            const Arrow& b = arrows[j];
            const bool crossing = b.fromLane == a.toLane && b.toLane == a.fromLane &&
                                  b.from.y < a.to.y && a.from.y < b.to.y;
            if (!crossing)
                continue;
            const double ti = crossingAt(a, b);
            const double tj = crossingAt(b, a);
            if (ti < m_crossAt[i]) {
                m_crossAt[i] = ti;
                m_crossedBy[i] = static_cast<int>(j);
            }
            if (tj < m_crossAt[j]) {
                m_crossAt[j] = tj;
                m_crossedBy[j] = static_cast<int>(i);
            }
            if (m_labelSlot[i] == 0 && m_labelSlot[j] == 0)
                m_labelSlot[i] = 1;
        }
    }
}

void SequencePainter::prepareCaptions() {
    const auto& lanes = m_diagram->lifelines;
    m_captions.clear();
    std::map<std::pair<core::HostId, core::Port>, int> laneOf;
    for (std::size_t i = 0; i < lanes.size(); ++i)
        laneOf[{lanes[i].host, lanes[i].port}] = static_cast<int>(i);
    std::vector<bool> passive(lanes.size(), false);
    std::vector<bool> active(lanes.size(), false);
    if (m_trace) {
        std::set<core::ConnId> listeners;
        for (const core::TraceEvent& e : m_trace->events) {
            if (const auto* call = std::get_if<core::AppCalled>(&e.body)) {
                if (call->call == core::AppCall::Listen)
                    listeners.insert(call->conn);
            }
        }
        for (std::size_t c = 0; c < m_trace->conns.size(); ++c) {
            const core::ConnInfo& info = m_trace->conns[c];
            const auto it = laneOf.find({info.host, info.localPort});
            if (it == laneOf.end() || info.protocol != core::Protocol::Tcp)
                continue;
            const bool isPassive =
                info.listener != core::kNone || listeners.count(static_cast<core::ConnId>(c)) > 0;
            (isPassive ? passive : active)[static_cast<std::size_t>(it->second)] = true;
        }
    }
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        QString caption = QString::fromStdString(lanes[i].caption);
        if (lanes[i].host == core::kNone)
            caption = tr("no host has this address");
        else if (passive[i] && !active[i])
            caption = tr("%1 · passive open").arg(caption);
        else if (active[i] && !passive[i])
            caption = tr("%1 · active open").arg(caption);
        m_captions.push_back(caption);
    }
}

} // namespace ui
