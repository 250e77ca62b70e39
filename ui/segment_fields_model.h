#pragma once

#include "core/trace.h"

#include <QAbstractTableModel>
#include <QString>
#include <optional>
#include <vector>

namespace ui {

// The header fields of one segment as a table: field, value, note. Sequence
// and acknowledgment numbers are given absolute and relative to the ISN of
// their direction (the sequence number of the last SYN first sent that way,
// as the sequence diagram counts).
class SegmentFieldsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn, NoteColumn, ColumnCount };

    explicit SegmentFieldsModel(QObject* parent = nullptr);

    void setSegment(const core::Trace& trace, core::SegId seg);
    void clear();

    // The row showing `field` (as the Field column says it), or -1.
    int rowOf(const QString& field) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    struct Row {
        QString field;
        QString value;
        QString note;
        bool monospace = false; // numbers and bytes line up
    };

private:
    std::vector<Row> m_rows;
};

// The ISN of the direction segment `seg` travels (reverse: of the opposite
// direction, which its ACK field counts), as of that segment: the sequence
// number of the last SYN at or before it that was sent that way for the first
// time, as ui/sequence_layout.cpp counts it. nullopt before any such SYN.
std::optional<std::uint32_t> isnBefore(const core::Trace& trace, core::SegId seg, bool reverse);

} // namespace ui
