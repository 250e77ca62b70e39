#include "ui/export_preview.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>

namespace ui {

namespace {

// The gap between the page and the edge of the preview.
constexpr double kPad = 8.0;

} // namespace

ExportPreview::ExportPreview(QWidget* parent) : QAbstractScrollArea(parent) {
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(240, 200);
}

QSize ExportPreview::sizeHint() const {
    return {520, 560};
}

void ExportPreview::setPicture(std::shared_ptr<const ExportPicture> picture, int page,
                               bool checkerboard) {
    m_picture = std::move(picture);
    m_page = m_picture ? std::clamp(page, 0, m_picture->pageCount() - 1) : 0;
    m_checkerboard = checkerboard;
    updateScale();
    render();
    ++m_generation;
}

// Fit the page; if that makes it smaller than kMinScale, fit its width at
// least that large and scroll.
void ExportPreview::updateScale() {
    if (!m_picture)
        return;
    const QSizeF page = m_picture->pageSize(m_page);
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(2 * kPad, 2 * kPad);
    const double fitWidth = std::max(room.width(), 1.0) / page.width();
    const double fitAll = std::min(fitWidth, std::max(room.height(), 1.0) / page.height());
    m_scale = std::min(1.0, fitAll >= kMinScale ? fitAll : std::max(kMinScale, fitWidth));
    // Rounded: a fitted page must not make a scroll bar for a fraction of a pixel.
    const auto extent = [](double length) { return static_cast<int>(std::lround(length)); };
    const QSize content(extent(page.width() * m_scale + 2 * kPad),
                        extent(page.height() * m_scale + 2 * kPad));
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, content.height() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(20);
    horizontalScrollBar()->setSingleStep(20);
}

QRectF ExportPreview::pageRect() const {
    const QSizeF size = m_picture->pageSize(m_page) * m_scale;
    const QSizeF view = viewport()->size();
    // Centred when it fits, else scrolled.
    const double x = size.width() + 2 * kPad <= view.width() ? (view.width() - size.width()) / 2
                                                              : kPad - horizontalScrollBar()->value();
    const double y = size.height() + 2 * kPad <= view.height() ? (view.height() - size.height()) / 2
                                                                : kPad - verticalScrollBar()->value();
    return {QPointF(x, y), size};
}

void ExportPreview::render() {
    const qreal ratio = devicePixelRatioF();
    m_image = QImage(viewport()->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(ratio);
    m_image.fill(palette().color(QPalette::Dark));
    if (m_picture) {
        QPainter p(&m_image);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF page = pageRect();
        if (m_checkerboard)
            paintCheckerboard(p, page);
        p.save();
        p.setClipRect(page);
        p.translate(page.topLeft());
        p.scale(m_scale, m_scale);
        // The viewport in page coordinates: only that is drawn.
        const QRectF area = QRectF(QPointF(0, 0), QSizeF(viewport()->size()))
                                .translated(-page.topLeft());
        m_picture->paintPage(p, m_page,
                             QRectF(area.topLeft() / m_scale, area.size() / m_scale));
        p.restore();
        p.setPen(QPen(palette().color(QPalette::Shadow), 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(page.adjusted(-0.5, -0.5, 0.5, 0.5));
    }
    viewport()->update();
}

// Squares aligned to the page's corner, over the part of it in view.
void ExportPreview::paintCheckerboard(QPainter& p, const QRectF& rect) const {
    constexpr double kSquare = 8.0;
    const QRectF shown = rect.intersected(QRectF(QPointF(0, 0), QSizeF(viewport()->size())));
    p.save();
    p.setClipRect(shown);
    p.fillRect(shown, QColor(0xf0, 0xf0, 0xf0));
    const QColor dark(0xcc, 0xcc, 0xcc);
    const auto first = [](double from, double origin) {
        return origin + std::floor((from - origin) / kSquare) * kSquare;
    };
    for (double y = first(shown.top(), rect.top()); y < shown.bottom(); y += kSquare) {
        const auto row = static_cast<long>(std::lround((y - rect.top()) / kSquare));
        for (double x = first(shown.left(), rect.left()); x < shown.right(); x += kSquare) {
            const auto column = static_cast<long>(std::lround((x - rect.left()) / kSquare));
            if ((row + column) % 2 != 0)
                p.fillRect(QRectF(x, y, kSquare, kSquare), dark);
        }
    }
    p.restore();
}

void ExportPreview::paintEvent(QPaintEvent*) {
    QPainter p(viewport());
    p.drawImage(QPointF(0, 0), m_image);
}

void ExportPreview::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScale();
    render();
}

void ExportPreview::scrollContentsBy(int, int) {
    render();
}

void ExportPreview::changeEvent(QEvent* event) {
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace ui
