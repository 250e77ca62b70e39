#include "ui/image_export.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <functional>

namespace ui {

namespace {

constexpr double kMargin = 24.0;
constexpr double kTitleSize = 22.0;
constexpr double kCaptionSize = 14.0;
// QPdfWriter's largest page side is 200 inches; at 96 logical pixels per
// inch a taller diagram goes on several pages.
constexpr double kMaxPdfPageHeight = 200.0 * 96.0 - 1.0;

// Draws one page of `size` logical pixels.
using PagePainter = std::function<void(QPainter&)>;

// The frame around the picture: margins, title above, caption below.
class Frame {
public:
    Frame(const ImageExportOptions& options, const DiagramTheme& theme, double pictureWidth)
        : m_options(options), m_theme(theme), m_width(pictureWidth) {}

    double titleHeight() const { return m_options.title.isEmpty() ? 0.0 : kTitleSize * 1.8; }
    double captionHeight() const {
        if (m_options.caption.isEmpty())
            return 0.0;
        const QFontMetricsF metrics(m_theme.font(kCaptionSize));
        const QRectF box =
            metrics.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, m_options.caption);
        return box.height() + kCaptionSize;
    }
    QSizeF pageSize(double pictureHeight) const {
        return {m_width + 2 * kMargin,
                pictureHeight + titleHeight() + captionHeight() + 2 * kMargin};
    }
    // Fills the page, draws the title and caption, and leaves the painter's
    // origin at the picture's top left.
    void begin(QPainter& p, double pictureHeight) const {
        const QSizeF size = pageSize(pictureHeight);
        if (!m_options.transparent)
            p.fillRect(QRectF(QPointF(0, 0), size), m_theme.background);
        p.setPen(m_theme.text);
        if (!m_options.title.isEmpty()) {
            p.setFont(m_theme.font(kTitleSize, true));
            p.drawText(QRectF(kMargin, kMargin, m_width, titleHeight()),
                       Qt::AlignLeft | Qt::AlignTop, m_options.title);
        }
        if (!m_options.caption.isEmpty()) {
            p.setFont(m_theme.font(kCaptionSize));
            p.setPen(m_theme.mutedText);
            const double top = kMargin + titleHeight() + pictureHeight + kCaptionSize / 2;
            p.drawText(QRectF(kMargin, top, m_width, captionHeight()),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_options.caption);
        }
        p.translate(kMargin, kMargin + titleHeight());
    }

private:
    const ImageExportOptions& m_options;
    const DiagramTheme& m_theme;
    double m_width;
};

ExportResult failure(const QString& path, const QString& why) {
    return {{},
            QCoreApplication::translate("ImageExport", "Could not write %1: %2").arg(path, why)};
}

QString pagePath(const QString& path, int page) {
    const QFileInfo info(path);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') +
           QString::number(page) + QLatin1Char('.') + info.suffix();
}

ExportResult writePngPages(const std::vector<std::pair<QSizeF, PagePainter>>& pages,
                           const ImageExportOptions& options, const QString& path) {
    ExportResult result;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const QSizeF& size = pages[i].first;
        QImage image(static_cast<int>(std::ceil(size.width() * options.scale)),
                     static_cast<int>(std::ceil(size.height() * options.scale)),
                     QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return failure(path,
                           QCoreApplication::translate("ImageExport", "the image is too large"));
        image.fill(Qt::transparent);
        image.setDevicePixelRatio(options.scale);
        {
            QPainter p(&image);
            pages[i].second(p);
        }
        const QString file = pages.size() == 1 ? path : pagePath(path, static_cast<int>(i) + 1);
        if (!image.save(file, "PNG"))
            return failure(file, QCoreApplication::translate("ImageExport", "cannot save the PNG"));
        result.files << file;
    }
    return result;
}

ExportResult writeSvg(QSizeF size, const PagePainter& page, const QString& path) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(QStringLiteral("Handshake Lab"));
    QPainter p;
    if (!p.begin(&svg))
        return failure(path, QCoreApplication::translate("ImageExport", "cannot open the file"));
    page(p);
    p.end();
    if (!QFileInfo(path).isFile())
        return failure(path, QCoreApplication::translate("ImageExport", "cannot open the file"));
    return {{path}, {}};
}

ExportResult writePdfPages(const std::vector<std::pair<QSizeF, PagePainter>>& pages,
                           const QString& path) {
    QPdfWriter pdf(path);
    pdf.setResolution(96);
    pdf.setCreator(QStringLiteral("Handshake Lab"));
    const auto pageSize = [](QSizeF size) {
        return QPageSize(QSizeF(size.width() * 72.0 / 96.0, size.height() * 72.0 / 96.0),
                         QPageSize::Point, QString(), QPageSize::ExactMatch);
    };
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setPageSize(pageSize(pages.front().first));
    QPainter p;
    if (!p.begin(&pdf))
        return failure(path, QCoreApplication::translate("ImageExport", "cannot open the file"));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            pdf.setPageSize(pageSize(pages[i].first));
            pdf.newPage();
        }
        p.save();
        pages[i].second(p);
        p.restore();
    }
    p.end();
    return {{path}, {}};
}

