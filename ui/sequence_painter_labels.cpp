// The sequence painter's arrow labels: along the arrow, starting near the
// sender, placed where they do not print over one another.

#include "ui/sequence_painter.h"
#include "ui/sequence_painter_parts.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace ui {

using namespace paint_detail;

namespace {

// Whether two convex quadrilaterals overlap: no edge of either separates them.
bool overlaps(const QPolygonF& a, const QPolygonF& b) {
    if (!a.boundingRect().intersects(b.boundingRect()))
        return false;
    const auto project = [](const QPolygonF& q, QPointF axis) {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (const QPointF& pt : q) {
            lo = std::min(lo, QPointF::dotProduct(pt, axis));
            hi = std::max(hi, QPointF::dotProduct(pt, axis));
        }
        return std::pair{lo, hi};
    };
    for (const QPolygonF* poly : {&a, &b}) {
        for (qsizetype i = 0; i < poly->size(); ++i) {
            const QPointF edge = poly->at((i + 1) % poly->size()) - poly->at(i);
            if (edge.isNull())
                continue; // a closed polygon repeats its first point
            const QPointF axis(-edge.y(), edge.x());
            const auto [aLo, aHi] = project(a, axis);
            const auto [bLo, bHi] = project(b, axis);
            if (aHi <= bLo || bHi <= aLo)
                return false;
        }
    }
    return true;
}

// "SYN, ACK seq=300 ack=101" -> "SYN, ACK" and "seq=300 ack=101".
std::pair<QString, QString> splitLabel(const QString& label) {
    qsizetype at = label.indexOf(QLatin1String(" seq="));
    if (at <= 0)
        at = label.indexOf(QLatin1String(" ack="));
    if (at <= 0)
        return {label, {}};
    return {label.left(at), label.mid(at + 1)};
}

} // namespace

// A label that would print over one already drawn, or over another arrow's
// line, is placed elsewhere, or left out (the tooltip still has it); the
// selected segment's label is drawn regardless, last. In a crowded frame only
// labels are kept apart: checking every line would cost more than it helps.
void SequencePainter::paintArrowLabels(QPainter& p, const Frame& f,
                                       const std::vector<int>& arrows) const {
    constexpr std::size_t kCrowded = 400;
    LabelObstacles obstacles;
    if (arrows.size() <= kCrowded) {
        for (int i : arrows) {
            const Arrow& a = m_diagram->arrows[static_cast<std::size_t>(i)];
            const QPointF from(a.from.x, a.from.y);
            const QPointF to(a.to.x, a.to.y);
            const QPointF d = to - from;
            const QPointF n = QPointF(-d.y(), d.x()) / std::max(1e-9, std::hypot(d.x(), d.y()));
            obstacles.lines.push_back({i, QPolygonF({from + n, to + n, to - n, from - n})});
        }
    }
    // The selected one stays last; before it, the labels that matter most.
    std::vector<int> order = arrows;
    const auto end =
        order.end() - (f.options->selected != core::kNone && !order.empty() &&
                               m_diagram->arrows[static_cast<std::size_t>(order.back())].seg ==
                                   f.options->selected
                           ? 1
                           : 0);
    std::stable_partition(order.begin(), end,
                          [this](int i) { return m_labelFirst[static_cast<std::size_t>(i)]; });
    for (int i : order) {
        if (m_labelSlot[static_cast<std::size_t>(i)] != kNoLabel)
            paintArrowLabel(p, f, i, obstacles);
    }
}

bool SequencePainter::LabelObstacles::clear(const QPolygonF& area, int arrow) const {
    const auto hits = [&area](const QPolygonF& other) { return overlaps(area, other); };
    return std::none_of(labels.begin(), labels.end(), hits) &&
           (arrow == kAnyArrow || std::none_of(lines.begin(), lines.end(), [&](const auto& line) {
                return line.first != arrow && hits(line.second);
            }));
}

