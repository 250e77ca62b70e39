#pragma once

#include "core/trace.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableView;

namespace ui {

class SegmentFieldsModel;
class TcpHeaderDiagram;

// Everything about one segment: what became of it (a sentence on top), its
// fields as a table, and its header drawn as RFC 9293 3.1 does.
class SegmentInspector : public QWidget {
    Q_OBJECT

public:
    explicit SegmentInspector(QWidget* parent = nullptr);

    // Keeps `trace` alive while the segment is shown.
    void setSegment(std::shared_ptr<const core::Trace> trace, core::SegId seg);
    void clear();
    core::SegId segmentId() const { return m_seg; }

    // For tests and for the lead's wiring.
    const SegmentFieldsModel* fieldsModel() const { return m_model; }
    QTableView* fieldsView() const { return m_table; }
    TcpHeaderDiagram* headerDiagram() const { return m_header; }
    QString fateText() const;

private:
    std::shared_ptr<const core::Trace> m_trace;
    core::SegId m_seg = core::kNone;
    QLabel* m_fate = nullptr;
    SegmentFieldsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    TcpHeaderDiagram* m_header = nullptr;
};

} // namespace ui
