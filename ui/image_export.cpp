#include "ui/image_export.h"

#include "ui/export_frame.h"
#include "ui/png_writer.h"
#include "ui/row_bands.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <future>
#include <limits>
#ifdef __linux__
#include <sys/mman.h>
#endif

namespace ui {

namespace {

// QPdfWriter's largest page side is 200 inches; at 96 logical pixels per
// inch a taller diagram goes on several pages.
constexpr double kMaxPdfPageHeight = 200.0 * 96.0 - 1.0;

// The sequence diagram in pages as tall as the format allows, each with the
// lifeline header on top.
class SequencePicture : public ExportPicture {
public:
    SequencePicture(const SequenceDiagram& diagram, const core::Trace& trace,
                    const SequencePaintOptions& paint, const ImageExportOptions& options,
                    const DiagramTheme& theme);

    int pageCount() const override { return static_cast<int>(m_pages.size()); }
    QSizeF pageSize(int page) const override { return m_frame.pageSize(pictureHeight(page)); }
    void paintPage(QPainter& p, int page, const QRectF& area) const override;

private:
    // A page's body spans [first, second) of the diagram's y.
    using Span = std::pair<double, double>;
    // However large the scale, a page shows at least this much of the body.
    static constexpr double kMinPageBody = 100.0;
    // Drawn around a page's `area`, see paintPage().
    static constexpr double kAreaMargin = 100.0;

    static double maxPageHeight(const ImageExportOptions& options) {
        if (options.format == ImageFormat::Png)
            return options.maxPngHeight / options.scale;
        if (options.format == ImageFormat::Pdf)
            return kMaxPdfPageHeight;
        return std::numeric_limits<double>::infinity();
    }
    double pictureHeight(int page) const {
        const Span& s = m_pages.at(static_cast<std::size_t>(page));
        return m_header + (s.second - s.first);
    }

    SequencePaintOptions m_paint;
    SequencePainter m_painter;
    QRectF m_bounds;
    double m_header;
    ExportFrame m_frame;
    std::vector<Span> m_pages;
};

SequencePicture::SequencePicture(const SequenceDiagram& diagram, const core::Trace& trace,
                                 const SequencePaintOptions& paint,
                                 const ImageExportOptions& options, const DiagramTheme& theme)
    : m_paint(paint), m_painter(diagram, theme, &trace), m_bounds(m_painter.bounds()),
      m_header(m_painter.headerHeight()), m_frame(options, theme, m_bounds.width()) {
    const QRectF& v = paint.visible;
    const double headerBottom = m_bounds.top() + m_header;
    const double bodyTop = v.isEmpty() ? headerBottom : std::max(headerBottom, v.top());
    const double bodyBottom =
        v.isEmpty() ? m_bounds.bottom() : std::min(m_bounds.bottom(), v.bottom());
    // One logical pixel spare: page sizes are rounded up to whole pixels.
    const double frameExtra = m_frame.pageSize(0).height() + m_header + 1.0;
    const double maxBody = std::max(kMinPageBody, maxPageHeight(options) - frameExtra);
    for (double top = bodyTop; top < bodyBottom || m_pages.empty(); top += maxBody)
        m_pages.emplace_back(top, std::max(top, std::min(bodyBottom, top + maxBody)));
}

void SequencePicture::paintPage(QPainter& p, int page, const QRectF& area) const {
    const auto [top, bottom] = m_pages.at(static_cast<std::size_t>(page));
    const double height = pictureHeight(page);
    // `area` in the picture's coordinates (x from the bounds' left, y from the
    // header's top), widened: the painter pins a band's state name to the top
    // of what it draws when the band began above, which the file does not show.
    const QRectF picture(0, 0, m_bounds.width(), height);
    const QRectF widened = area.adjusted(-kAreaMargin, -kAreaMargin, kAreaMargin, kAreaMargin);
    const QRectF wanted = area.isEmpty()
                              ? picture
                              : widened.translated(-m_frame.pictureOrigin()).intersected(picture);
    p.save();
    m_frame.begin(p, height);
    SequencePaintOptions o = m_paint;
    const double left = m_bounds.left() + wanted.left();
    if (wanted.top() < m_header) {
        o.visible = QRectF(left, m_bounds.top(), wanted.width(), m_header);
        p.save();
        p.translate(-m_bounds.left(), -m_bounds.top());
        m_painter.paintHeader(p, o);
        p.restore();
    }
    const double from = std::max(top, top + wanted.top() - m_header);
    const double to = std::min(bottom, top + wanted.bottom() - m_header);
    if (to > from) {
        o.visible = QRectF(left, from, wanted.width(), to - from);
        p.setClipRect(QRectF(0, m_header, m_bounds.width(), bottom - top));
        p.translate(-m_bounds.left(), m_header - top);
        m_painter.paintBody(p, o);
        m_painter.paintRuler(p, o);
    }
    p.restore();
}

// The state machine: one page the size of its canvas.
class StateMachinePicture : public ExportPicture {
public:
    StateMachinePicture(const std::vector<EndpointStatus>& endpoints,
                        const ImageExportOptions& options, const DiagramTheme& theme)
        : m_frame(options, theme, 0.0) {
        QPalette palette = m_view.palette();
        palette.setColor(QPalette::Window, theme.background);
        palette.setColor(QPalette::Base, theme.background);
        palette.setColor(QPalette::WindowText, theme.text);
        palette.setColor(QPalette::Text, theme.text);
        palette.setColor(QPalette::Mid, theme.lifeline);
        m_view.setPalette(palette);
        m_view.setEndpoints(endpoints);
        m_canvas = m_view.layout().canvas().size();
        m_frame = ExportFrame(options, theme, m_canvas.width());
    }

