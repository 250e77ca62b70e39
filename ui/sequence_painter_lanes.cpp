// What the sequence painter draws along a lane: state bands, timer brackets,
// and the column of text beside the lane (state names, timers, app notes).

#include "ui/sequence_painter.h"
#include "ui/sequence_painter_parts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace ui {

using namespace paint_detail;

namespace {

// The layout writes notes and timer names in English, as the text, Mermaid
// and PlantUML exports need them; the painter shows them in the reader's
// language. Call names (connect(), send()) and RFC names stay.
QString noteText(const std::string& layoutText) {
    QString text = QString::fromStdString(layoutText);
    static const QRegularExpression send(QStringLiteral("^send\\((\\d+) bytes\\)$"));
    if (const QRegularExpressionMatch m = send.match(text); m.hasMatch())
        return SequencePainter::tr("send(%1 bytes)").arg(m.captured(1));
    text.replace(QStringLiteral(" -> ok"), QStringLiteral(" → ") + SequencePainter::tr("ok"));
    text.replace(QStringLiteral(" -> "), QStringLiteral(" → "));
    return text;
}

QString timerText(const std::string& layoutLabel) {
    QString label = QString::fromStdString(layoutLabel);
    if (label.startsWith(QStringLiteral("keepalive ")))
        return SequencePainter::tr("keep-alive %1").arg(label.mid(10));
    if (label.startsWith(QStringLiteral("delayed-ACK ")))
        return SequencePainter::tr("delayed ACK %1").arg(label.mid(12));
    return label;
}

} // namespace

void SequencePainter::prepareLanes() {
    const SequenceDiagram& d = *m_diagram;
    const std::size_t laneCount = d.lifelines.size();
    m_bandsByLane.assign(laneCount, {});
    for (std::size_t i = 0; i < d.bands.size(); ++i)
        m_bandsByLane[static_cast<std::size_t>(d.bands[i].lane)].push_back(static_cast<int>(i));
    for (auto& bands : m_bandsByLane)
        std::stable_sort(bands.begin(), bands.end(), [&d](int a, int b) {
            return d.bands[static_cast<std::size_t>(a)].y0 <
                   d.bands[static_cast<std::size_t>(b)].y0;
        });
    // Translated once here, not on every frame.
    m_noteText.clear();
    for (const AppNote& n : d.notes)
        m_noteText.push_back(noteText(n.text));
    m_timerText.clear();
    for (const TimerBracket& t : d.timers)
        m_timerText.push_back(timerText(t.label));

    // Timers that overlap in time on one lane get brackets side by side.
    std::vector<std::vector<int>> timersByLane(laneCount);
    std::vector<std::pair<double, double>> spans;
    for (std::size_t i = 0; i < d.timers.size(); ++i) {
        timersByLane[static_cast<std::size_t>(d.timers[i].lane)].push_back(static_cast<int>(i));
        spans.emplace_back(d.timers[i].y0, d.timers[i].y1);
    }
    m_timerIndex = SpanIndex(spans);
    m_timerColumn.assign(d.timers.size(), 0);
    m_laneTimerColumns.assign(laneCount, 0);
    for (std::size_t lane = 0; lane < laneCount; ++lane) {
        std::vector<double> columnEnds;
        for (int i : timersByLane[lane]) {
            const TimerBracket& t = d.timers[static_cast<std::size_t>(i)];
            auto free = std::find_if(columnEnds.begin(), columnEnds.end(),
                                     [&t](double end) { return end <= t.y0; });
            if (free == columnEnds.end() && columnEnds.size() < kMaxTimerColumns)
                free = columnEnds.insert(columnEnds.end(), t.y1);
            else if (free == columnEnds.end())
                free = std::min_element(columnEnds.begin(), columnEnds.end());
            *free = std::max(*free, t.y1);
            m_timerColumn[static_cast<std::size_t>(i)] =
                static_cast<int>(free - columnEnds.begin());
        }
        m_laneTimerColumns[lane] = static_cast<int>(columnEnds.size());
    }

    m_notesByY.resize(d.notes.size());
    for (std::size_t i = 0; i < d.notes.size(); ++i)
        m_notesByY[i] = static_cast<int>(i);
    std::stable_sort(m_notesByY.begin(), m_notesByY.end(), [&d](int a, int b) {
        return d.notes[static_cast<std::size_t>(a)].at.y <
               d.notes[static_cast<std::size_t>(b)].at.y;
    });
    packColumns();
}

