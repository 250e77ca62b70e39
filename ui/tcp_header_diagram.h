#pragma once

#include "core/segment.h"
#include "core/trace.h"

#include <QWidget>
#include <optional>
#include <string_view>

namespace ui {

// The TCP header as RFC 9293 3.1 draws it: 32-bit rows under a bit ruler,
// each field a cell holding this segment's value, the eight flags one bit
// each with their names written downwards and the set ones filled. For a UDP
// datagram, the RFC 768 header. Without a segment, the bare layout.
class TcpHeaderDiagram : public QWidget {
    Q_OBJECT

public:
    explicit TcpHeaderDiagram(QWidget* parent = nullptr);

    // `payload`: the data the segment carries, shown in the Data row.
    void setSegment(const core::Segment& header, core::Protocol protocol, std::string_view payload);
    void clear();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // One cell of the drawing, in widget coordinates (for tests and tooltips).
    struct Cell {
        QRectF rect;
        QString name;  // "Source Port", "SYN"
        QString value; // "80", "1"; empty without a segment
        bool flag = false;
        bool set = false; // a flag bit that is 1
    };
    std::vector<Cell> cells() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Metrics;
    Metrics metrics() const;
    void addRow(std::vector<Cell>& out, const Metrics& m, double y, double height,
                std::initializer_list<std::tuple<int, QString, QString>> fields) const;
    void paintRuler(QPainter& p, const Metrics& m) const;
    void paintCell(QPainter& p, const Cell& cell) const;

    std::optional<core::Segment> m_header;
    core::Protocol m_protocol = core::Protocol::Tcp;
    std::uint32_t m_payloadLength = 0;
    QString m_payloadText; // printable, shortened
};

} // namespace ui
