#include "cli_actions.h"

#include "app/version.h"
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "core/trace_format.h"
#include "scenario_library.h"

#include <exception>
#include <ostream>
#include <string>

namespace app {

namespace {

int listScenarios(std::ostream& out) {
    const ScenarioLibrary library = ScenarioLibrary::builtIn();
    for (const ScenarioLibrary::Entry& entry : library.entries())
        out << entry.id << '\t' << entry.title << '\n';
    return kExitOk;
}

int printTrace(const CommandLine& commandLine, std::ostream& out) {
    const core::Scenario scenario = ScenarioLibrary::builtIn().resolve(*commandLine.scenario);
    const core::Trace trace = core::simulate(scenario);
    if (commandLine.format == TraceFormat::JsonLines)
        core::writeJsonLinesTrace(trace, out);
    else
        core::writeTextTrace(trace, out);
    return kExitOk;
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
    case Action::PrintTrace:
        return printTrace(commandLine, out);
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
    } catch (const UnknownScenarioError& e) {
        reportError(err, e.what());
    } catch (const std::exception& e) {
        reportError(err, std::string("internal error: ") + e.what());
    }
    return kExitFailure;
}

} // namespace app
