#include "ui/tcp_header_diagram.h"

#include "ui/segment_fate.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <tuple>

namespace ui {
namespace {

constexpr double kMargin = 8.0;
constexpr int kBits = 32;

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

QFont smaller(const QFont& base) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : 8.0);
    return f;
}

QString optionsSummary(const core::Options& o) {
    QStringList parts;
    if (o.mss)
        parts << QStringLiteral("MSS %1").arg(*o.mss);
    if (o.windowScale)
        parts << QStringLiteral("WS %1").arg(*o.windowScale);
    if (o.sackPermitted)
        parts << QStringLiteral("SACK-permitted");
    if (o.timestamps)
        parts << QStringLiteral("TS %1/%2").arg(o.timestamps->value).arg(o.timestamps->echoReply);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

struct TcpHeaderDiagram::Metrics {
    double left = kMargin;
    double bit = 10.0;
    double rulerLine = 10.0; // one line of the two-line ruler
    double row = 40.0;
    double flagRow = 60.0;
    double letter = 10.0; // one stacked letter of a flag name
};

TcpHeaderDiagram::TcpHeaderDiagram(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TcpHeaderDiagram::setSegment(const core::Segment& header, core::Protocol protocol,
                                  std::string_view payload) {
    m_header = header;
    m_protocol = protocol;
    m_payloadLength = static_cast<std::uint32_t>(payload.size());
    m_payloadText.clear();
    for (char c : payload.substr(0, 80))
        m_payloadText += c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : QChar(u'.');
    updateGeometry();
    update();
}

void TcpHeaderDiagram::clear() {
    m_header.reset();
    m_protocol = core::Protocol::Tcp;
    m_payloadLength = 0;
    m_payloadText.clear();
    updateGeometry();
    update();
}

TcpHeaderDiagram::Metrics TcpHeaderDiagram::metrics() const {
    const QFontMetricsF small(smaller(font()));
    const QFontMetricsF normal(font());
    Metrics m;
    m.bit = std::max(6.0, (width() - 2 * kMargin) / kBits);
    m.rulerLine = small.height();
    m.row = small.height() + normal.height() + 10;
    m.letter = small.height() * 0.85;
    m.flagRow = std::max(m.row, 3 * m.letter + normal.height() + 10);
    return m;
}

QSize TcpHeaderDiagram::sizeHint() const {
    const Metrics m = metrics();
    const double rows = m_protocol == core::Protocol::Udp ? 3 * m.row : 6 * m.row + m.flagRow;
    const double height = 2 * m.rulerLine + 4 + rows + 2 * kMargin;
    return {560, static_cast<int>(std::ceil(height))};
}

QSize TcpHeaderDiagram::minimumSizeHint() const {
    return {320, sizeHint().height()};
}

void TcpHeaderDiagram::addRow(
    std::vector<Cell>& out, const Metrics& m, double y, double height,
    std::initializer_list<std::tuple<int, QString, QString>> fields) const {
    double x = m.left;
    for (const auto& [bits, name, value] : fields) {
        const double w = bits * m.bit;
        out.push_back({QRectF(x, y, w, height), name, m_header ? value : QString(), false, false});
        x += w;
    }
}

std::vector<TcpHeaderDiagram::Cell> TcpHeaderDiagram::cells() const {
    const Metrics m = metrics();
    const core::Segment h = m_header.value_or(core::Segment{});
    std::vector<Cell> out;
    double y = kMargin + 2 * m.rulerLine + 4;
    const auto num = [](auto v) { return QString::number(v); };
    const QString checksum = QStringLiteral("0x%1").arg(h.checksum, 4, 16, QLatin1Char('0'));
    const QString payload =
        m_payloadText.isEmpty()
            ? formatBytes(m_payloadLength)
            : QStringLiteral("%1: \u201c%2\u201d").arg(formatBytes(m_payloadLength), m_payloadText);
    addRow(out, m, y, m.row,
           {{16, tr("Source Port"), num(h.srcPort)}, {16, tr("Destination Port"), num(h.dstPort)}});
    y += m.row;
    if (m_protocol == core::Protocol::Udp) {
        addRow(out, m, y, m.row,
               {{16, tr("Length"), num(8 + m_payloadLength)}, {16, tr("Checksum"), checksum}});
        addRow(out, m, y + m.row, m.row, {{32, tr("Data"), payload}});
        return out;
    }
    addRow(out, m, y, m.row, {{32, tr("Sequence Number"), num(h.seq.value())}});
    y += m.row;
    addRow(out, m, y, m.row, {{32, tr("Acknowledgment Number"), num(h.ack.value())}});
    y += m.row;
    addRow(out, m, y, m.flagRow,
           {{4, tr("Data Offset"), num(h.dataOffset)}, {4, tr("Rsrvd"), num(0)}});
    double x = m.left + 8 * m.bit;
    for (core::Flag f : core::kAllFlags) {
        const bool set = h.flags.has(f);
        out.push_back({QRectF(x, y, m.bit, m.flagRow), QString::fromUtf8(core::flagName(f)),
                       m_header ? num(set ? 1 : 0) : QString(), true, m_header && set});
        x += m.bit;
    }
    out.push_back({QRectF(x, y, 16 * m.bit, m.flagRow), tr("Window"),
                   m_header ? num(h.window) : QString(), false, false});
    y += m.flagRow;
    addRow(out, m, y, m.row,
           {{16, tr("Checksum"), checksum}, {16, tr("Urgent Pointer"), num(h.urgentPointer)}});
    y += m.row;
    const QString options = h.options.empty() ? tr("none") : optionsSummary(h.options);
    addRow(out, m, y, m.row, {{32, tr("[Options]"), options}});
    y += m.row;
    addRow(out, m, y, m.row, {{32, tr("Data"), payload}});
    return out;
}

void TcpHeaderDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setRenderHint(QPainter::Antialiasing);
    const Metrics m = metrics();
    paintRuler(p, m);
    for (const Cell& cell : cells())
        paintCell(p, cell);
}

// The RFC's ruler: tens above, units below, one digit per bit.
void TcpHeaderDiagram::paintRuler(QPainter& p, const Metrics& m) const {
    p.setFont(smaller(font()));
    p.setPen(mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.6));
    for (int bit = 0; bit < kBits; ++bit) {
        const QRectF units(m.left + bit * m.bit, kMargin + m.rulerLine, m.bit, m.rulerLine);
        p.drawText(units, Qt::AlignCenter, QString::number(bit % 10));
        if (bit % 10 == 0)
            p.drawText(units.translated(0, -m.rulerLine), Qt::AlignCenter,
                       QString::number(bit / 10));
    }
}

