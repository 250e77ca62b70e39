#pragma once

#include <QDialog>

class QMenuBar;

namespace app {

// Help > Keyboard Shortcuts: every menu command that has a shortcut, read
// from the menus themselves so the list cannot go stale, then the keys the
// diagram handles directly.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    // "Menu\tCommand\tShortcut" lines, for tests.
    QStringList rows() const { return m_rows; }

private:
    QStringList m_rows;
};

} // namespace app
