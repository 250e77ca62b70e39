#pragma once

// Pictures of the diagrams as files: PNG, SVG and PDF, drawn by the same
// painters as the window, so that an export is what the learner saw.

#include "core/trace.h"
#include "ui/diagram_theme.h"
#include "ui/sequence_painter.h"
#include "ui/state_machine_view.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace ui {

enum class ImageFormat { Png, Svg, Pdf };
// From the file's extension, any case; nullopt for anything else.
std::optional<ImageFormat> imageFormatFor(const QString& path);

enum class ExportTheme { Light, Dark, Print };
DiagramTheme diagramTheme(ExportTheme theme);

struct ImageExportOptions {
    ImageFormat format = ImageFormat::Png;
    double scale = 1.0; // PNG: device pixels per logical pixel
    ExportTheme theme = ExportTheme::Light;
    bool transparent = false; // PNG: no background, the alpha channel is kept
    QString title;            // drawn above the picture when not empty
    QString caption;          // drawn below it when not empty
    int maxPngHeight = 32767; // PNG: taller pictures are split into pages (see below)
};

// What an export wrote: one file, or numbered pages of a PNG too tall for one
// image; or why it could not.
struct ExportResult {
    QStringList files;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// A PNG taller than ImageExportOptions::maxPngHeight (by default 32767 pixels,
// what many viewers and libraries still take) is split into pages "out-1.png",
// "out-2.png", ... each with the lifeline header repeated.

// The sequence diagram: `paint.visible` selects the part (empty: all of it;
// only its top and bottom are used, every lane is drawn), `paint.time` the
// moment shown, `paint.layers` what is drawn besides arrows.
ExportResult exportSequence(const SequenceDiagram& diagram, const core::Trace& trace,
                            const SequencePaintOptions& paint, const ImageExportOptions& options,
                            const QString& path);

// The state machine with these endpoints lit.
ExportResult exportStateMachine(const std::vector<EndpointStatus>& endpoints,
                                const ImageExportOptions& options, const QString& path);

// An export ready to draw: its pages in logical pixels (a PNG page has
// `scale` device pixels per logical pixel) and how to draw each. The file
// writers and the export dialog's preview draw through this one object, so
// the preview is the file.
class ExportPicture {
public:
    virtual ~ExportPicture() = default;
    virtual int pageCount() const = 0;
    virtual QSizeF pageSize(int page) const = 0;
    // Draws page `page` with its top left at the painter's origin: the
    // background (unless transparent), title, picture and caption. Only what
    // meets `area` (page coordinates; empty: the whole page) has to be drawn,
    // so that a preview of a long diagram costs what it shows.
    virtual void paintPage(QPainter& painter, int page, const QRectF& area = {}) const = 0;
};

// What exportSequence() writes, before it is written. Keeps references to
// `diagram` and `trace`, which must outlive the picture.
std::unique_ptr<ExportPicture> sequencePicture(const SequenceDiagram& diagram,
                                               const core::Trace& trace,
                                               const SequencePaintOptions& paint,
                                               const ImageExportOptions& options);
// What exportStateMachine() writes, before it is written.
std::unique_ptr<ExportPicture> stateMachinePicture(const std::vector<EndpointStatus>& endpoints,
                                                   const ImageExportOptions& options);
// Writes the picture's pages to `path` in options.format (numbered files for
// several PNG pages, one PDF with several pages, an SVG of the first page).
ExportResult writePicture(const ExportPicture& picture, const ImageExportOptions& options,
                          const QString& path);
// The pixels of a PNG of a page `pageSize` logical pixels at `scale`.
QSize pngPixelSize(QSizeF pageSize, double scale);
// Page `page` as an image of pngPixelSize() (its device pixel ratio `scale`),
// exactly what a PNG holds: for the clipboard. Null if it is too large.
// `transparent` must be what the picture was made with.
QImage pageImage(const ExportPicture& picture, int page, double scale, bool transparent);

// The y range [top, bottom) of the diagram drawn for a virtual time range,
// including the time ruler's labels at both ends. Segments sent in the range
// are drawn whole: the range reaches down to where the last of them arrives.
QRectF sequenceRange(const SequenceDiagram& diagram, core::Micros from, core::Micros to);

} // namespace ui
