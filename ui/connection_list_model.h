#pragma once

#include "core/capture_scan.h"

#include <QAbstractTableModel>
#include <QString>
#include <vector>

namespace ui {

// The TCP connections of a capture as a table, like Wireshark's
// Conversations: one row per core::ConnectionSummary, in the listing's order
// (by start time, numbered from 1 as the command line's --connection).
class ConnectionListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        AColumn, // "10.0.0.1:40000": the side that opened
        BColumn,
        StartColumn,     // seconds since the first connection's first packet
        DurationColumn,  // seconds, first to last packet
        PacketsColumn,   // both ways
        BytesAToBColumn, // TCP payload
        BytesBToAColumn,
        EndColumn, // "FIN", "RST", "open", "handshake only", "incomplete"
        ColumnCount
    };
    enum Role {
        // A number for the numeric columns (qint64 µs for times, quint64 for
        // counts), the text for the others: what sorting compares.
        SortRole = Qt::UserRole + 1,
        // QString: "a b" as addresses:ports, what the filter looks through.
        FilterRole,
        // int: the row's index in the listing's connections.
        ConnectionRole,
    };

    explicit ConnectionListModel(QObject* parent = nullptr);

    // Shows `listing`'s connections (copies them).
    void setListing(const core::CaptureListing& listing);
    // The connection of `row`; nullptr outside the table.
    const core::ConnectionSummary* connection(int row) const;

    // "FIN", "RST", "open", "handshake only", "incomplete", translated.
    static QString endText(core::ConnectionEnd end);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const core::ConnectionSummary& c, int row, int column) const;
    QVariant sortData(const core::ConnectionSummary& c, int row, int column) const;
    QVariant toolTipData(const core::ConnectionSummary& c, int column) const;
    static QString endToolTip(core::ConnectionEnd end);
    static QString headerToolTip(int section);

    std::vector<core::ConnectionSummary> m_connections;
    std::int64_t m_origin = 0; // µs since the epoch of the earliest start
};

} // namespace ui
