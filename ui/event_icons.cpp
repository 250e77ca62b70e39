#include "ui/event_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <array>

namespace ui {

namespace {

struct KindColors {
    QRgb light;
    QRgb dark;
};

// Material-like hues: saturated on a light background, paler on a dark one,
// both readable as text.
constexpr std::array<KindColors, kEventKindCount> kColors = {{
    {0x1565c0, 0x64b5f6}, // Sent
    {0x2e7d32, 0x81c784}, // Arrived
    {0xc62828, 0xff6e6e}, // Dropped
    {0x6a1b9a, 0xce93d8}, // StateChange
    {0xb45309, 0xffb74d}, // Timer
    {0x00838f, 0x4dd0e1}, // AppCall
    {0x00838f, 0x4dd0e1}, // AppResult
    {0x00695c, 0x80cbc4}, // Data
    {0x546e7a, 0xb0bec5}, // Queue
    {0xc62828, 0xff6e6e}, // Host
    {0xad1457, 0xf48fb1}, // Fault
}};

void drawArrowHead(QPainter& p, QPointF tip) {
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip + QPointF(-4.5, -3.5));
    head.lineTo(tip + QPointF(-4.5, 3.5));
    head.closeSubpath();
    p.fillPath(head, p.pen().color());
}

// Draws the symbol of `kind` into a 16 x 16 box.
void drawSymbol(QPainter& p, EventKind kind, const QColor& color) {
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case EventKind::Sent: // an arrow leaving
        p.drawLine(QPointF(2.5, 8), QPointF(10, 8));
        drawArrowHead(p, QPointF(14, 8));
        break;
    case EventKind::Arrived: // an arrow reaching a lifeline
        p.drawLine(QPointF(1.5, 8), QPointF(8, 8));
        drawArrowHead(p, QPointF(12, 8));
        p.drawLine(QPointF(14, 3), QPointF(14, 13));
        break;
    case EventKind::Dropped: // a cross
        p.drawLine(QPointF(4, 4), QPointF(12, 12));
        p.drawLine(QPointF(12, 4), QPointF(4, 12));
        break;
    case EventKind::StateChange: { // a diamond
        const QPointF diamond[] = {{8, 2.5}, {13.5, 8}, {8, 13.5}, {2.5, 8}};
        p.setBrush(color);
        p.drawPolygon(diamond, 4);
        break;
    }
    case EventKind::Timer: // a clock
        p.drawEllipse(QPointF(8, 8), 5.5, 5.5);
        p.drawLine(QPointF(8, 8), QPointF(8, 4.5));
        p.drawLine(QPointF(8, 8), QPointF(10.5, 9.5));
        break;
    case EventKind::AppCall: // a filled dot: the application acts
        p.setBrush(color);
        p.drawEllipse(QPointF(8, 8), 3.5, 3.5);
        break;
    case EventKind::AppResult: // a ring: the answer
        p.drawEllipse(QPointF(8, 8), 3.5, 3.5);
        break;
    case EventKind::Data: // a block of bytes
        p.setBrush(color);
        p.drawRect(QRectF(4.5, 4.5, 7, 7));
        break;
    case EventKind::Queue: // a queue of three
        for (const double y : {4.5, 8.0, 11.5})
            p.drawLine(QPointF(3.5, y), QPointF(12.5, y));
        break;
    case EventKind::Host: // a machine switched off
        p.drawRect(QRectF(3, 3.5, 10, 7));
        p.drawLine(QPointF(5.5, 13), QPointF(10.5, 13));
        break;
    case EventKind::Fault: { // a warning triangle
        const QPointF triangle[] = {{8, 2.5}, {14, 13}, {2, 13}};
        p.drawPolygon(triangle, 3);
        p.drawLine(QPointF(8, 6.5), QPointF(8, 9.5));
        p.drawPoint(QPointF(8, 11.3));
        break;
    }
    }
}

QPixmap symbolPixmap(EventKind kind, const QColor& color, qreal ratio) {
    QPixmap pixmap(QSize(16, 16) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    drawSymbol(painter, kind, color);
    return pixmap;
}

} // namespace

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor eventKindColor(EventKind kind, const QPalette& palette) {
    const KindColors& c = kColors.at(static_cast<std::size_t>(kind));
    return QColor::fromRgb(isDarkPalette(palette) ? c.dark : c.light);
}

QIcon eventKindIcon(EventKind kind, const QPalette& palette) {
    // Icons are drawn once per kind and palette brightness; data() asks often.
    // Never freed: pixmaps must not outlive the application object.
    static auto* cache = new std::array<std::array<QIcon, kEventKindCount>, 2>();
    QIcon& icon = cache->at(isDarkPalette(palette) ? 1 : 0).at(static_cast<std::size_t>(kind));
    if (icon.isNull()) {
        const QColor color = eventKindColor(kind, palette);
        icon.addPixmap(symbolPixmap(kind, color, 1.0));
        icon.addPixmap(symbolPixmap(kind, color, 2.0));
    }
    return icon;
}

QColor currentRowColor(const QPalette& palette) {
    QColor color = palette.color(QPalette::Highlight);
    color.setAlphaF(isDarkPalette(palette) ? 0.35f : 0.22f);
    return color;
}

} // namespace ui
