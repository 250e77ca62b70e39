#include "ui/segment_inspector.h"

#include "ui/segment_fate.h"
#include "ui/segment_fields_model.h"
#include "ui/tcp_header_diagram.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

SegmentInspector::SegmentInspector(QWidget* parent)
    : QWidget(parent), m_fate(new QLabel(this)), m_model(new SegmentFieldsModel(this)),
      m_table(new QTableView(this)), m_header(new TcpHeaderDiagram(this)) {
    m_fate->setWordWrap(true);
    m_fate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fate->setMargin(4);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    // The drawing keeps its height; a short window scrolls it rather than squash it.
    auto* headerScroll = new QScrollArea(this);
    headerScroll->setWidget(m_header);
    headerScroll->setWidgetResizable(true);
    headerScroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(headerScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fate);
    layout->addWidget(splitter, 1);
    clear();
}

void SegmentInspector::setSegment(std::shared_ptr<const core::Trace> trace, core::SegId seg) {
    if (!trace || seg < 0 || static_cast<std::size_t>(seg) >= trace->segments.size()) {
        clear();
        return;
    }
    m_trace = std::move(trace);
    m_seg = seg;
    const core::SegmentRecord& r = m_trace->segments[static_cast<std::size_t>(seg)];
    QString text = describeFate(*m_trace, segmentFate(*m_trace, seg));
    if (r.protocol == core::Protocol::Udp)
        text += QLatin1Char(' ') + tr("UDP datagram: no sequence numbers, no handshake.");
    m_fate->setText(text);
    m_model->setSegment(*m_trace, seg);
    m_table->resizeColumnToContents(SegmentFieldsModel::FieldColumn);
    m_table->resizeColumnToContents(SegmentFieldsModel::ValueColumn);
    m_header->setSegment(r.header, r.protocol, m_trace->payloadOf(seg));
}

void SegmentInspector::clear() {
    m_trace.reset();
    m_seg = core::kNone;
    m_fate->setText(tr("Click a segment in the diagram to inspect it."));
    m_model->clear();
    m_header->clear();
}

QString SegmentInspector::fateText() const {
    return m_fate->text();
}

} // namespace ui
