#pragma once

// What the export dialog offers, as plain data: read from and kept in
// QSettings under "export/...", so that the next export starts where the
// last one ended.

#include "ui/image_export.h"
#include "ui/sequence_painter.h"

#include <QString>

namespace ui {

// What is exported.
enum class ExportSubject {
    Whole,        // the whole sequence diagram
    Visible,      // the part the window shows
    TimeRange,    // from one virtual time to another
    EventRange,   // from one event of the trace to another
    StateMachine, // the RFC state machine at the current moment
};

struct ExportChoices {
    ExportSubject subject = ExportSubject::Whole;
    ImageFormat format = ImageFormat::Png;
    int scaleFactor = 2; // PNG: 1 to 4 device pixels per logical pixel; 0: by `dpi`
    int dpi = 192;       // PNG, when scaleFactor is 0; 96 dpi is 1x
    ExportTheme theme = ExportTheme::Light;
    bool transparent = false; // PNG only
    DiagramLayers layers;
    bool relativeNumbers = false;
    bool showMoment = false;    // the playhead at the window's time, else finished
    bool showSelection = false; // the window's selected segment highlighted
    QString title;
    QString caption;
    QString folder; // where the last export went; empty: none yet

    // The PNG's device pixels per logical pixel.
    double scale() const { return scaleFactor > 0 ? scaleFactor : dpi / 96.0; }
    // The options the image exporters take.
    ImageExportOptions imageOptions() const;
};

// The remembered choices; `relativeNumbers` falls back to
// `defaultRelativeNumbers` (the window's) until the dialog has stored one.
ExportChoices loadExportChoices(bool defaultRelativeNumbers);
void saveExportChoices(const ExportChoices& choices);

// "png", "svg", "pdf": the file name extension of a format.
QString formatSuffix(ImageFormat format);

} // namespace ui