SequencePainter::LabelText SequencePainter::labelText(int index, Face labelFace,
                                                      double available) const {
    const Arrow& a = m_diagram->arrows[static_cast<std::size_t>(index)];
    const QString& full = m_arrowText[static_cast<std::size_t>(index)];
    const ArrowStyle& style = styleOf(a);
    LabelText t;
    t.face = labelFace;
    t.lines = {staticText(full, labelFace)};
    t.width = t.lines[0].size().width();
    const double tagWidth =
        style.tag.isEmpty() ? 0.0 : staticText(style.tag, Face::Tag).size().width() + 6.0;
    if (!style.tag.isEmpty() && tagWidth <= available) {
        t.tag = staticText(style.tag, Face::Tag);
        // After the label if it fits there, else under it.
        t.tagBelow = t.width + tagWidth > available;
        t.width = t.tagBelow ? t.width : t.width + tagWidth;
    }
    if (t.width > available) {
        // A narrower type first; cut the end off only if that is not enough.
        t.face = Face::LabelNarrow;
        t.lines = {staticText(full, t.face)};
        if (t.lines[0].size().width() > available)
            t.lines = {staticText(face(t.face).metrics.elidedText(full, Qt::ElideRight, available),
                                  t.face)};
        t.width = t.lines[0].size().width();
    }
    if (t.tagBelow)
        t.width = std::max(t.width, tagWidth);
    return t;
}

// The flags on one line and the numbers on the next: half as long, for where
// two arrows cross.
std::optional<SequencePainter::LabelText> SequencePainter::twoLineText(int index,
                                                                       Face labelFace) const {
    const auto [flags, numbers] = splitLabel(m_arrowText[static_cast<std::size_t>(index)]);
    if (numbers.isEmpty())
        return std::nullopt;
    LabelText t;
    t.face = labelFace;
    t.lines = {staticText(flags, labelFace), staticText(numbers, labelFace)};
    t.width = std::max(t.lines[0].size().width(), t.lines[1].size().width());
    return t;
}

