#pragma once

// Pictures of the diagrams as files: PNG, SVG and PDF, drawn by the same
// painters as the window, so that an export is what the learner saw.

#include "core/trace.h"
#include "ui/diagram_theme.h"
#include "ui/sequence_painter.h"
#include "ui/state_machine_view.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

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

// The y range [top, bottom) of the diagram drawn for a virtual time range,
// including the time ruler's labels at both ends.
QRectF sequenceRange(const SequenceDiagram& diagram, core::Micros from, core::Micros to);

} // namespace ui
