#pragma once

#include <QObject>

class QWidget;

namespace app {

// The playback shortcuts (Space, Left, Right, Home, End, Page Up, Page Down)
// work anywhere in the window, but a focused list, table, tree, slider or
// combo box needs those keys for itself: this filter lets such a widget have
// them. Install it on the application; it acts only on widgets inside `window`.
class FocusKeys : public QObject {
    Q_OBJECT

public:
    explicit FocusKeys(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
};

} // namespace app
