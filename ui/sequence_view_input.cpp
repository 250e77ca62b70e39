// SequenceView: mouse, wheel, keys, the context menu and tooltips.

#include "ui/sequence_painter_parts.h"
#include "ui/sequence_view.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace ui {

namespace {

constexpr double kHitPixels = 5.0; // how near the pointer must be to an arrow

QString dropReasonText(core::DropReason reason) {
    switch (reason) {
    case core::DropReason::LinkLoss:
        return SequenceView::tr("lost on the link");
    case core::DropReason::NoRoute:
        return SequenceView::tr("no host has the destination address");
    case core::DropReason::NoSocket:
        return SequenceView::tr("no socket on the destination port");
    case core::DropReason::HostDown:
        return SequenceView::tr("the destination host is down");
    case core::DropReason::Fault:
        return SequenceView::tr("dropped by a fault of the scenario");
    case core::DropReason::QueueFull:
        return SequenceView::tr("the listener's queue was full");
    }
    return {};
}

QString originText(const core::SegmentRecord& r) {
    switch (r.origin) {
    case core::SegmentOrigin::Normal:
        return {};
    case core::SegmentOrigin::Retransmission:
        return SequenceView::tr("retransmission of #%1").arg(r.original);
    case core::SegmentOrigin::ResetNoSocket:
        return SequenceView::tr("RST from the host: no socket matches (RFC 9293 3.10.7.1)");
    case core::SegmentOrigin::ChallengeAck:
        return SequenceView::tr("challenge ACK (RFC 5961)");
    case core::SegmentOrigin::KeepaliveProbe:
        return SequenceView::tr("keep-alive probe (RFC 9293 3.8.4)");
    case core::SegmentOrigin::Injected:
        return SequenceView::tr("injected by a fault of the scenario");
    case core::SegmentOrigin::Duplicate:
        return SequenceView::tr("duplicate of #%1").arg(r.original);
    case core::SegmentOrigin::SynCookie:
        return SequenceView::tr("SYN-ACK carrying a SYN cookie");
    }
    return {};
}

QString seconds(core::Micros t) {
    return paint_detail::secondsText(t, paint_detail::decimalsFor(t) > 3 ? 6 : 3);
}

} // namespace

std::optional<core::SegId> SequenceView::hitTest(QPointF viewportPos) const {
    if (viewportPos.y() < headerPixels() || inRuler(viewportPos))
        return std::nullopt;
    // Hidden future segments cannot be hit; ghosted ones can (to drop one ahead).
    const std::optional<core::Micros> time = m_showFuture ? std::nullopt : m_time;
    return segmentAt(m_diagram, mapToLogical(viewportPos), kHitPixels / m_zoom, time);
}

core::Micros SequenceView::timeAtViewport(QPointF viewportPos) const {
    const core::Micros t = m_diagram.axis.timeAt(mapToLogical(viewportPos).y());
    const core::Micros end = m_diagram.axis.timeAt(m_diagram.height);
    return std::clamp(t, core::Micros{0}, std::max(end, core::Micros{0}));
}

QString SequenceView::segmentToolTip(core::SegId seg) const {
    const auto it = std::find_if(m_diagram.arrows.begin(), m_diagram.arrows.end(),
                                 [seg](const Arrow& a) { return a.seg == seg; });
    if (it == m_diagram.arrows.end())
        return {};
    const Arrow& a = *it;
    const auto lane = [this](int i) {
        return QString::fromStdString(m_diagram.lifelines[static_cast<std::size_t>(i)].label);
    };
    QStringList lines;
    lines << QStringLiteral("<b>#%1 %2</b>")
                 .arg(seg)
                 .arg(QString::fromStdString(a.label).toHtmlEscaped());
    lines << tr("%1 → %2").arg(lane(a.fromLane), lane(a.toLane));
    const QString sent = seconds(m_diagram.axis.timeAt(a.from.y));
    const QString ended = seconds(m_diagram.axis.timeAt(a.to.y));
    if (a.lost)
        lines << tr("sent %1, lost at %2: %3")
                     .arg(sent, ended, a.dropReason ? dropReasonText(*a.dropReason) : QString());
    else if (a.unfinished)
        lines << tr("sent %1, still in flight when the trace ends").arg(sent);
    else
        lines << tr("sent %1, arrived %2").arg(sent, ended);
    if (m_trace && seg >= 0 && seg < static_cast<core::SegId>(m_trace->segments.size())) {
        const core::SegmentRecord& r = m_trace->segments[static_cast<std::size_t>(seg)];
        if (const QString origin = originText(r); !origin.isEmpty())
            lines << origin;
        if (r.protocol == core::Protocol::Tcp)
            lines << tr("window %1, %2 data bytes").arg(r.header.window).arg(r.payloadLength);
    }
    return lines.join(QStringLiteral("<br>"));
}

