#pragma once

#include "core/time.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace ui {

class Playback;
class Scrubber;

// Playback controls in one row: start, previous event, play/pause, next
// event, end; the scrubber; the speed; and where the playhead is
// ("t = 1.250 s · event 12 / 48"). The same actions, with their shortcuts,
// are offered for a Playback menu.
class TransportBar : public QWidget {
    Q_OBJECT

public:
    explicit TransportBar(QWidget* parent = nullptr);

    void setPlayback(Playback* playback);
    Playback* playback() const { return m_playback; }

    // Play/Pause (Space), Previous Event (Left), Next Event (Right), Go to
    // Start (Home), Go to End (End), Slower ([), Faster (]), in menu order.
    // Their shortcuts work anywhere in the window (Qt::WindowShortcut) once
    // this bar is in it; a main window may add them to a menu as well.
    QList<QAction*> playbackActions() const;

    QAction* playAction() const { return m_play; }
    QAction* previousAction() const { return m_previous; }
    QAction* nextAction() const { return m_next; }
    QAction* startAction() const { return m_start; }
    QAction* endAction() const { return m_end; }
    QAction* slowerAction() const { return m_slower; }
    QAction* fasterAction() const { return m_faster; }
    Scrubber* scrubber() const { return m_scrubber; }
    QComboBox* speedBox() const { return m_speed; }
    QLabel* positionLabel() const { return m_position; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QAction* makeAction(const QString& text, const QKeySequence& shortcut);
    void updateIcons();
    void connectActions();
    void updatePosition();
    void updatePlaying();
    void updateSpeed();
    void updateEnabled();
    void chooseSpeed(int index);

    QPointer<Playback> m_playback;
    QAction* m_play = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_next = nullptr;
    QAction* m_start = nullptr;
    QAction* m_end = nullptr;
    QAction* m_slower = nullptr;
    QAction* m_faster = nullptr;
    Scrubber* m_scrubber = nullptr;
    QComboBox* m_speed = nullptr;
    QLabel* m_position = nullptr;
};

} // namespace ui