ExportResult writePages(const std::vector<std::pair<QSizeF, PagePainter>>& pages,
                        const ImageExportOptions& options, const QString& path) {
    switch (options.format) {
    case ImageFormat::Png:
        return writePngPages(pages, options, path);
    case ImageFormat::Svg:
        return writeSvg(pages.front().first, pages.front().second, path);
    case ImageFormat::Pdf:
        return writePdfPages(pages, path);
    }
    return failure(path, {});
}

} // namespace

std::optional<ImageFormat> imageFormatFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ImageFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ImageFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ImageFormat::Pdf;
    return std::nullopt;
}

DiagramTheme diagramTheme(ExportTheme theme) {
    switch (theme) {
    case ExportTheme::Dark:
        return DiagramTheme::dark();
    case ExportTheme::Print:
        return DiagramTheme::print();
    case ExportTheme::Light:
        break;
    }
    return DiagramTheme::light();
}

QRectF sequenceRange(const SequenceDiagram& diagram, core::Micros from, core::Micros to) {
    const double top = diagram.axis.y(std::min(from, to));
    const double bottom = diagram.axis.y(std::max(from, to));
    constexpr double kRoom = 12.0; // the ruler's labels at the ends
    return QRectF(0, top - kRoom, 1, bottom - top + 2 * kRoom);
}

ExportResult exportSequence(const SequenceDiagram& diagram, const core::Trace& trace,
                            const SequencePaintOptions& paint, const ImageExportOptions& options,
                            const QString& path) {
    DiagramTheme theme = diagramTheme(options.theme);
    if (options.transparent && options.format == ImageFormat::Png)
        theme.background = Qt::transparent;
    const SequencePainter painter(diagram, theme, &trace);
    const QRectF bounds = painter.bounds();
    const double header = painter.headerHeight();
    const double bodyTop = paint.visible.isEmpty()
                               ? bounds.top() + header
                               : std::max(bounds.top() + header, paint.visible.top());
    const double bodyBottom = paint.visible.isEmpty()
                                  ? bounds.bottom()
                                  : std::min(bounds.bottom(), paint.visible.bottom());
    const Frame frame(options, theme, bounds.width());

    // Pages as tall as the format allows, each with the header on top.
    double maxBody = std::numeric_limits<double>::infinity();
    const double frameExtra = frame.pageSize(0).height() + header;
    if (options.format == ImageFormat::Png)
        maxBody = options.maxPngHeight / options.scale - frameExtra;
    else if (options.format == ImageFormat::Pdf)
        maxBody = kMaxPdfPageHeight - frameExtra;
    std::vector<std::pair<QSizeF, PagePainter>> pages;
    for (double top = bodyTop; top < bodyBottom || pages.empty(); top += maxBody) {
        const double bottom = std::min(bodyBottom, top + maxBody);
        const double height = header + (bottom - top);
        pages.emplace_back(frame.pageSize(height), [=, &painter, &frame](QPainter& p) {
            frame.begin(p, height);
            SequencePaintOptions o = paint;
            o.visible = QRectF(bounds.left(), bounds.top(), bounds.width(), header);
            p.save();
            p.translate(-bounds.left(), -bounds.top());
            painter.paintHeader(p, o);
            p.restore();
            o.visible = QRectF(bounds.left(), top, bounds.width(), bottom - top);
            p.save();
            p.setClipRect(QRectF(0, header, bounds.width(), bottom - top));
            p.translate(-bounds.left(), header - top);
            painter.paintBody(p, o);
            painter.paintRuler(p, o);
            p.restore();
        });
    }
    return writePages(pages, options, path);
}

ExportResult exportStateMachine(const std::vector<EndpointStatus>& endpoints,
                                const ImageExportOptions& options, const QString& path) {
    const DiagramTheme theme = diagramTheme(options.theme);
    StateMachineView view;
    QPalette palette = view.palette();
    palette.setColor(QPalette::Window, theme.background);
    palette.setColor(QPalette::Base, theme.background);
    palette.setColor(QPalette::WindowText, theme.text);
    palette.setColor(QPalette::Text, theme.text);
    palette.setColor(QPalette::Mid, theme.lifeline);
    view.setPalette(palette);
    view.setEndpoints(endpoints);
    const QRectF canvas = view.layout().canvas();
    const Frame frame(options, theme, canvas.width());
    const PagePainter page = [&](QPainter& p) {
        frame.begin(p, canvas.height());
        view.paint(p, QRectF(QPointF(0, 0), canvas.size()));
    };
    return writePages({{frame.pageSize(canvas.height()), page}}, options, path);
}

} // namespace ui
