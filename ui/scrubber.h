#pragma once

#include "core/time.h"

#include <QPointer>
#include <QWidget>
#include <vector>

namespace ui {

class Playback;

// The whole trace as a bar: a tick for each event, placed along the diagram's
// time axis (so ticks cluster as the arrows do and a collapsed gap is short,
// marked with a break), and a handle at the playhead. Click or drag to seek;
// with the keyboard, Left and Right step, Page Up and Page Down jump, Home and
// End go to either end.
class Scrubber : public QWidget {
    Q_OBJECT

public:
    explicit Scrubber(QWidget* parent = nullptr);

    void setPlayback(Playback* playback);

    // Where virtual time `t` is drawn, in widget coordinates, and back.
    double xForTime(core::Micros t) const;
    core::Micros timeAtX(double x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF track() const;
    double axisStart() const;
    double axisEnd() const;
    void rebuildTicks();
    void seekToX(double x);
    void paintBaseline(QPainter& painter, const QRectF& area, double playheadX) const;
    void paintTicks(QPainter& painter, const QRectF& area, double playheadX) const;
    void paintBreaks(QPainter& painter, const QRectF& area) const;
    void paintHandle(QPainter& painter, const QRectF& area, double x) const;
    QString toolTipAt(double x) const;

    QPointer<Playback> m_playback;
    // Events per pixel column of the track: a trace of 100 000 events draws
    // as many lines as the track is wide, not one per event.
    std::vector<int> m_ticks;
    int m_mostTicks = 0;
    bool m_dragging = false;
    bool m_resumeAfterDrag = false;
};

} // namespace ui