// The label runs along the arrow from near its sender: arrows that cross in
// the middle keep their labels apart. It sits below the line, or above for the
// second of two segments on one line; if that prints over another label, the
// other side, then the label on two lines, are tried.
void SequencePainter::paintArrowLabel(QPainter& p, const Frame& f, int index,
                                      LabelObstacles& obstacles) const {
    const Arrow& a = m_diagram->arrows[static_cast<std::size_t>(index)];
    const QPointF from(a.from.x, a.from.y);
    const QPointF d = QPointF(a.to.x, a.to.y) - from;
    const double len = std::hypot(d.x(), d.y());
    const double available = len - kLabelMargin - kHeadLength - 8.0;
    if (available < 20.0)
        return;
    // Cheap test first, before laying out any text: the label lies near the
    // first part of the line, no longer than its characters at their widest.
    const double widest =
        static_cast<double>(m_arrowText[static_cast<std::size_t>(index)].size() + 20) * kLabelPx *
        m_theme.fontScale;
    const QPointF reach = from + d * (std::min(len, kLabelMargin + widest) / len);
    const double around = 3.0 * lineHeight();
    const QRectF near = QRectF(from, reach).normalized().adjusted(-around, -around, around, around);
    if (!near.intersects(f.visible))
        return;

    const bool rightward = d.x() >= 0;
    QTransform along;
    along.translate(from.x(), from.y());
    along.rotate(std::atan2(rightward ? d.y() : -d.y(), rightward ? d.x() : -d.x()) * 180.0 /
                 std::numbers::pi);
    const bool selected = a.seg == f.options->selected;
    const Face labelFace = selected ? Face::LabelBold : Face::Label;
    const double lineH = face(labelFace).metrics.height();
    const bool below = m_labelSlot[static_cast<std::size_t>(index)] == 0;
    // Where a label may go: by the sender (or, last, by the receiver), on
    // either side.
    struct Try {
        const LabelText* text;
        bool under;
        bool atReceiver;
    };
    // Where another arrow crosses this one, the label starts closer to the
    // sender, in a narrower type, on two lines if one would reach the crossing.
    const double crossAt = m_crossAt[static_cast<std::size_t>(index)];
    const bool crossed = crossAt < len;
    const double margin = crossed ? kLabelMargin - 10.0 : kLabelMargin;
    const auto boxFor = [&](const Try& t) {
        const double h = lineH * static_cast<double>(t.text->rows());
        const double start = t.atReceiver ? len - kHeadLength - 8.0 - t.text->width : margin;
        const double x0 = rightward ? start : -start - t.text->width;
        return QRectF(x0, t.under ? 3.0 : -3.0 - h, t.text->width, h);
    };
    const LabelText oneLine = labelText(index, labelFace, available);
    const std::optional<LabelText> twoLines =
        twoLineText(index, crossed && !selected ? Face::LabelNarrow : labelFace);
    const bool twoFirst = twoLines && oneLine.width > crossAt - margin - 4.0;
    std::vector<Try> tries;
    for (const bool atReceiver : {false, true}) {
        const std::vector<const LabelText*> forms = !twoLines || twoLines->width > available
                                                        ? std::vector{&oneLine}
                                                    : twoFirst ? std::vector{&*twoLines, &oneLine}
                                                               : std::vector{&oneLine, &*twoLines};
        for (const LabelText* text : forms)
            tries.insert(tries.end(), {{text, below, atReceiver}, {text, !below, atReceiver}});
    }
    // Clear of lines too if it can be; else over a line rather than not at all.
    for (const bool keepOffLines : {true, false}) {
        for (const Try& t : tries) {
            const QRectF box = boxFor(t);
            const QPolygonF area = along.map(QPolygonF(box));
            if (obstacles.clear(area, keepOffLines ? index : kAnyArrow)) {
                obstacles.labels.push_back(area);
                drawLabel(p, f, a, along, *t.text, box);
                return;
            }
        }
    }
    if (selected)
        drawLabel(p, f, a, along, oneLine, boxFor(tries.front()));
}

void SequencePainter::drawLabel(QPainter& p, const Frame& f, const Arrow& a,
                                const QTransform& along, const LabelText& text,
                                const QRectF& box) const {
    p.save();
    const bool ghost = a.from.y > f.playY;
    p.setOpacity(ghost ? kGhostOpacity : 1.0);
    p.setTransform(along, true);
    // A background behind the text keeps it readable across other lines. Only
    // opaque: Qt fills a rotated translucent rectangle several times slower.
    if (!ghost)
        p.fillRect(box.adjusted(-2.0, -1.0, 2.0, 1.0), m_theme.background);
    p.setFont(face(text.face).font);
    p.setPen(m_theme.text);
    const double lineH = box.height() / static_cast<double>(text.rows());
    double top = box.top();
    for (const QStaticText& line : text.lines) {
        p.drawStaticText(QPointF(box.left(), top + (lineH - line.size().height()) / 2), line);
        top += lineH;
    }
    if (text.tag) {
        // On the label's line, baselines lined up (the tag's font is smaller),
        // or on a line of its own.
        const double shift = face(text.face).metrics.ascent() - face(Face::Tag).metrics.ascent();
        const QStaticText& first = text.lines[0];
        const QPointF at = text.tagBelow
                               ? QPointF(box.left(), top + (lineH - text.tag->size().height()) / 2)
                               : QPointF(box.left() + first.size().width() + 6.0,
                                         box.top() + (lineH - first.size().height()) / 2 + shift);
        p.setFont(face(Face::Tag).font);
        const bool lostNow = a.lost && arrowNow(a, f).phase != Phase::InFlight;
        p.setPen(lostNow ? m_theme.lost : styleOf(a).color);
        p.drawStaticText(at, *text.tag);
    }
    p.restore();
}

} // namespace ui