bool SequenceView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const std::optional<core::SegId> seg = hitTest(help->pos());
        if (seg)
            QToolTip::showText(help->globalPos(), segmentToolTip(*seg), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SequenceView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    if (pos.y() < headerPixels())
        return;
    if (const std::optional<core::SegId> seg = hitTest(pos)) {
        setSelectedSegment(*seg);
        emit segmentClicked(*seg);
    } else {
        emit timeClicked(timeAtViewport(pos));
    }
}

void SequenceView::mouseReleaseEvent(QMouseEvent* event) {
    // The press acted already; the release ends the click.
    event->setAccepted(event->button() == Qt::LeftButton);
}

void SequenceView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // One notch (120) zooms by 20%, around the pointer.
    const double notches = event->angleDelta().y() / 120.0;
    setZoom(m_zoom * std::pow(1.2, notches), event->position());
    event->accept();
}

std::unique_ptr<QMenu> SequenceView::segmentMenu(core::SegId seg) {
    auto menu = std::make_unique<QMenu>();
    const auto add = [&](const QString& text, Qt::Key key,
                         void (SequenceView::*signal)(core::SegId)) {
        QAction* action = menu->addAction(text);
        action->setShortcut(QKeySequence(key));
        action->setShortcutVisibleInContextMenu(true);
        connect(action, &QAction::triggered, this,
                [this, signal, seg] { emit(this->*signal)(seg); });
    };
    add(tr("Drop this segment"), Qt::Key_D, &SequenceView::dropSegmentRequested);
    add(tr("Delay this segment…"), Qt::Key_L, &SequenceView::delaySegmentRequested);
    add(tr("Duplicate this segment"), Qt::Key_U, &SequenceView::duplicateSegmentRequested);
    return menu;
}

void SequenceView::contextMenuEvent(QContextMenuEvent* event) {
    // The scroll area hands the viewport's events on with viewport positions.
    std::optional<core::SegId> seg = hitTest(event->pos());
    if (event->reason() == QContextMenuEvent::Keyboard && m_selected != core::kNone)
        seg = m_selected;
    if (!seg) {
        event->ignore();
        return;
    }
    if (*seg != m_selected) {
        setSelectedSegment(*seg);
        emit segmentClicked(*seg);
    }
    segmentMenu(*seg)->exec(event->globalPos());
}

// Ctrl+Alt+Plus (or =) zooms in: 1, Ctrl+Alt+Minus out: -1, Ctrl+Alt+0 resets:
// 2; else 0. Ctrl+Plus and Ctrl+Minus without Alt size the window's text.
int SequenceView::zoomKey(const QKeyEvent* event) {
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods != (Qt::ControlModifier | Qt::AltModifier))
        return 0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return 1;
    case Qt::Key_Minus:
        return -1;
    case Qt::Key_0:
        return 2;
    default:
        return 0;
    }
}

// Keys this view acts on even if a window shortcut uses them too. Left, Right,
// Space, Home and End are not among them: playback owns those.
bool SequenceView::handlesShortcut(const QKeyEvent* event) const {
    if (zoomKey(event) != 0)
        return true;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool segmentKey =
        event->key() == Qt::Key_D || event->key() == Qt::Key_L || event->key() == Qt::Key_U;
    return segmentKey && mods == Qt::NoModifier && m_selected != core::kNone;
}

bool SequenceView::event(QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride &&
        handlesShortcut(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

void SequenceView::keyPressEvent(QKeyEvent* event) {
    QScrollBar* bar = verticalScrollBar();
    const int zoom = zoomKey(event);
    if (zoom == 1)
        zoomIn();
    else if (zoom == -1)
        zoomOut();
    else if (zoom == 2)
        resetZoom();
    else if (handlesShortcut(event) && event->key() == Qt::Key_D)
        emit dropSegmentRequested(m_selected);
    else if (handlesShortcut(event) && event->key() == Qt::Key_L)
        emit delaySegmentRequested(m_selected);
    else if (handlesShortcut(event) && event->key() == Qt::Key_U)
        emit duplicateSegmentRequested(m_selected);
    else if (event->key() == Qt::Key_Up)
        bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (event->key() == Qt::Key_Down)
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    else if (event->key() == Qt::Key_PageUp)
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    else if (event->key() == Qt::Key_PageDown)
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    else
        event->ignore(); // Left, Right, Space, Home, End...: for playback, up the chain
}

} // namespace ui
