#include "ui/state_machine_layout.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace ui {
namespace {

using core::Rule;
using core::State;

// The grid of Figure 5: three columns, seven rows, in a 1000 x 1030 space.
constexpr double kLeft = 170.0;
constexpr double kMid = 500.0;
constexpr double kRight = 830.0;
constexpr double kRowClosed = 70.0;
constexpr double kRowListen = 200.0;
constexpr double kRowSyn = 350.0;
constexpr double kRowEstab = 500.0;
constexpr double kRowFin1 = 650.0;
constexpr double kRowFin2 = 810.0;
constexpr double kRowLast = 950.0;
constexpr double kBoxHalfWidth = 80.0;
constexpr double kBoxHalfHeight = 28.0;
// The RST / ABORT / timeout paths run along the canvas edges into the bottom CLOSED.
constexpr double kBusLeft = 28.0;
constexpr double kBusRight = 972.0;
constexpr double kBusBottom = 1010.0;

// Rough text metrics of a sans-serif font at kLabelFontSize; the painter
// shrinks a label that turns out wider.
constexpr double kCharWidth = 7.4;
constexpr double kLineHeight = 17.0;
constexpr double kLabelPadding = 8.0;
constexpr double kCornerRadius = 14.0;

QRectF placeLabel(QSizeF size, QPointF anchor, LabelSide side) {
    QRectF r(QPointF(0, 0), size);
    switch (side) {
    case LabelSide::Above:
        r.moveBottom(anchor.y());
        r.moveLeft(anchor.x() - size.width() / 2);
        break;
    case LabelSide::Below:
        r.moveTop(anchor.y());
        r.moveLeft(anchor.x() - size.width() / 2);
        break;
    case LabelSide::Left:
        r.moveRight(anchor.x());
        r.moveTop(anchor.y() - size.height() / 2);
        break;
    case LabelSide::Right:
        r.moveLeft(anchor.x());
        r.moveTop(anchor.y() - size.height() / 2);
        break;
    case LabelSide::AboveLeft:
        r.moveBottomRight(anchor);
        break;
    case LabelSide::AboveRight:
        r.moveBottomLeft(anchor);
        break;
    case LabelSide::BelowLeft:
        r.moveTopRight(anchor);
        break;
    case LabelSide::BelowRight:
        r.moveTopLeft(anchor);
        break;
    }
    return r;
}

// 3.10.5: ABORT sends a RST from the states where the peer may still be
// sending; elsewhere it only deletes the TCB.
bool abortSendsReset(State s) {
    switch (s) {
    case State::SynReceived:
    case State::Established:
    case State::FinWait1:
    case State::FinWait2:
    case State::CloseWait:
        return true;
    default:
        return false;
    }
}

std::size_t splitAt(const std::string& label) {
    return label.find(" / ");
}

} // namespace

std::string Edge::event() const {
    return label.substr(0, splitAt(label));
}

std::string Edge::action() const {
    const std::size_t at = splitAt(label);
    return at == std::string::npos ? std::string() : label.substr(at + 3);
}

QPainterPath Edge::path() const {
    QPainterPath p;
    if (points.empty())
        return p;
    p.moveTo(points.front());
    for (std::size_t i = 1; i + 1 < points.size(); ++i) {
        // Round each corner: stop short of it, then curve through it.
        const QPointF corner = points[i];
        const QPointF in = points[i - 1] - corner;
        const QPointF out = points[i + 1] - corner;
        const double lenIn = std::hypot(in.x(), in.y());
        const double lenOut = std::hypot(out.x(), out.y());
        const double r = std::min({kCornerRadius, lenIn / 2, lenOut / 2});
        if (r <= 0.0) {
            p.lineTo(corner);
            continue;
        }
        p.lineTo(corner + in * (r / lenIn));
        p.quadTo(corner, corner + out * (r / lenOut));
    }
    if (points.size() > 1)
        p.lineTo(points.back());
    return p;
}

QSizeF StateMachineLayout::labelSize(const std::string& label) {
    const std::size_t at = splitAt(label);
    const std::size_t eventChars = at == std::string::npos ? label.size() : at;
    const std::size_t actionChars = at == std::string::npos ? 0 : label.size() - at - 3;
    const double lines = actionChars > 0 ? 2.0 : 1.0;
    const double chars = static_cast<double>(std::max(eventChars, actionChars));
    return {chars * kCharWidth + kLabelPadding, lines * kLineHeight + 4.0};
}