    int pageCount() const override { return 1; }
    QSizeF pageSize(int) const override { return m_frame.pageSize(m_canvas.height()); }
    void paintPage(QPainter& p, int, const QRectF&) const override {
        p.save();
        m_frame.begin(p, m_canvas.height());
        m_view.paint(p, QRectF(QPointF(0, 0), m_canvas));
        p.restore();
    }

private:
    StateMachineView m_view;
    ExportFrame m_frame;
    QSizeF m_canvas;
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

// Sets every byte of `image` to `value` (0xff: opaque white, 0: transparent),
// a band of rows per thread. The first write to a fresh large image costs a
// page fault per 4 KiB, and a 2x PNG of a long diagram has 70 MB of them: on
// one thread that took longer than drawing the diagram (export_bench).
void fillInParallel(QImage& image, uchar value) {
    uchar* const bits = image.bits();
    const qsizetype line = image.bytesPerLine();
    const auto fill = [=](RowBand band) {
        std::memset(bits + qsizetype{band.first} * line, value,
                    static_cast<std::size_t>(qsizetype{band.last - band.first} * line));
    };
    const std::vector<RowBand> bands = rowBands(image.height(), 256);
    std::vector<std::future<void>> others;
    for (std::size_t i = 1; i < bands.size(); ++i)
        others.push_back(std::async(std::launch::async, fill, bands[i]));
    fill(bands.front());
    for (std::future<void>& band : others)
        band.get();
}

// A premultiplied ARGB image whose memory, when large, comes in huge pages
// where the system has them: the first touch of 70 MB is then a few dozen
// page faults instead of some 17,000.
QImage largeImage(QSize size) {
#ifdef __linux__
    const qsizetype bytes = qsizetype{size.width()} * 4 * size.height();
    if (size.width() > 0 && size.height() > 0 && bytes >= (qsizetype{8} << 20)) {
        void* memory = mmap(nullptr, static_cast<std::size_t>(bytes), PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory != MAP_FAILED) {
            madvise(memory, static_cast<std::size_t>(bytes), MADV_HUGEPAGE);
            return QImage(
                static_cast<uchar*>(memory), size.width(), size.height(), size.width() * 4,
                QImage::Format_ARGB32_Premultiplied,
                [](void* info) {
                    auto* block = static_cast<std::pair<void*, std::size_t>*>(info);
                    munmap(block->first, block->second);
                    delete block;
                },
                new std::pair<void*, std::size_t>(memory, static_cast<std::size_t>(bytes)));
        }
    }
#endif
    return QImage(size, QImage::Format_ARGB32_Premultiplied);
}

// Premultiplied ARGB for opaque pages too: one format to fill with bytes
// (0xff is opaque white) and to draw on, and its opaque pixels are the plain
// colours the PNG stores.
QImage renderPage(const ExportPicture& picture, int page, double scale, bool transparent) {
    QImage image = largeImage(pngPixelSize(picture.pageSize(page), scale));
    if (image.isNull())
        return image;
    fillInParallel(image, transparent ? 0x00 : 0xff);
    image.setDevicePixelRatio(scale);
    QPainter p(&image);
    picture.paintPage(p, page);
    return image;
}

ExportResult writePngPages(const ExportPicture& picture, const ImageExportOptions& options,
                           const QString& path) {
    ExportResult result;
    const int pages = picture.pageCount();
    for (int i = 0; i < pages; ++i) {
        const QImage image = renderPage(picture, i, options.scale, options.transparent);
        if (image.isNull())
            return failure(path,
                           QCoreApplication::translate("ImageExport", "the image is too large"));
        const QString file = pages == 1 ? path : pagePath(path, i + 1);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return failure(file, out.errorString());
        const QString error = writePng(image, out, options.transparent);
        if (!error.isEmpty())
            return failure(file, error);
        result.files << file;
    }
    return result;
}

ExportResult writeSvg(const ExportPicture& picture, const QString& path) {
    const QSizeF size = picture.pageSize(0);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return failure(path, out.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&out);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(QStringLiteral("Handshake Lab"));
    QPainter p;
    if (!p.begin(&svg))
        return failure(path, QCoreApplication::translate("ImageExport", "cannot open the file"));
    picture.paintPage(p, 0);
    p.end();
    if (out.error() != QFileDevice::NoError)
        return failure(path, out.errorString());
    return {{path}, {}};
}

ExportResult writePdfPages(const ExportPicture& picture, const QString& path) {
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return failure(path, out.errorString());
    QPdfWriter pdf(&out);
    pdf.setResolution(96);
    pdf.setCreator(QStringLiteral("Handshake Lab"));
    const auto pageSize = [](QSizeF size) {
        return QPageSize(QSizeF(size.width() * 72.0 / 96.0, size.height() * 72.0 / 96.0),
                         QPageSize::Point, QString(), QPageSize::ExactMatch);
    };
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setPageSize(pageSize(picture.pageSize(0)));
    QPainter p;
    if (!p.begin(&pdf))
        return failure(path, QCoreApplication::translate("ImageExport", "cannot open the file"));
    for (int i = 0; i < picture.pageCount(); ++i) {
        if (i > 0) {
            pdf.setPageSize(pageSize(picture.pageSize(i)));
            pdf.newPage();
        }
        picture.paintPage(p, i);
    }
    p.end();
    if (out.error() != QFileDevice::NoError)
        return failure(path, out.errorString());
    return {{path}, {}};
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
    const double end = diagram.axis.y(std::max(from, to));
    // A segment sent in the range is drawn whole, to where it arrives or is
    // lost: a figure cut through an arrow and its label says nothing clear.
    double bottom = end;
    for (const Arrow& arrow : diagram.arrows) {
        if (arrow.from.y >= top && arrow.from.y <= end)
            bottom = std::max(bottom, arrow.to.y);
    }
    constexpr double kRoom = 12.0; // the ruler's labels at the ends
    return QRectF(0, top - kRoom, 1, bottom - top + 2 * kRoom);
}

std::unique_ptr<ExportPicture> sequencePicture(const SequenceDiagram& diagram,
                                               const core::Trace& trace,
                                               const SequencePaintOptions& paint,
                                               const ImageExportOptions& options) {
    DiagramTheme theme = diagramTheme(options.theme);
    if (options.transparent && options.format == ImageFormat::Png)
        theme.background = Qt::transparent;
    return std::make_unique<SequencePicture>(diagram, trace, paint, options, theme);
}

std::unique_ptr<ExportPicture> stateMachinePicture(const std::vector<EndpointStatus>& endpoints,
                                                   const ImageExportOptions& options) {
    return std::make_unique<StateMachinePicture>(endpoints, options, diagramTheme(options.theme));
}

// Rounded down (but for rounding errors): a partly covered last row or
// column of pixels would stay transparent, a thin line at the edge.
QSize pngPixelSize(QSizeF pageSize, double scale) {
    const auto pixels = [scale](double length) {
        return static_cast<int>(std::floor(length * scale + 1e-6));
    };
    return {pixels(pageSize.width()), pixels(pageSize.height())};
}

// Opaque pictures without an alpha channel: a quarter less to compress as
// PNG, and no conversion from premultiplied alpha before encoding.
QImage pageImage(const ExportPicture& picture, int page, double scale, bool transparent) {
    const QImage image = renderPage(picture, page, scale, transparent);
    return transparent ? image : image.convertToFormat(QImage::Format_RGB32);
}

ExportResult writePicture(const ExportPicture& picture, const ImageExportOptions& options,
                          const QString& path) {
    switch (options.format) {
    case ImageFormat::Png:
        return writePngPages(picture, options, path);
    case ImageFormat::Svg:
        return writeSvg(picture, path);
    case ImageFormat::Pdf:
        return writePdfPages(picture, path);
    }
    return failure(path, {});
}

ExportResult exportSequence(const SequenceDiagram& diagram, const core::Trace& trace,
                            const SequencePaintOptions& paint, const ImageExportOptions& options,
                            const QString& path) {
    return writePicture(*sequencePicture(diagram, trace, paint, options), options, path);
}

ExportResult exportStateMachine(const std::vector<EndpointStatus>& endpoints,
                                const ImageExportOptions& options, const QString& path) {
    return writePicture(*stateMachinePicture(endpoints, options), options, path);
}

} // namespace ui
