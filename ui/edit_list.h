#pragma once

#include "core/scenario.h"
#include "core/trace.h"

#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ui {

// The learner's lab edits of a scenario, one line each in the order they were
// made ("At 1.250 s: drop segment #7 (...)"). Selecting one asks to go to its
// time; the context menu, the Delete key or the Remove button ask to take it out.
class EditList : public QWidget {
    Q_OBJECT

public:
    explicit EditList(QWidget* parent = nullptr);

    // Shows the edits of `scenario`; `trace` is its trace. Emits nothing; the
    // selected edit stays selected while it exists.
    void setScenario(const core::Scenario& scenario, std::shared_ptr<const core::Trace> trace);

    int count() const;
    QString text(int row) const;
    int editNumber(int row) const;
    // The list itself, for keyboard focus and tests.
    QListWidget* listWidget() const { return m_list; }

signals:
    void editSelected(int editNumber);
    void removeEditRequested(int editNumber);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void requestRemoveSelected();
    void updateButtons();

    QStackedWidget* m_stack = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_filling = false;
};

} // namespace ui
