#include "shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace app {

namespace {

QString plain(QString text) {
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

void collect(const QMenu* menu, const QString& path, QStringList& rows) {
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" › ") + plain(action->text()), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        keys.removeDuplicates();
        if (!keys.isEmpty())
            rows << path + QLatin1Char('\t') + plain(action->text()) + QLatin1Char('\t') +
                        keys.join(QStringLiteral(", "));
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    for (const QAction* top : menus->actions()) {
        if (top->menu())
            collect(top->menu(), plain(top->text()), m_rows);
    }
    const QString diagram = tr("Sequence diagram");
    m_rows << diagram + QLatin1Char('\t') + tr("Scroll") + QLatin1Char('\t') +
                  tr("Up, Down, mouse wheel")
           << diagram + QLatin1Char('\t') + tr("Zoom around the mouse") + QLatin1Char('\t') +
                  tr("Ctrl+wheel")
           << diagram + QLatin1Char('\t') + tr("Select a segment") + QLatin1Char('\t') + tr("Click")
           << diagram + QLatin1Char('\t') + tr("Segment actions") + QLatin1Char('\t') +
                  tr("Right-click, or the Menu key")
           << tr("Presentation mode") + QLatin1Char('\t') + tr("Leave presentation mode") +
                  QLatin1Char('\t') + tr("Esc, F11");

    auto* table = new QTableWidget(static_cast<int>(m_rows.size()), 3, this);
    table->setHorizontalHeaderLabels({tr("Where"), tr("Command"), tr("Keys")});
    for (int r = 0; r < m_rows.size(); ++r) {
        const QStringList cells = m_rows[r].split(QLatin1Char('\t'));
        for (int c = 0; c < 3; ++c)
            table->setItem(r, c, new QTableWidgetItem(cells.value(c)));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace app