StateMachineLayout::StateMachineLayout() : m_canvas(0, 0, 1000, 1030) {
    m_closedTop = addBox(State::Closed, {kMid, kRowClosed});
    addBox(State::Listen, {kMid, kRowListen});
    addBox(State::SynReceived, {kLeft, kRowSyn});
    addBox(State::SynSent, {kRight, kRowSyn});
    addBox(State::Established, {kMid, kRowEstab});
    addBox(State::FinWait1, {kLeft, kRowFin1});
    addBox(State::CloseWait, {kRight, kRowFin1});
    addBox(State::FinWait2, {kLeft, kRowFin2});
    addBox(State::Closing, {kMid, kRowFin2});
    addBox(State::LastAck, {kRight, kRowFin2});
    addBox(State::TimeWait, {kMid, kRowLast});
    addBox(State::Closed, {kRight, kRowLast});
    addOpeningEdges();
    addHandshakeEdges();
    addClosingEdges();
    addExtraEdges();
    addAbortPaths();
}

int StateMachineLayout::addBox(State state, QPointF centre) {
    const QRectF rect(centre.x() - kBoxHalfWidth, centre.y() - kBoxHalfHeight, 2 * kBoxHalfWidth,
                      2 * kBoxHalfHeight);
    m_boxes.push_back({state, rect});
    return static_cast<int>(m_boxes.size()) - 1;
}

void StateMachineLayout::addEdge(State from, State to, EdgeKind kind, const char* label,
                                 std::vector<QPointF> points, QPointF labelAnchor, LabelSide side,
                                 std::vector<Rule> rules) {
    Edge e;
    e.from = from;
    e.to = to;
    e.kind = kind;
    e.label = label;
    e.points = std::move(points);
    e.rules = std::move(rules);
    e.labelRect = placeLabel(labelSize(e.label), labelAnchor, side);
    // The boxes the polyline starts and ends on; CLOSED has two.
    for (std::size_t b = 0; b < m_boxes.size(); ++b) {
        const QRectF grown = m_boxes[b].rect.adjusted(-1, -1, 1, 1);
        if (grown.contains(e.points.front()) && m_boxes[b].state == e.from)
            e.fromBox = static_cast<int>(b);
        if (grown.contains(e.points.back()) && m_boxes[b].state == e.to)
            e.toBox = static_cast<int>(b);
    }
    m_edges.push_back(std::move(e));
}

// Figure 5, top: OPEN and CLOSE between CLOSED, LISTEN and SYN-SENT.
void StateMachineLayout::addOpeningEdges() {
    addEdge(State::Closed, State::Listen, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "passive OPEN / create TCB"),
            {{470, 98}, {470, 172}}, {462, 135}, LabelSide::Left, {Rule::PassiveOpen});
    addEdge(State::Listen, State::Closed, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "CLOSE / delete TCB"),
            {{530, 172}, {530, 98}}, {538, 135}, LabelSide::Right, {Rule::CloseCall});
    addEdge(State::Closed, State::SynSent, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "active OPEN / create TCB, snd SYN"),
            {{580, 58}, {880, 58}, {880, 322}}, {730, 52}, LabelSide::Above, {Rule::ActiveOpen});
    addEdge(State::SynSent, State::Closed, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "CLOSE / delete TCB"),
            {{820, 322}, {820, 84}, {580, 84}}, {812, 140}, LabelSide::Left, {Rule::CloseCall});
    addEdge(State::Listen, State::SynSent, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "SEND / snd SYN"),
            {{580, 212}, {700, 212}, {700, 334}, {750, 334}}, {692, 220}, LabelSide::BelowLeft,
            {Rule::SendInListen});
}

// Figure 5, the handshake: LISTEN, SYN-RECEIVED, SYN-SENT and ESTABLISHED.
void StateMachineLayout::addHandshakeEdges() {
    // A SYN cookie rebuilds SYN-RECEIVED from LISTEN too (RFC 4987 3.6).
    addEdge(State::Listen, State::SynReceived, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv SYN / snd SYN,ACK"),
            {{420, 212}, {300, 212}, {300, 334}, {250, 334}}, {308, 220}, LabelSide::BelowRight,
            {Rule::SynInListen, Rule::SynCookieAck});
    // Note 1 of Figure 5: only a passively opened connection goes back to LISTEN;
    // RFC 5961 4 sends a SYN there the same way (3.10.7.4).
    addEdge(State::SynReceived, State::Listen, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv RST / x"),
            {{150, 322}, {150, 188}, {420, 188}}, {160, 182}, LabelSide::AboveRight,
            {Rule::RstInPassiveSynReceived, Rule::SynInPassiveSynReceived});
    // RFC 9293 answers a simultaneous open with SYN,ACK (RFC 793 drew "snd ACK").
    addEdge(State::SynSent, State::SynReceived, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv SYN / snd SYN,ACK"),
            {{750, 350}, {250, 350}}, {500, 344}, LabelSide::Above, {Rule::SynInSynSent});
    addEdge(State::SynReceived, State::Established, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv ACK of SYN / x"),
            {{250, 366}, {460, 366}, {460, 472}}, {452, 374}, LabelSide::BelowLeft,
            {Rule::AckInSynReceived});
    addEdge(State::SynSent, State::Established, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv SYN,ACK / snd ACK"),
            {{750, 366}, {540, 366}, {540, 472}}, {548, 374}, LabelSide::BelowRight,
            {Rule::SynAckInSynSent});
}