// Each text is centred on its height if it can be; else pushed down below the
// one above it, and left out if that would take it more than three lines away.
void SequencePainter::packColumns() {
    const SequenceDiagram& d = *m_diagram;
    struct Entry {
        double y;
        int kind; // 0 band, 1 note, 2 timer: at one height the state comes first
        int index;
        int lane;
    };
    std::vector<Entry> entries;
    for (std::size_t i = 0; i < d.bands.size(); ++i)
        entries.push_back({d.bands[i].y0, 0, static_cast<int>(i), d.bands[i].lane});
    for (std::size_t i = 0; i < d.notes.size(); ++i)
        entries.push_back({d.notes[i].at.y, 1, static_cast<int>(i), d.notes[i].lane});
    for (std::size_t i = 0; i < d.timers.size(); ++i)
        entries.push_back({d.timers[i].y0, 2, static_cast<int>(i), d.timers[i].lane});
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.lane, a.y, a.kind, a.index) < std::tie(b.lane, b.y, b.kind, b.index);
    });
    m_bandChips.assign(d.bands.size(), {});
    m_noteItems.assign(d.notes.size(), {});
    m_timerItems.assign(d.timers.size(), {});
    m_columnTops.assign(d.lifelines.size(), {});
    const double h = lineHeight();
    int lane = -1;
    double freeFrom = 0.0;
    for (const Entry& e : entries) {
        if (e.lane != lane) {
            lane = e.lane;
            freeFrom = -std::numeric_limits<double>::infinity();
        }
        const double wanted = e.y - h / 2;
        const double top = std::max(wanted, freeFrom + 2.0);
        const ColumnItem item{top, top - wanted <= 3.0 * h};
        if (item.shown) {
            freeFrom = top + h;
            m_columnTops[static_cast<std::size_t>(lane)].push_back(top);
        }
        auto& items = e.kind == 0 ? m_bandChips : e.kind == 1 ? m_noteItems : m_timerItems;
        items[static_cast<std::size_t>(e.index)] = item;
    }
}

bool SequencePainter::columnFree(int lane, double top) const {
    const auto& tops = m_columnTops[static_cast<std::size_t>(lane)];
    const double h = lineHeight();
    const auto it = std::lower_bound(tops.begin(), tops.end(), top - h - 2.0);
    return it == tops.end() || *it > top + h + 2.0;
}

void SequencePainter::paintBands(QPainter& p, const Frame& f) const {
    const SequenceDiagram& d = *m_diagram;
    for (int lane = f.firstLane; lane < f.endLane; ++lane) {
        const double x = d.lifelines[static_cast<std::size_t>(lane)].x;
        const auto& bands = m_bandsByLane[static_cast<std::size_t>(lane)];
        auto it = std::partition_point(bands.begin(), bands.end(), [&](int i) {
            return d.bands[static_cast<std::size_t>(i)].y1 < f.visible.top();
        });
        for (; it != bands.end(); ++it) {
            const StateBand& b = d.bands[static_cast<std::size_t>(*it)];
            if (b.y0 > f.visible.bottom())
                break;
            const double y1 = std::min(b.y1, f.playY); // states change as segments arrive
            if (y1 <= b.y0)
                continue;
            drawPill(p, QRectF(x - kBandHalf, b.y0, 2 * kBandHalf, y1 - b.y0),
                     m_theme.stateFill(b.state), m_theme.bandOutline, 2.0);
        }
    }
}

void SequencePainter::paintTimers(QPainter& p, const Frame& f) const {
    for (int i : m_timerIndex.query(f.visible.top(), f.visible.bottom())) {
        const int lane = m_diagram->timers[static_cast<std::size_t>(i)].lane;
        if (lane >= f.firstLane && lane < f.endLane)
            paintTimer(p, f, i);
    }
}

