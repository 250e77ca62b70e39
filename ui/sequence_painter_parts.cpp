#include "ui/sequence_painter_parts.h"

#include <QCoreApplication>
#include <QPainter>
#include <cmath>
#include <cstdlib>

namespace ui::paint_detail {

namespace {
// The painter's units, in its translation context. A plain tr() wrapper here
// would hide that context from lupdate, so each call names it.
QString unit(const char* text) {
    return QCoreApplication::translate("ui::SequencePainter", text);
}
} // namespace

QString secondsText(core::Micros t, int decimals) {
    return unit(QT_TRANSLATE_NOOP("ui::SequencePainter", "%1 s"))
        .arg(static_cast<double>(t.count()) / 1e6, 0, 'f', decimals);
}

int decimalsFor(core::Micros step) {
    long long unit = 1'000'000; // 10^-decimals seconds in microseconds
    int decimals = 0;
    while (decimals < 6 && step.count() % unit != 0) {
        unit /= 10;
        ++decimals;
    }
    return decimals;
}

QString durationText(core::Micros d) {
    const long long us = d.count();
    if (std::llabs(us) >= 1'000'000) {
        // Whole milliseconds at most: "239.95 s", "60 s".
        const long long wholeMs = us / 1000;
        QString s = QString::number(static_cast<double>(wholeMs) / 1000.0, 'f', 3);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
        return unit(QT_TRANSLATE_NOOP("ui::SequencePainter", "%1 s")).arg(s);
    }
    if (std::llabs(us) >= 1000 && us % 1000 == 0)
        return unit(QT_TRANSLATE_NOOP("ui::SequencePainter", "%1 ms")).arg(us / 1000);
    if (std::llabs(us) >= 1000)
        return unit(QT_TRANSLATE_NOOP("ui::SequencePainter", "%1 ms"))
            .arg(static_cast<double>(us) / 1000.0, 0, 'f', 1);
    return unit(QT_TRANSLATE_NOOP("ui::SequencePainter", "%1 µs")).arg(us);
}

void drawPill(QPainter& p, const QRectF& rect, const QColor& fill, const QColor& border,
              double radius) {
    p.setPen(border.alpha() == 0 ? QPen(Qt::NoPen) : QPen(border, 1.0));
    p.setBrush(fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(fill));
    p.drawRoundedRect(rect, radius, radius);
}

void drawCross(QPainter& p, QPointF at, double half) {
    p.drawLine(at + QPointF(-half, -half), at + QPointF(half, half));
    p.drawLine(at + QPointF(-half, half), at + QPointF(half, -half));
}

} // namespace ui::paint_detail