// Figure 5, bottom: the two ways to close, and TIME-WAIT.
void StateMachineLayout::addClosingEdges() {
    addEdge(State::SynReceived, State::FinWait1, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "CLOSE / snd FIN"),
            {{130, 378}, {130, 622}}, {122, 500}, LabelSide::Left, {Rule::CloseCall});
    addEdge(State::Established, State::FinWait1, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "CLOSE / snd FIN"),
            {{460, 528}, {460, 634}, {250, 634}}, {452, 628}, LabelSide::AboveLeft,
            {Rule::CloseCall});
    addEdge(State::Established, State::CloseWait, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv FIN / snd ACK"),
            {{540, 528}, {540, 634}, {750, 634}}, {548, 628}, LabelSide::AboveRight,
            {Rule::FinReceived});
    addEdge(State::FinWait1, State::FinWait2, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv ACK of FIN / x"),
            {{170, 678}, {170, 782}}, {162, 730}, LabelSide::Left, {Rule::AckOfFin});
    addEdge(State::FinWait1, State::Closing, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv FIN / snd ACK"),
            {{250, 666}, {500, 666}, {500, 782}}, {492, 674}, LabelSide::BelowLeft,
            {Rule::FinReceived});
    addEdge(State::CloseWait, State::LastAck, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "CLOSE / snd FIN"),
            {{830, 678}, {830, 782}}, {822, 730}, LabelSide::Left, {Rule::CloseCall});
    addEdge(State::FinWait2, State::TimeWait, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv FIN / snd ACK"),
            {{210, 838}, {210, 950}, {420, 950}}, {218, 942}, LabelSide::AboveRight,
            {Rule::FinReceived});
    addEdge(State::Closing, State::TimeWait, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv ACK of FIN / x"),
            {{500, 838}, {500, 922}}, {508, 880}, LabelSide::Right, {Rule::AckOfFin});
    addEdge(State::LastAck, State::Closed, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv ACK of FIN / x"),
            {{830, 838}, {830, 922}}, {838, 880}, LabelSide::Right, {Rule::AckOfFin});
    addEdge(State::TimeWait, State::Closed, EdgeKind::Figure,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "Timeout=2MSL / delete TCB"),
            {{580, 950}, {750, 950}}, {665, 944}, LabelSide::Above, {Rule::TimeWaitTimeout});
}

// Transitions the event processing rules of 3.10 add to the figure.
void StateMachineLayout::addExtraEdges() {
    // 3.10.7.4, eighth check: a FIN in SYN-RECEIVED enters CLOSE-WAIT.
    addEdge(State::SynReceived, State::CloseWait, EdgeKind::Extra,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv FIN / snd ACK"),
            {{210, 378}, {210, 560}, {790, 560}, {790, 622}}, {218, 430}, LabelSide::Right,
            {Rule::FinReceived});
    // 3.10.7.4, eighth check: a FIN that also acknowledges our FIN skips CLOSING.
    addEdge(State::FinWait1, State::TimeWait, EdgeKind::Extra,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv FIN,ACK / snd ACK"),
            {{235, 678}, {440, 922}}, {310, 745}, LabelSide::Right,
            {Rule::FinReceived, Rule::AckOfFin});
    // Not TCP: the two-way handshake of the teaching variant trusts the SYN at once.
    addEdge(State::Listen, State::Established, EdgeKind::NotTcp,
            QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv SYN (not TCP) / snd SYN,ACK"),
            {{500, 228}, {500, 472}}, {500, 236}, LabelSide::Below, {Rule::TwoWayHandshake});
}

