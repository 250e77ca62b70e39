#include "ui/scrubber.h"

#include "ui/event_text.h"
#include "ui/playback.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace ui {

namespace {

constexpr double kMargin = 7.0; // room for the handle at either end

} // namespace

Scrubber::Scrubber(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Playback position"));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void Scrubber::setPlayback(Playback* playback) {
    if (m_playback)
        disconnect(m_playback, nullptr, this, nullptr);
    m_playback = playback;
    if (m_playback) {
        connect(m_playback, &Playback::timelineChanged, this, &Scrubber::rebuildTicks);
        connect(m_playback, &Playback::positionChanged, this, qOverload<>(&QWidget::update));
    }
    rebuildTicks();
}

QSize Scrubber::sizeHint() const {
    return {400, std::max(26, fontMetrics().height() + 10)};
}

QSize Scrubber::minimumSizeHint() const {
    return {80, sizeHint().height()};
}

QRectF Scrubber::track() const {
    return QRectF(rect()).adjusted(kMargin, 3.0, -kMargin, -3.0);
}

double Scrubber::axisStart() const {
    if (!m_playback || m_playback->eventTimes().empty())
        return 0.0;
    return m_playback->axis().y(m_playback->eventTimes().front());
}

double Scrubber::axisEnd() const {
    if (!m_playback || m_playback->eventTimes().empty())
        return 0.0;
    return m_playback->axis().y(m_playback->eventTimes().back());
}

double Scrubber::xForTime(core::Micros t) const {
    const QRectF area = track();
    const double span = axisEnd() - axisStart();
    if (!m_playback || span <= 0.0)
        return area.left();
    const double f = (m_playback->axis().y(t) - axisStart()) / span;
    return area.left() + std::clamp(f, 0.0, 1.0) * area.width();
}

core::Micros Scrubber::timeAtX(double x) const {
    if (!m_playback || m_playback->eventTimes().empty())
        return {};
    const QRectF area = track();
    const double f =
        area.width() > 0 ? std::clamp((x - area.left()) / area.width(), 0.0, 1.0) : 0.0;
    const core::Micros t = m_playback->axis().timeAt(axisStart() + f * (axisEnd() - axisStart()));
    return std::clamp(t, m_playback->eventTimes().front(), m_playback->eventTimes().back());
}

void Scrubber::rebuildTicks() {
    const QRectF area = track();
    const int columns = std::max(1, static_cast<int>(std::floor(area.width())) + 1);
    m_ticks.assign(static_cast<std::size_t>(columns), 0);
    m_mostTicks = 0;
    const double y0 = axisStart();
    const double span = axisEnd() - y0;
    if (m_playback && span > 0.0) {
        const std::vector<core::Micros>& times = m_playback->eventTimes();
        // Events at one time share a column: look each distinct time up once.
        for (std::size_t i = 0; i < times.size();) {
            std::size_t j = i + 1;
            while (j < times.size() && times[j] == times[i])
                ++j;
            const double f = (m_playback->axis().y(times[i]) - y0) / span;
            const auto column =
                std::clamp(static_cast<int>(std::lround(f * area.width())), 0, columns - 1);
            int& count = m_ticks[static_cast<std::size_t>(column)];
            count += static_cast<int>(j - i);
            m_mostTicks = std::max(m_mostTicks, count);
            i = j;
        }
    } else if (m_playback && !m_playback->eventTimes().empty()) {
        m_ticks.front() = m_mostTicks = m_playback->eventCount();
    }
    update();
}

void Scrubber::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    rebuildTicks();
}

void Scrubber::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = track();
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.0));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    }
    const bool empty = !m_playback || m_playback->eventTimes().empty();
    const double playheadX =
        empty || m_playback->atStart() ? area.left() : xForTime(m_playback->time());
    paintBaseline(painter, area, playheadX);
    if (empty)
        return;
    paintTicks(painter, area, m_playback->atStart() ? area.left() - 1 : playheadX);
    paintBreaks(painter, area);
    paintHandle(painter, area, playheadX);
}

