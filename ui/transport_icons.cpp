#include "ui/transport_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ui {

namespace {

constexpr int kSize = 20;

// A triangle pointing right (or left) with its flat side at x.
QPainterPath triangle(double x, bool right) {
    const double w = right ? 7.0 : -7.0;
    QPainterPath path;
    path.moveTo(x, 5.0);
    path.lineTo(x + w, 10.0);
    path.lineTo(x, 15.0);
    path.closeSubpath();
    return path;
}

QPainterPath bar(double x) {
    QPainterPath path;
    path.addRoundedRect(QRectF(x, 5.0, 2.2, 10.0), 0.6, 0.6);
    return path;
}

QPainterPath shape(TransportIcon icon) {
    switch (icon) {
    case TransportIcon::Start: // |<<
        return bar(3.0) + triangle(12.0, false) + triangle(18.0, false);
    case TransportIcon::Previous: // |<
        return bar(5.0) + triangle(15.0, false);
    case TransportIcon::Play: // >
        return [] {
            QPainterPath path;
            path.moveTo(6.0, 4.0);
            path.lineTo(16.0, 10.0);
            path.lineTo(6.0, 16.0);
            path.closeSubpath();
            return path;
        }();
    case TransportIcon::Pause: // ||
        return [] {
            QPainterPath path;
            path.addRoundedRect(QRectF(5.5, 4.5, 3.0, 11.0), 0.8, 0.8);
            path.addRoundedRect(QRectF(11.5, 4.5, 3.0, 11.0), 0.8, 0.8);
            return path;
        }();
    case TransportIcon::Next: // >|
        return triangle(5.0, true) + bar(12.8);
    case TransportIcon::End: // >>|
        return triangle(2.0, true) + triangle(8.0, true) + bar(14.8);
    }
    return {};
}

QPixmap render(TransportIcon icon, const QColor& color, qreal ratio) {
    QPixmap pixmap(QSize(kSize, kSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(shape(icon), color);
    return pixmap;
}

} // namespace

QIcon transportIcon(TransportIcon icon, const QPalette& palette) {
    QIcon result;
    const QColor normal = palette.color(QPalette::Active, QPalette::ButtonText);
    QColor disabled = palette.color(QPalette::Disabled, QPalette::ButtonText);
    if (disabled == normal)
        disabled.setAlphaF(0.4f);
    for (const qreal ratio : {1.0, 2.0}) {
        result.addPixmap(render(icon, normal, ratio), QIcon::Normal);
        result.addPixmap(render(icon, disabled, ratio), QIcon::Disabled);
    }
    return result;
}

} // namespace ui
