#include "focus_keys.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QComboBox>
#include <QKeyEvent>

namespace app {

namespace {

bool usesNavigationKeys(const QObject* widget) {
    return qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QAbstractSlider*>(widget) || qobject_cast<const QComboBox*>(widget);
}

bool isPlaybackKey(const QKeyEvent* key) {
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Space:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return true;
    default:
        return false;
    }
}

} // namespace

FocusKeys::FocusKeys(QWidget* window) : QObject(window), m_window(window) {}

bool FocusKeys::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride && usesNavigationKeys(watched) &&
        isPlaybackKey(static_cast<QKeyEvent*>(event))) {
        const auto* widget = static_cast<QWidget*>(watched);
        if (widget->window() == m_window)
            event->accept(); // the key goes to the widget, not to the shortcut
    }
    return QObject::eventFilter(watched, event);
}

} // namespace app
