#include "ui/event_log_model.h"

#include "ui/event_icons.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <limits>

namespace ui {

EventLogModel::EventLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void EventLogModel::setTrace(std::shared_ptr<const core::Trace> trace) {
    beginResetModel();
    m_trace = std::move(trace);
    m_current = -1;
    m_cachedRow = -1;
    m_cachedText = {};
    endResetModel();
}

void EventLogModel::setCurrentEvent(int index) {
    index = std::clamp(index, -1, rowCount() - 1);
    if (index == m_current)
        return;
    const int old = m_current;
    m_current = index;
    // Rows between the old and the new playhead changed from future to past
    // (or back), and the two playhead rows changed their highlight.
    const int first = std::max(0, std::min(old, index));
    const int last = std::max(old, index);
    if (last >= 0)
        emit dataChanged(this->index(first, 0), this->index(last, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole, IsCurrentRole, IsFutureRole});
}

void EventLogModel::setDimFuture(bool dim) {
    if (dim == m_dimFuture)
        return;
    m_dimFuture = dim;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

QModelIndex EventLogModel::indexOfEvent(int event, int column) const {
    return index(event, column);
}

EventKind EventLogModel::kindOf(int event) const {
    return eventKind(this->event(event));
}

EventText EventLogModel::textOf(int event) const {
    return cachedText(event);
}

int EventLogModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_trace)
        return 0;
    // A QAbstractItemModel counts rows in an int.
    constexpr std::size_t kMax = std::numeric_limits<int>::max();
    return static_cast<int>(std::min(m_trace->events.size(), kMax));
}

int EventLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return eventTimeText(event(row).t) + QStringLiteral(" \u2014 ") + cachedText(row).sentence;
    case SentenceRole:
        return cachedText(row).sentence;
    case Qt::DecorationRole:
        if (index.column() == EventColumn)
            return eventKindIcon(kindOf(row), QGuiApplication::palette());
        return {};
    case Qt::ForegroundRole:
        return foreground(row);
    case Qt::BackgroundRole:
        if (row == m_current)
            return QBrush(currentRowColor(QGuiApplication::palette()));
        return {};
    case Qt::FontRole:
        return font(row);
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case EventIndexRole:
        return row;
    case EventKindRole:
        return static_cast<int>(kindOf(row));
    case IsCurrentRole:
        return row == m_current;
    case IsFutureRole:
        return row > m_current;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter) |
                                   (section == TimeColumn ? Qt::AlignRight : Qt::AlignLeft));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EndpointColumn:
        return tr("Endpoint");
    case EventColumn:
        return tr("Event");
    default:
        return {};
    }
}

Qt::ItemFlags EventLogModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const core::TraceEvent& EventLogModel::event(int row) const {
    return m_trace->events[static_cast<std::size_t>(row)];
}

const EventText& EventLogModel::cachedText(int row) const {
    if (row != m_cachedRow) {
        m_cachedText = describeEvent(*m_trace, event(row));
        m_cachedRow = row;
    }
    return m_cachedText;
}

QVariant EventLogModel::display(int row, int column) const {
    switch (column) {
    case TimeColumn:
        return eventTimeText(event(row).t);
    case EndpointColumn:
        return cachedText(row).endpoint;
    case EventColumn:
        return cachedText(row).description;
    default:
        return {};
    }
}

QVariant EventLogModel::foreground(int row) const {
    const QPalette palette = QGuiApplication::palette();
    if (m_dimFuture && row > m_current)
        return QBrush(palette.color(QPalette::PlaceholderText));
    const EventKind kind = kindOf(row);
    if (kind == EventKind::Dropped || kind == EventKind::Fault || kind == EventKind::Host)
        return QBrush(eventKindColor(EventKind::Dropped, palette));
    return {};
}

QVariant EventLogModel::font(int row) const {
    if (kindOf(row) != EventKind::StateChange)
        return {};
    QFont bold;
    bold.setBold(true);
    return bold;
}

} // namespace ui
