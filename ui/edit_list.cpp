#include "ui/edit_list.h"

#include "core/scenario_edit.h"
#include "ui/edit_text.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui {

EditList::EditList(QWidget* parent) : QWidget(parent) {
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->installEventFilter(this);
    auto* removeAction = new QAction(tr("Remove this edit"), m_list);
    m_list->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &EditList::requestRemoveSelected);

    m_empty = new QLabel(tr("No edits yet. Drop a segment, change a link or inject a RST to see "
                            "what TCP does."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false); // drawn greyed: a hint, not content

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);

    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Take the selected edit out of the scenario (Delete)"));
    m_remove->setVisible(false);
    connect(m_remove, &QPushButton::clicked, this, &EditList::requestRemoveSelected);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_remove, 0, Qt::AlignRight);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateButtons();
        if (!m_filling && row >= 0)
            emit editSelected(editNumber(row));
    });
    updateButtons();
}

void EditList::setScenario(const core::Scenario& scenario,
                           std::shared_ptr<const core::Trace> trace) {
    const int selected = m_list->currentRow() >= 0 ? editNumber(m_list->currentRow()) : 0;
    m_filling = true;
    m_list->clear();
    for (const core::EditRef& edit : core::labEdits(scenario)) {
        auto* item = new QListWidgetItem(EditText::describe(scenario, *trace, edit), m_list);
        item->setData(Qt::UserRole, edit.number);
        item->setToolTip(item->text());
        if (edit.number == selected)
            m_list->setCurrentItem(item);
    }
    m_filling = false;
    m_stack->setCurrentWidget(m_list->count() == 0 ? static_cast<QWidget*>(m_empty) : m_list);
    m_remove->setVisible(m_list->count() > 0);
    updateButtons();
}

int EditList::count() const {
    return m_list->count();
}

QString EditList::text(int row) const {
    return m_list->item(row)->text();
}

int EditList::editNumber(int row) const {
    return m_list->item(row)->data(Qt::UserRole).toInt();
}

bool EditList::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            requestRemoveSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EditList::requestRemoveSelected() {
    const int row = m_list->currentRow();
    if (row >= 0)
        emit removeEditRequested(editNumber(row));
}

void EditList::updateButtons() {
    const bool selected = m_list->currentRow() >= 0;
    m_remove->setEnabled(selected);
    for (QAction* action : m_list->actions())
        action->setEnabled(selected);
}

} // namespace ui
