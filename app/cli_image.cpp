#include "cli_image.h"

#include "cli_actions.h"
#include "ui/endpoint_states.h"
#include "ui/image_export.h"
#include "ui/sequence_layout.h"
#include "ui/state_machine_view.h"

#include <algorithm>
#include <ostream>

namespace app {

namespace {

ui::ImageExportOptions exportOptions(const CommandLine& commandLine) {
    const ImageOptions& image = commandLine.image;
    ui::ImageExportOptions options;
    options.format = commandLine.exportFormat == ExportFormat::Svg   ? ui::ImageFormat::Svg
                     : commandLine.exportFormat == ExportFormat::Pdf ? ui::ImageFormat::Pdf
                                                                     : ui::ImageFormat::Png;
    options.scale = image.scale;
    options.theme = image.theme == ImageTheme::Dark    ? ui::ExportTheme::Dark
                    : image.theme == ImageTheme::Print ? ui::ExportTheme::Print
                                                       : ui::ExportTheme::Light;
    options.transparent = image.transparent;
    options.title = QString::fromStdString(image.title);
    options.caption = QString::fromStdString(image.caption);
    return options;
}

// The last event at or before `moment`: what the state machine shows then.
int eventAt(const core::Trace& trace, core::Micros moment) {
    const auto after =
        std::upper_bound(trace.events.begin(), trace.events.end(), moment,
                         [](core::Micros t, const core::TraceEvent& e) { return t < e.t; });
    return static_cast<int>(after - trace.events.begin()) - 1;
}

} // namespace

int exportImage(const CommandLine& commandLine, const core::Trace& trace, std::ostream& err) {
    const ui::SequenceDiagram diagram = ui::layoutSequence(trace, ui::SequenceOptions{});
    const ui::ImageExportOptions options = exportOptions(commandLine);
    const QString path = QString::fromStdString(*commandLine.exportPath);
    const auto& range = commandLine.image.range;
    ui::ExportResult result;
    if (commandLine.image.view == ImageView::States) {
        const int event =
            range ? eventAt(trace, range->second) : static_cast<int>(trace.events.size()) - 1;
        const ui::EndpointStates states(trace, diagram.lifelines);
        result = ui::exportStateMachine(
            ui::endpointStatuses(diagram, states, event, ui::diagramTheme(options.theme)), options,
            path);
    } else {
        ui::SequencePaintOptions paint;
        if (range)
            paint.visible = ui::sequenceRange(diagram, range->first, range->second);
        result = ui::exportSequence(diagram, trace, paint, options, path);
    }
    if (!result.ok()) {
        reportError(err, result.error.toStdString());
        return kExitFailure;
    }
    if (result.files.size() == 1) {
        err << "handshake-lab: wrote " << result.files.front().toStdString() << '\n';
    } else {
        err << "handshake-lab: the picture is taller than a PNG can safely be, so it is split "
               "into "
            << result.files.size()
            << " pages: " << result.files.join(QStringLiteral(", ")).toStdString() << '\n';
    }
    return kExitOk;
}

} // namespace app
