#pragma once

#include "ui/scenario_list_model.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

namespace ui {

// The scenario library: a filter box, the scenarios by topic, and below them
// what the selected scenario shows. A click selects and explains; a
// double-click or Enter opens (scenarioActivated).
class LibraryPanel : public QWidget {
    Q_OBJECT

public:
    explicit LibraryPanel(QWidget* parent = nullptr);

    void setItems(std::vector<LibraryItem> items);

    // Selects the scenario (clearing a filter that hides it) and explains it.
    // An unknown id clears the selection. Emits nothing.
    void setCurrentScenario(const QString& id);
    // The selected scenario's id; empty when a topic or nothing is selected.
    QString currentScenario() const;

    ScenarioListModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QTextBrowser* explanation() const { return m_explanation; }

signals:
    // The user asked to open this scenario.
    void scenarioActivated(const QString& id);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setupTree();
    void applyFilter(const QString& text);
    void activate(const QModelIndex& proxyIndex);
    void explain(const QModelIndex& proxyIndex);

    ScenarioListModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTreeView* m_tree = nullptr;
    QTextBrowser* m_explanation = nullptr;
};

} // namespace ui
