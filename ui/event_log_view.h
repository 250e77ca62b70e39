#pragma once

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace core {
struct Trace;
}

namespace ui {

class EventLogModel;
class EventFilterModel;

// The event log: one row per trace event, a filter by kind and by text, and
// the row at the playhead selected. Stays fast for 500 000 events: rows have
// one fixed height and columns are sized from the trace's names, not its rows.
class EventLogView : public QWidget {
    Q_OBJECT

public:
    explicit EventLogView(QWidget* parent = nullptr);
    ~EventLogView() override;

    void setTrace(std::shared_ptr<const core::Trace> trace);

    EventLogModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QComboBox* kindFilter() const { return m_kindFilter; }

public slots:
    // Moves the playhead row to `index` (-1: before the first event), selects
    // it and scrolls it into view. Does not emit eventActivated.
    void followEvent(int index);
    // Hides the events after the playhead (the quiz: the log must not give
    // the answer away), or shows them again, dimmed.
    void setHideFuture(bool hide);
    bool hidesFuture() const { return m_hideFuture; }
    // Applies the text in the filter box now instead of after the typing pause.
    void applyTextFilter();

signals:
    // The user clicked a row or pressed Enter on it: play from that event.
    void eventActivated(int index);

private:
    void setupFilters();
    void setupTable();
    void activateRow(const QModelIndex& proxyIndex);
    void applyKindFilter();
    void sizeColumns();
    void updateCount();

    EventLogModel* m_model = nullptr;
    EventFilterModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_filterDelay = nullptr;
    bool m_following = false;
    bool m_hideFuture = false;
};

} // namespace ui