// A bracket from arming to the end: ✕ fired, closed cancelled or re-armed,
// trailing dots still pending when the trace ends.
void SequencePainter::paintTimer(QPainter& p, const Frame& f, int index) const {
    const TimerBracket& t = m_diagram->timers[static_cast<std::size_t>(index)];
    if (t.y0 > f.playY)
        return;
    const double x = timerX(t.lane, m_timerColumn[static_cast<std::size_t>(index)]);
    const double inward = outerLeft(t.lane) ? 3.0 : -3.0;
    const bool running = f.playY < t.y1;
    const double end = running ? f.playY : t.y1;
    const double w = 1.3 * m_theme.lineScale;
    p.fillRect(QRectF(x - w / 2, t.y0, w, end - t.y0), m_theme.timer); // a thin fill is fast
    p.setPen(m_theme.pen(m_theme.timer, 1.3));
    p.drawLine(QPointF(x + inward, t.y0), QPointF(x, t.y0));
    if (running)
        return;
    switch (t.end) {
    case TimerEnd::Fired:
        p.setPen(m_theme.pen(m_theme.timer, 2.0));
        drawCross(p, QPointF(x, t.y1), 3.5);
        break;
    case TimerEnd::Cancelled:
    case TimerEnd::Rearmed:
        p.drawLine(QPointF(x, t.y1), QPointF(x + inward, t.y1));
        break;
    case TimerEnd::Pending:
        p.setPen(m_theme.pen(m_theme.timer, 1.3, Qt::DotLine));
        p.drawLine(QPointF(x, t.y1), QPointF(x, t.y1 + 10.0));
        break;
    }
}

void SequencePainter::paintColumnTexts(QPainter& p, const Frame& f) const {
    const SequencePaintOptions& o = *f.options;
    for (int lane = f.firstLane; o.layers.stateBands && lane < f.endLane; ++lane)
        paintBandChips(p, f, lane);
    if (o.layers.timers)
        paintTimerTexts(p, f, false);
    if (o.layers.appNotes)
        paintNotes(p, f);
    if (o.layers.timers)
        paintTimerTexts(p, f, true); // on top: it moves with the playhead
}

// The state's name beside its band: at the band's start, again every
// kBandChipRepeat where the column is free, and at the top of the view when the
// start has scrolled away, so that a long band always shows its name.
void SequencePainter::paintBandChips(QPainter& p, const Frame& f, int lane) const {
    const SequenceDiagram& d = *m_diagram;
    const double h = lineHeight();
    const double top = f.visible.top() - 4 * h;
    const auto& bands = m_bandsByLane[static_cast<std::size_t>(lane)];
    auto it = std::partition_point(bands.begin(), bands.end(), [&](int i) {
        return d.bands[static_cast<std::size_t>(i)].y1 < top;
    });
    for (; it != bands.end(); ++it) {
        const StateBand& b = d.bands[static_cast<std::size_t>(*it)];
        if (b.y0 - h > f.visible.bottom())
            break;
        const double end = std::min(b.y1, f.playY);
        if (end <= b.y0)
            continue;
        const QColor fill = m_theme.fills ? m_theme.stateFill(b.state) : m_theme.background;
        const ColumnText text{QString::fromStdString(b.label), m_theme.text, fill,
                              m_theme.bandOutline, true};
        const ColumnItem& chip = m_bandChips[static_cast<std::size_t>(*it)];
        const double x = d.lifelines[static_cast<std::size_t>(lane)].x;
        const double side = outerLeft(lane) ? -kBandHalf : kBandHalf;
        if (chip.shown)
            paintColumnText(p, lane, chip.y, text, QPointF(x + side, b.y0));
        bool inView = chip.shown && chip.y >= f.visible.top() && chip.y < f.visible.center().y();
        for (double y = b.y0 + kBandChipRepeat; y + kBandChipRepeat / 4 < end;
             y += kBandChipRepeat) {
            if (y + h < f.visible.top() || y > f.visible.bottom() || !columnFree(lane, y))
                continue;
            paintColumnText(p, lane, y, text, std::nullopt);
            inView = inView || (y >= f.visible.top() && y < f.visible.center().y());
        }
        const double sticky = f.visible.top() + 4.0;
        if (!inView && b.y0 < sticky && end > sticky + h)
            paintColumnText(p, lane, sticky, text, std::nullopt);
    }
}