// The track as a line: played up to the playhead in the highlight colour.
void Scrubber::paintBaseline(QPainter& painter, const QRectF& area, double playheadX) const {
    const double y = area.center().y();
    painter.setPen(QPen(palette().color(QPalette::Mid), 2.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    if (playheadX > area.left()) {
        painter.setPen(
            QPen(palette().color(QPalette::Highlight), 3.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(area.left(), y), QPointF(playheadX, y));
    }
}

// One tick per pixel column with events, centred on the line; the more events
// in the column, the taller.
void Scrubber::paintTicks(QPainter& painter, const QRectF& area, double playheadX) const {
    painter.setRenderHint(QPainter::Antialiasing, false);
    QColor future = palette().color(QPalette::Text);
    future.setAlphaF(0.6f);
    const QColor past = palette().color(QPalette::Highlight);
    const double y = area.center().y();
    const double tallest = area.height() / 2.0 - 1.0;
    const double scale = std::log2(1.0 + m_mostTicks);
    for (std::size_t i = 0; i < m_ticks.size(); ++i) {
        if (m_ticks[i] == 0)
            continue;
        const double share = scale > 0 ? std::log2(1.0 + m_ticks[i]) / scale : 1.0;
        const double half = 3.0 + (tallest - 3.0) * share;
        const double x = std::floor(area.left()) + static_cast<double>(i) + 0.5;
        painter.setPen(QPen(x <= playheadX + 0.5 ? past : future, 1.0));
        painter.drawLine(QPointF(x, y - half), QPointF(x, y + half));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
}

// A collapsed idle period: the line broken by two slanted strokes, as an axis
// break is drawn.
void Scrubber::paintBreaks(QPainter& painter, const QRectF& area) const {
    const double y = area.center().y();
    QColor stroke = palette().color(QPalette::Text);
    stroke.setAlphaF(0.7f);
    for (const TimeBreak& b : m_playback->axis().breaks()) {
        const double mid = (xForTime(b.start) + xForTime(b.start + b.skipped)) / 2.0;
        painter.fillRect(QRectF(mid - 3.0, y - 3.0, 6.0, 6.0), palette().color(QPalette::Window));
        painter.setPen(QPen(stroke, 1.2));
        for (const double dx : {-2.5, 2.5})
            painter.drawLine(QPointF(mid + dx - 2.0, y + 5.0), QPointF(mid + dx + 2.0, y - 5.0));
    }
}

void Scrubber::paintHandle(QPainter& painter, const QRectF& area, double x) const {
    painter.setPen(QPen(palette().color(QPalette::Base), 1.5));
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawEllipse(QPointF(x, area.center().y()), 6.0, 6.0);
}

void Scrubber::seekToX(double x) {
    if (m_playback)
        m_playback->seekTime(timeAtX(x));
}

void Scrubber::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_playback) {
        QWidget::mousePressEvent(event);
        return;
    }
    // Playing on while the user drags would pull the handle away from the mouse.
    m_resumeAfterDrag = m_playback->isPlaying();
    m_playback->pause();
    m_dragging = true;
    seekToX(event->position().x());
}

void Scrubber::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragging)
        seekToX(event->position().x());
}

void Scrubber::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    if (m_resumeAfterDrag && m_playback)
        m_playback->play();
}

void Scrubber::keyPressEvent(QKeyEvent* event) {
    if (!m_playback) {
        QWidget::keyPressEvent(event);
        return;
    }
    const double jump = track().width() / 10.0;
    switch (event->key()) {
    case Qt::Key_Left:
        m_playback->stepBack();
        break;
    case Qt::Key_Right:
        m_playback->stepForward();
        break;
    case Qt::Key_PageUp:
        seekToX(xForTime(m_playback->time()) - jump);
        break;
    case Qt::Key_PageDown:
        seekToX(xForTime(m_playback->time()) + jump);
        break;
    case Qt::Key_Home:
        m_playback->toStart();
        break;
    case Qt::Key_End:
        m_playback->toEnd();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool Scrubber::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos().x());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QString Scrubber::toolTipAt(double x) const {
    if (!m_playback || m_playback->eventTimes().empty())
        return {};
    for (const TimeBreak& b : m_playback->axis().breaks()) {
        if (x >= xForTime(b.start) - 2 && x <= xForTime(b.start + b.skipped) + 2)
            return tr("%1 with no events, drawn short").arg(durationText(b.skipped));
    }
    return tr("t = %1").arg(eventTimeText(timeAtX(x)));
}

} // namespace ui
