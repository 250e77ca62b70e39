#include "command_line.h"

#include <string_view>

namespace app {

namespace {

// The options as the command line spelled them, before they are checked
// against each other.
struct RawOptions {
    bool help = false;
    bool version = false;
    bool listScenarios = false;
    bool trace = false;
    std::optional<std::string> scenario;
    std::optional<std::string> format;
};

CommandLine usageError(std::string message) {
    CommandLine commandLine;
    commandLine.action = Action::ReportUsageError;
    commandLine.error = std::move(message) + " (see --help)";
    return commandLine;
}

bool isFlag(std::string_view name) {
    return name == "--help" || name == "-h" || name == "--version" || name == "--list-scenarios" ||
           name == "--trace";
}

void setFlag(RawOptions& raw, std::string_view name) {
    if (name == "--help" || name == "-h")
        raw.help = true;
    else if (name == "--version")
        raw.version = true;
    else if (name == "--list-scenarios")
        raw.listScenarios = true;
    else
        raw.trace = true;
}

// Reads the arguments into `raw`; returns an error message, empty on success.
std::string readArguments(const std::vector<std::string>& arguments, RawOptions& raw) {
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string_view argument = arguments[i];
        const std::size_t equals = argument.find('=');
        const std::string_view name = argument.substr(0, equals);
        if (isFlag(name)) {
            if (equals != std::string_view::npos)
                return std::string(name) + " takes no value";
            setFlag(raw, name);
            continue;
        }
        if (name != "--scenario" && name != "--format") {
            if (argument.starts_with('-'))
                return "unknown option '" + std::string(argument) + "'";
            return "unexpected argument '" + std::string(argument) + "'";
        }
        std::string value;
        if (equals != std::string_view::npos)
            value = argument.substr(equals + 1);
        else if (i + 1 < arguments.size() && !arguments[i + 1].starts_with("--"))
            value = arguments[++i];
        if (value.empty())
            return std::string(name) + " needs a value";
        (name == "--scenario" ? raw.scenario : raw.format) = value;
    }
    return {};
}

} // namespace

std::vector<std::string> argumentsOf(int argc, const char* const* argv) {
    std::vector<std::string> arguments;
    for (int i = 1; i < argc; ++i)
        arguments.emplace_back(argv[i]);
    return arguments;
}

CommandLine parseCommandLine(const std::vector<std::string>& arguments) {
    RawOptions raw;
    if (std::string error = readArguments(arguments, raw); !error.empty())
        return usageError(std::move(error));

    CommandLine commandLine;
    commandLine.scenario = raw.scenario;
    if (raw.format == "jsonl")
        commandLine.format = TraceFormat::JsonLines;
    else if (raw.format && raw.format != "text")
        return usageError("unknown trace format '" + *raw.format + "' (expected text or jsonl)");

    if (raw.help)
        commandLine.action = Action::ShowHelp;
    else if (raw.version)
        commandLine.action = Action::ShowVersion;
    else if (raw.listScenarios && (raw.trace || raw.scenario))
        return usageError("--list-scenarios cannot be combined with --scenario or --trace");
    else if (raw.listScenarios)
        commandLine.action = Action::ListScenarios;
    else if (raw.trace && !raw.scenario)
        return usageError("--trace needs --scenario ID|FILE");
    else if (raw.format && !raw.trace)
        return usageError("--format only applies to --trace");
    else if (raw.trace)
        commandLine.action = Action::PrintTrace;
    return commandLine;
}

std::string helpText() {
    return "Usage: handshake-lab [options]\n"
           "\n"
           "Handshake Lab teaches how TCP opens and closes connections.\n"
           "Without options it opens the main window.\n"
           "\n"
           "Options:\n"
           "  --list-scenarios      Print the built-in scenarios, one \"id<TAB>title\" per line.\n"
           "  --scenario ID|FILE    The scenario to use: a built-in id, or a scenario file\n"
           "                        (an existing path, or any name ending in .json).\n"
           "                        Without --trace, opens the window showing it.\n"
           "  --trace               Print the scenario's trace to standard output.\n"
           "  --format text|jsonl   Trace format (default: text), see docs/trace-format.md.\n"
           "  -h, --help            Print this help and exit.\n"
           "  --version             Print the version and exit.\n"
           "\n"
           "Exit status: 0 on success, 1 when the action fails (e.g. a scenario that\n"
           "cannot be loaded), 2 when the command line is wrong.\n";
}

} // namespace app