void TcpHeaderDiagram::paintCell(QPainter& p, const Cell& cell) const {
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const QColor highlight = palette().color(QPalette::Highlight);
    p.setPen(QPen(mix(base, text, 0.45), 1.0));
    p.setBrush(cell.set ? highlight : base);
    p.drawRect(cell.rect);
    const QFont small = smaller(font());
    const QFontMetricsF fm(small);
    const QColor ink = cell.set ? palette().color(QPalette::HighlightedText) : text;
    p.setFont(small);
    p.setPen(cell.set ? ink : mix(base, text, 0.65));
    if (cell.flag) {
        // Written downwards, a letter a line, as the RFC's figure does.
        for (int i = 0; i < cell.name.size(); ++i)
            p.drawText(QRectF(cell.rect.left(), cell.rect.top() + 3 + i * fm.height() * 0.85,
                              cell.rect.width(), fm.height()),
                       Qt::AlignHCenter | Qt::AlignTop, cell.name.mid(i, 1));
    } else {
        const QRectF nameRect = cell.rect.adjusted(2, 3, -2, 0);
        p.drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop,
                   fm.elidedText(cell.name, Qt::ElideRight, nameRect.width()));
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(ink);
    const QRectF valueRect = cell.rect.adjusted(2, 0, -2, -4);
    p.drawText(valueRect, Qt::AlignHCenter | Qt::AlignBottom,
               QFontMetricsF(bold).elidedText(cell.value, Qt::ElideRight, valueRect.width()));
}

bool TcpHeaderDiagram::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    for (const Cell& cell : cells()) {
        if (cell.rect.contains(help->pos())) {
            const QString tip = cell.value.isEmpty()
                                    ? cell.name
                                    : QStringLiteral("%1: %2").arg(cell.name, cell.value);
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace ui
