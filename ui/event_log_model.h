#pragma once

#include "ui/event_text.h"

#include <QAbstractTableModel>
#include <memory>

namespace ui {

// The trace's events as a table: time, endpoint, what happened. Rows are
// formatted when a view asks for them, never all at once, so that a trace of
// 500 000 events costs nothing until it is scrolled through. The row at the
// playhead is highlighted and the rows after it (the future) are dimmed.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, EndpointColumn, EventColumn, ColumnCount };
    enum Role {
        EventIndexRole = Qt::UserRole + 1, // int: the event's index in the trace
        EventKindRole,                     // int: an EventKind
        SentenceRole,                      // QString: the event as one sentence
        IsCurrentRole,                     // bool: the event at the playhead
        IsFutureRole,                      // bool: after the playhead
    };

    explicit EventLogModel(QObject* parent = nullptr);

    // Shows `trace` (nullptr: nothing) and resets the playhead to before the
    // first event.
    void setTrace(std::shared_ptr<const core::Trace> trace);
    const core::Trace* trace() const { return m_trace.get(); }

    // The event at the playhead, -1 before the first. Clamped to the trace.
    void setCurrentEvent(int index);
    int currentEvent() const { return m_current; }

    // Whether rows after the playhead are dimmed (default: yes).
    void setDimFuture(bool dim);

    int eventIndex(const QModelIndex& index) const { return index.isValid() ? index.row() : -1; }
    QModelIndex indexOfEvent(int event, int column = EventColumn) const;
    EventKind kindOf(int event) const;
    EventText textOf(int event) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    const core::TraceEvent& event(int row) const;
    const EventText& cachedText(int row) const;
    QVariant display(int row, int column) const;
    QVariant foreground(int row) const;
    QVariant font(int row) const;

    std::shared_ptr<const core::Trace> m_trace;
    int m_current = -1;
    bool m_dimFuture = true;
    // A view asks for several roles and columns of one row in a row: keep the
    // last row's words instead of formatting them for every question.
    mutable int m_cachedRow = -1;
    mutable EventText m_cachedText;
};

} // namespace ui
