#include "ui/export_frame.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace ui {

namespace {

constexpr double kMargin = 24.0;
constexpr double kTitleSize = 22.0;
constexpr double kCaptionSize = 14.0;
constexpr int kWrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

// The height of `text` wrapped to `width` in `font`; 0 for no text.
double wrappedHeight(const QString& text, const QFont& font, double width) {
    if (text.isEmpty())
        return 0.0;
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), kWrap, text).height();
}

} // namespace

ExportFrame::ExportFrame(const ImageExportOptions& options, const DiagramTheme& theme,
                         double pictureWidth)
    : m_title(options.title), m_caption(options.caption), m_transparent(options.transparent),
      m_theme(theme), m_width(pictureWidth) {
    const double title = wrappedHeight(m_title, m_theme.font(kTitleSize, true), m_width);
    m_titleHeight = title > 0 ? title + kTitleSize * 0.8 : 0.0;
    const double caption = wrappedHeight(m_caption, m_theme.font(kCaptionSize), m_width);
    m_captionHeight = caption > 0 ? caption + kCaptionSize : 0.0;
}

// Whole logical pixels: a PNG at a whole scale is then filled to its edges.
QSizeF ExportFrame::pageSize(double pictureHeight) const {
    return {std::ceil(m_width + 2 * kMargin),
            std::ceil(pictureHeight + m_titleHeight + m_captionHeight + 2 * kMargin)};
}

QPointF ExportFrame::pictureOrigin() const {
    return {kMargin, kMargin + m_titleHeight};
}

void ExportFrame::begin(QPainter& p, double pictureHeight) const {
    if (!m_transparent)
        p.fillRect(QRectF(QPointF(0, 0), pageSize(pictureHeight)), m_theme.background);
    if (!m_title.isEmpty()) {
        p.setPen(m_theme.text);
        p.setFont(m_theme.font(kTitleSize, true));
        p.drawText(QRectF(kMargin, kMargin, m_width, m_titleHeight), kWrap, m_title);
    }
    if (!m_caption.isEmpty()) {
        p.setPen(m_theme.mutedText);
        p.setFont(m_theme.font(kCaptionSize));
        const double top = kMargin + m_titleHeight + pictureHeight + kCaptionSize / 2;
        p.drawText(QRectF(kMargin, top, m_width, m_captionHeight), kWrap, m_caption);
    }
    p.translate(pictureOrigin());
}

} // namespace ui
