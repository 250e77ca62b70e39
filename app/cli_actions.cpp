#include "cli_actions.h"

#include "app/version.h"
#include "cli_capture.h"
#include "core/capture_point.h"
#include "core/capture_reader.h"
#include "core/fault_check.h"
#include "core/pcap_export.h"
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "core/trace_format.h"
#include "scenario_library.h"
#include "ui/sequence_layout.h"
#include "ui/text_diagram.h"

#include <exception>
#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace app {

namespace {

int listScenarios(std::ostream& out) {
    const ScenarioLibrary library = ScenarioLibrary::builtIn();
    for (const ScenarioLibrary::Entry& entry : library.entries())
        out << entry.id << '\t' << entry.title << '\n';
    return kExitOk;
}

// The trace of the scenario the command line names. A fault that did nothing
// means the scenario does not show what its author meant: it is rejected like
// any other mistake in the file, with the fault's JSON path.
core::Trace simulateNamedScenario(const CommandLine& commandLine) {
    const core::Scenario scenario = ScenarioLibrary::builtIn().resolve(*commandLine.scenario);
    core::Trace trace = core::simulate(scenario);
    const std::vector<core::FaultProblem> unused = core::unusedFaults(scenario, trace);
    if (!unused.empty())
        throw core::ScenarioError(*commandLine.scenario, unused.front().jsonPath,
                                  unused.front().problem);
    return trace;
}

// The trace the command line asks for: of the scenario, or of a captured connection.
core::Trace traceFor(const CommandLine& commandLine, std::ostream& err) {
    if (!commandLine.captures.empty())
        return traceOfCapture(commandLine, err);
    return simulateNamedScenario(commandLine);
}

int printTrace(const CommandLine& commandLine, std::ostream& out, std::ostream& err) {
    const core::Trace trace = traceFor(commandLine, err);
    if (commandLine.format == TraceFormat::JsonLines)
        core::writeJsonLinesTrace(trace, out);
    else
        core::writeTextTrace(trace, out);
    return kExitOk;
}

// Why the capture is taken where it is, for the note on stderr.
std::string_view reasonFor(core::CaptureHostChoice choice) {
    switch (choice) {
    case core::CaptureHostChoice::FirstAccepting:
        return "the first host that accepts a connection";
    case core::CaptureHostChoice::SecondHost:
        return "the second host, as no host accepts a connection";
    case core::CaptureHostChoice::OnlyHost:
        return "the only host";
    case core::CaptureHostChoice::NoHost:
        break;
    }
    return "no host";
}

std::string hostNames(const core::Trace& trace) {
    std::string names;
    for (const core::HostInfo& host : trace.hosts)
        names += (names.empty() ? "" : ", ") + host.name;
    return names;
}

int exportCapture(const CommandLine& commandLine, std::ostream& err) {
    const core::Trace trace = simulateNamedScenario(commandLine);
    core::DefaultCaptureHost capture = core::defaultCaptureHost(trace);
    std::string reason(reasonFor(capture.choice));
    if (commandLine.captureAt) {
        const std::optional<core::HostId> host = core::findHost(trace, *commandLine.captureAt);
        if (!host) {
            reportError(err, "--capture-at: no host '" + *commandLine.captureAt +
                                 "' in the scenario (hosts: " + hostNames(trace) + ")");
            return kExitFailure;
        }
        capture.host = *host;
        reason = "chosen with --capture-at";
    } else if (capture.choice == core::CaptureHostChoice::NoHost) {
        reportError(err, "the scenario has no host to capture at");
        return kExitFailure;
    }
    const std::size_t packets = core::exportPcap(trace, capture.host, *commandLine.exportPath);
    const core::HostInfo& host = trace.hosts[static_cast<std::size_t>(capture.host)];
    err << "handshake-lab: wrote " << packets << (packets == 1 ? " packet" : " packets") << " to "
        << *commandLine.exportPath << ", captured at " << host.name << " ("
        << core::toString(host.address) << "), " << reason << '\n';
    return kExitOk;
}

// A Mermaid or PlantUML text of the sequence diagram (docs/export.md).
int exportTextDiagram(const CommandLine& commandLine, std::ostream& err) {
    const core::Trace trace = traceFor(commandLine, err);
    const ui::SequenceDiagram diagram = ui::layoutSequence(trace, ui::SequenceOptions{});
    const std::string text = commandLine.exportFormat == ExportFormat::Mermaid
                                 ? ui::toMermaid(diagram)
                                 : ui::toPlantUml(diagram);
    std::ofstream file(*commandLine.exportPath, std::ios::binary);
    file << text;
    file.close();
    if (!file) {
        reportError(err, "cannot write " + *commandLine.exportPath);
        return kExitFailure;
    }
    err << "handshake-lab: wrote " << diagram.arrows.size() << " segments to "
        << *commandLine.exportPath << '\n';
    return kExitOk;
}

int exportScenario(const CommandLine& commandLine, std::ostream& err) {
    switch (commandLine.exportFormat) {
    case ExportFormat::Pcap:
        if (!commandLine.captures.empty())
            return extractCapturedConnection(commandLine, err);
        return exportCapture(commandLine, err);
    case ExportFormat::Mermaid:
    case ExportFormat::PlantUml:
        return exportTextDiagram(commandLine, err);
    }
    return kExitFailure;
}

int dispatch(const CommandLine& commandLine, std::ostream& out, std::ostream& err) {
    switch (commandLine.action) {
    case Action::ShowHelp:
        out << helpText();
        return kExitOk;
    case Action::ShowVersion:
        out << "handshake-lab " << kVersion << '\n';
        return kExitOk;
    case Action::ListScenarios:
        return listScenarios(out);
    case Action::ListConnections:
        return listConnections(commandLine, out, err);
    case Action::PrintTrace:
        return printTrace(commandLine, out, err);
    case Action::Export:
        return exportScenario(commandLine, err);
    case Action::ReportUsageError:
        reportError(err, commandLine.error);
        return kExitUsage;
    case Action::OpenWindow:
        break;
    }
    reportError(err, "this action needs the window");
    return kExitFailure;
}

} // namespace

void reportError(std::ostream& err, const std::string& message) {
    err << "handshake-lab: " << message << '\n';
}

int runCliAction(const CommandLine& commandLine, std::ostream& out, std::ostream& err) {
    try {
        const int code = dispatch(commandLine, out, err);
        out.flush();
        if (!out) {
            reportError(err, "cannot write the output");
            return kExitFailure;
        }
        return code;
    } catch (const core::ScenarioError& e) {
        reportError(err, e.what()); // already names the file, JSON path and problem
    } catch (const core::CaptureExportError& e) {
        reportError(err, e.what()); // names the file and the reason
    } catch (const core::CaptureError& e) {
        reportError(err, e.what()); // names the capture and what is wrong where
    } catch (const CaptureChoiceError& e) {
        reportError(err, e.what());
    } catch (const UnknownScenarioError& e) {
        reportError(err, e.what());
    } catch (const std::exception& e) {
        reportError(err, std::string("internal error: ") + e.what());
    }
    return kExitFailure;
}

} // namespace app
