#include "ui/transport_bar.h"

#include "ui/playback.h"
#include "ui/scrubber.h"
#include "ui/transport_icons.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <cmath>

namespace ui {

namespace {

QString speedText(double speed) {
    return QStringLiteral("%1\u00d7").arg(speed, 0, 'g', 3); // "0.25×"
}

QString shortcutHint(const QString& text, const QAction* action) {
    return QStringLiteral("%1 (%2)").arg(text,
                                         action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

TransportBar::TransportBar(QWidget* parent)
    : QWidget(parent), m_scrubber(new Scrubber(this)), m_speed(new QComboBox(this)),
      m_position(new QLabel(this)) {
    m_start = makeAction(tr("Go to &Start"), Qt::Key_Home);
    m_previous = makeAction(tr("&Previous Event"), Qt::Key_Left);
    m_play = makeAction(tr("&Play"), Qt::Key_Space);
    m_next = makeAction(tr("&Next Event"), Qt::Key_Right);
    m_end = makeAction(tr("Go to &End"), Qt::Key_End);
    m_slower = makeAction(tr("S&lower"), Qt::Key_BracketLeft);
    m_faster = makeAction(tr("&Faster"), Qt::Key_BracketRight);
    // Page Up and Page Down are what a presentation clicker sends.
    m_previous->setShortcuts({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    m_next->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    for (QAction* action : {m_start, m_previous, m_play, m_next, m_end}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setIconSize(QSize(20, 20));
        button->setFocusPolicy(Qt::TabFocus);
        layout->addWidget(button);
    }
    // Not on a button, but their shortcuts must still work in this window.
    addAction(m_slower);
    addAction(m_faster);
    layout->addSpacing(6);
    layout->addWidget(m_scrubber, 1);
    layout->addSpacing(6);

    for (const double speed : Playback::speedSteps())
        m_speed->addItem(speedText(speed), speed);
    m_speed->setToolTip(tr("Playback speed. Slower: [  Faster: ]"));
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_speed);
    layout->addSpacing(8);
    m_position->setTextFormat(Qt::PlainText);
    m_position->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_position);

    connectActions();
    updateIcons();
    setPlayback(nullptr);
}

QAction* TransportBar::makeAction(const QString& text, const QKeySequence& shortcut) {
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(shortcutHint(QString(text).remove(QLatin1Char('&')), action));
    return action;
}

void TransportBar::connectActions() {
    const auto forward = [this](QAction* action, void (Playback::*slot)()) {
        connect(action, &QAction::triggered, this, [this, slot] {
            if (m_playback)
                (m_playback->*slot)();
        });
    };
    forward(m_play, &Playback::togglePlay);
    forward(m_previous, &Playback::stepBack);
    forward(m_next, &Playback::stepForward);
    forward(m_start, &Playback::toStart);
    forward(m_end, &Playback::toEnd);
    forward(m_slower, &Playback::slower);
    forward(m_faster, &Playback::faster);
    connect(m_speed, &QComboBox::activated, this, &TransportBar::chooseSpeed);
}

void TransportBar::setPlayback(Playback* playback) {
    if (m_playback)
        disconnect(m_playback, nullptr, this, nullptr);
    m_playback = playback;
    m_scrubber->setPlayback(playback);
    if (m_playback) {
        connect(m_playback, &Playback::positionChanged, this, &TransportBar::updatePosition);
        connect(m_playback, &Playback::timelineChanged, this, &TransportBar::updatePosition);
        connect(m_playback, &Playback::playingChanged, this, &TransportBar::updatePlaying);
        connect(m_playback, &Playback::speedChanged, this, &TransportBar::updateSpeed);
    }
    updatePosition();
    updatePlaying();
    updateSpeed();
}

QList<QAction*> TransportBar::playbackActions() const {
    return {m_play, m_previous, m_next, m_start, m_end, m_slower, m_faster};
}

void TransportBar::updatePosition() {
    const int count = m_playback ? m_playback->eventCount() : 0;
    const double seconds =
        m_playback ? std::chrono::duration<double>(m_playback->time()).count() : 0.0;
    const QString event = m_playback && !m_playback->atStart()
                              ? QString::number(m_playback->eventIndex() + 1)
                              : QStringLiteral("\u2013");
    m_position->setText(
        tr("t = %1 s \u00b7 event %2 / %3").arg(seconds, 0, 'f', 3).arg(event).arg(count));
    // As wide as the longest text this trace can give, so the bar does not jump.
    const double last = m_playback && count > 0
                            ? std::chrono::duration<double>(m_playback->eventTimes().back()).count()
                            : 0.0;
    const QString widest =
        tr("t = %1 s \u00b7 event %2 / %3").arg(last, 0, 'f', 3).arg(count).arg(count);
    m_position->setMinimumWidth(m_position->fontMetrics().horizontalAdvance(widest) + 4);
    updateEnabled();
}

void TransportBar::updatePlaying() {
    const bool playing = m_playback && m_playback->isPlaying();
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
    m_play->setIcon(transportIcon(playing ? TransportIcon::Pause : TransportIcon::Play, palette()));
    m_play->setToolTip(shortcutHint(playing ? tr("Pause") : tr("Play"), m_play));
}

void TransportBar::updateIcons() {
    m_start->setIcon(transportIcon(TransportIcon::Start, palette()));
    m_previous->setIcon(transportIcon(TransportIcon::Previous, palette()));
    m_next->setIcon(transportIcon(TransportIcon::Next, palette()));
    m_end->setIcon(transportIcon(TransportIcon::End, palette()));
    updatePlaying();
}

void TransportBar::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void TransportBar::updateSpeed() {
    const double speed = m_playback ? m_playback->speed() : 1.0;
    int index = m_speed->findData(speed);
    if (index < 0) { // a speed set elsewhere, between the steps
        index = 0;
        while (index < m_speed->count() && m_speed->itemData(index).toDouble() < speed)
            ++index;
        m_speed->insertItem(index, speedText(speed), speed);
    }
    m_speed->setCurrentIndex(index);
    updateEnabled();
}

void TransportBar::updateEnabled() {
    const bool any = m_playback && m_playback->eventCount() > 0;
    m_play->setEnabled(any);
    m_start->setEnabled(any && !m_playback->atStart());
    m_previous->setEnabled(any && !m_playback->atStart());
    m_next->setEnabled(any && !m_playback->atEnd());
    m_end->setEnabled(any && !m_playback->atEnd());
    m_slower->setEnabled(m_playback && m_playback->speed() > Playback::kMinSpeed);
    m_faster->setEnabled(m_playback && m_playback->speed() < Playback::kMaxSpeed);
    m_speed->setEnabled(m_playback);
    m_scrubber->setEnabled(any);
}

void TransportBar::chooseSpeed(int index) {
    if (m_playback)
        m_playback->setSpeed(m_speed->itemData(index).toDouble());
}

} // namespace ui