// RST, ABORT and the timeouts take any state but CLOSED to CLOSED (3.10.5,
// 3.10.7, 3.10.8, 3.8.3). They run along the edges of the canvas into the
// bottom CLOSED, so the figure itself stays as the RFC draws it.
void StateMachineLayout::addAbortPaths() {
    const char* label =
        QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv RST, ABORT, timeout / delete TCB");
    const QPointF intoBottom(kRight, kRowLast + kBoxHalfHeight);
    const QPointF intoSide(kRight + kBoxHalfWidth, kRowLast);
    const auto viaLeft = [&](State s, std::vector<QPointF> points) {
        points.push_back({points.back().x() == kMid ? kMid : kBusLeft, kBusBottom});
        points.push_back({kRight, kBusBottom});
        points.push_back(intoBottom);
        addEdge(s, State::Closed, EdgeKind::Extra, label, std::move(points), {36, 1004},
                LabelSide::AboveRight, {});
    };
    const auto viaRight = [&](State s, std::vector<QPointF> points) {
        points.push_back({kBusRight, kRowLast});
        points.push_back(intoSide);
        addEdge(s, State::Closed, EdgeKind::Extra, label, std::move(points), {964, 430},
                LabelSide::Left, {});
    };
    const double leftSide = kLeft - kBoxHalfWidth;
    const double rightSide = kRight + kBoxHalfWidth;
    viaLeft(State::SynReceived, {{leftSide, kRowSyn}, {kBusLeft, kRowSyn}});
    viaLeft(State::FinWait1, {{leftSide, kRowFin1}, {kBusLeft, kRowFin1}});
    viaLeft(State::FinWait2, {{leftSide, kRowFin2}, {kBusLeft, kRowFin2}});
    viaLeft(State::TimeWait, {{kMid, kRowLast + kBoxHalfHeight}});
    viaRight(State::SynSent, {{rightSide, kRowSyn}, {kBusRight, kRowSyn}});
    viaRight(State::Established, {{kMid + kBoxHalfWidth, kRowEstab}, {kBusRight, kRowEstab}});
    viaRight(State::CloseWait, {{rightSide, kRowFin1}, {kBusRight, kRowFin1}});
    viaRight(State::Closing, {{560, kRowFin2 - kBoxHalfHeight}, {560, 760}, {kBusRight, 760}});
    viaRight(State::LastAck, {{rightSide, kRowFin2}, {kBusRight, kRowFin2}});
}

const Edge* StateMachineLayout::edgeFor(State from, State to, Rule rule) const {
    const Edge* catchAll = nullptr;
    const Edge* any = nullptr;
    for (const Edge& e : m_edges) {
        if (e.from != from || e.to != to)
            continue;
        if (std::find(e.rules.begin(), e.rules.end(), rule) != e.rules.end())
            return &e;
        if (e.rules.empty() && !catchAll)
            catchAll = &e;
        if (!any)
            any = &e;
    }
    return catchAll ? catchAll : any;
}

std::string StateMachineLayout::takenLabel(const Edge& edge, Rule rule) {
    if (!edge.rules.empty())
        return edge.label;
    switch (rule) {
    case Rule::RstReceived:
        return QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv RST / delete TCB");
    case Rule::AbortCall:
        return abortSendsReset(edge.from)
                   ? QT_TRANSLATE_NOOP("ui::StateMachineLayout", "ABORT / snd RST")
                   : QT_TRANSLATE_NOOP("ui::StateMachineLayout", "ABORT / delete TCB");
    case Rule::RetransmissionLimit:
        return QT_TRANSLATE_NOOP("ui::StateMachineLayout", "retries exhausted / delete TCB");
    case Rule::KeepaliveTimeout:
        return QT_TRANSLATE_NOOP("ui::StateMachineLayout", "keep-alive timeout / delete TCB");
    case Rule::FinWait2Timeout:
        return QT_TRANSLATE_NOOP("ui::StateMachineLayout", "FIN-WAIT-2 timeout / delete TCB");
    case Rule::SynInSynchronized:
        return QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv SYN / snd RST");
    case Rule::TimeWaitReopen:
        return QT_TRANSLATE_NOOP("ui::StateMachineLayout", "rcv new SYN / delete TCB");
    case Rule::HostCrashed:
        return QT_TRANSLATE_NOOP("ui::StateMachineLayout", "host crash / x");
    default:
        return edge.label;
    }
}

std::optional<State> StateMachineLayout::stateAt(QPointF point) const {
    for (const StateBox& b : m_boxes) {
        if (b.rect.contains(point))
            return b.state;
    }
    return std::nullopt;
}

int StateMachineLayout::boxFor(State state, const Edge* via) const {
    if (via && via->to == state)
        return via->toBox;
    for (std::size_t b = 0; b < m_boxes.size(); ++b) {
        if (m_boxes[b].state == state)
            return static_cast<int>(b);
    }
    return m_closedTop;
}

} // namespace ui