// A timer's label beside its bracket; with `countdowns`, instead, the time a
// running timer has left at the playhead.
void SequencePainter::paintTimerTexts(QPainter& p, const Frame& f, bool countdowns) const {
    const SequenceDiagram& d = *m_diagram;
    const double h = lineHeight();
    for (int i : m_timerIndex.query(f.visible.top() - 4 * h, f.visible.bottom() + h)) {
        const TimerBracket& t = d.timers[static_cast<std::size_t>(i)];
        if (t.lane < f.firstLane || t.lane >= f.endLane || t.y0 > f.playY)
            continue;
        const double x = timerX(t.lane, m_timerColumn[static_cast<std::size_t>(i)]);
        const ColumnItem& item = m_timerItems[static_cast<std::size_t>(i)];
        const QString& label = m_timerText[static_cast<std::size_t>(i)];
        const bool running = f.options->time && f.playY < t.y1;
        // The countdown names the timer too: where the two would overlap, it
        // stands alone.
        const bool underCountdown = running && std::abs(item.y - (f.playY + 3.0)) < h;
        if (item.shown && !countdowns && !underCountdown)
            paintColumnText(
                p, t.lane, item.y,
                {label, m_theme.timer, QColor(Qt::transparent), QColor(Qt::transparent), false},
                QPointF(x, t.y0));
        if (!countdowns || !running)
            continue;
        // A running timer counts down as the playhead moves.
        const core::Micros armed = d.axis.timeAt(t.y0);
        const core::Micros left = t.duration - (*f.options->time - armed);
        const QString name = label.left(std::max(0, static_cast<int>(label.lastIndexOf(' '))));
        paintColumnText(p, t.lane, f.playY + 3.0,
                        {tr("%1 %2 left").arg(name, durationText(left)), m_theme.timer,
                         m_theme.background, m_theme.timer, true},
                        QPointF(x, f.playY));
    }
}

void SequencePainter::paintNotes(QPainter& p, const Frame& f) const {
    const SequenceDiagram& d = *m_diagram;
    const double h = lineHeight();
    auto it = std::partition_point(m_notesByY.begin(), m_notesByY.end(), [&](int i) {
        return d.notes[static_cast<std::size_t>(i)].at.y < f.visible.top() - 4 * h;
    });
    for (; it != m_notesByY.end(); ++it) {
        const AppNote& n = d.notes[static_cast<std::size_t>(*it)];
        const ColumnItem& item = m_noteItems[static_cast<std::size_t>(*it)];
        if (n.at.y > f.visible.bottom() + h)
            break;
        if (!item.shown || n.lane < f.firstLane || n.lane >= f.endLane || hidden(n.at.y, f))
            continue;
        const QString& text = m_noteText[static_cast<std::size_t>(*it)];
        const QColor color = n.error ? m_theme.error : n.result ? m_theme.mutedText : m_theme.text;
        const double side = outerLeft(n.lane) ? -kBandHalf : kBandHalf;
        p.setOpacity(n.at.y > f.playY ? kGhostOpacity : 1.0);
        paintColumnText(
            p, n.lane, item.y,
            {text, color, m_theme.noteFill, n.error ? m_theme.error : m_theme.noteBorder, n.error},
            QPointF(n.at.x + side, n.at.y));
        p.setOpacity(1.0);
    }
}

void SequencePainter::paintColumnText(QPainter& p, int lane, double top, const ColumnText& text,
                                      std::optional<QPointF> leaderFrom) const {
    const Face f = text.bold ? Face::SmallBold : Face::Small;
    const double maxWidth = kColumnWidth * m_theme.fontScale - 10.0;
    QStaticText shown = staticText(text.text, f);
    if (shown.size().width() > maxWidth)
        shown = staticText(face(f).metrics.elidedText(text.text, Qt::ElideRight, maxWidth), f);
    const double w = shown.size().width() + 10.0;
    const double h = lineHeight();
    const double edge = columnX(lane);
    const QRectF box(outerLeft(lane) ? edge - w : edge, top, w, h);
    if (leaderFrom) {
        QColor leader = m_theme.mutedText;
        leader.setAlphaF(0.6f);
        p.setPen(m_theme.pen(leader, 0.8));
        p.drawLine(*leaderFrom, QPointF(outerLeft(lane) ? box.right() : box.left(), top + h / 2));
    }
    drawPill(p, box, text.fill, text.border);
    p.setFont(face(f).font);
    p.setPen(text.color);
    p.drawStaticText(QPointF(box.left() + 5.0, top + (h - shown.size().height()) / 2), shown);
}

} // namespace ui
