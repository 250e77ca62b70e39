#include "command_line.h"

#include <cctype>
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
    std::optional<std::string> exportPath;
    std::optional<std::string> captureAt;
};

// Where an option that takes a value keeps it; nullptr for other names.
std::optional<std::string>* valueOf(RawOptions& raw, std::string_view name) {
    if (name == "--scenario")
        return &raw.scenario;
    if (name == "--format")
        return &raw.format;
    if (name == "--export")
        return &raw.exportPath;
    if (name == "--capture-at")
        return &raw.captureAt;
    return nullptr;
}

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
        std::optional<std::string>* slot = valueOf(raw, name);
        if (!slot) {
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
        *slot = value;
    }
    return {};
}

// Sets commandLine.action from the options; returns an error message when
// they do not go together, empty on success.
std::string chooseAction(const RawOptions& raw, CommandLine& commandLine) {
    if (raw.help)
        commandLine.action = Action::ShowHelp;
    else if (raw.version)
        commandLine.action = Action::ShowVersion;
    else if (raw.listScenarios && (raw.trace || raw.scenario || raw.exportPath))
        return "--list-scenarios cannot be combined with --scenario, --trace or --export";
    else if (raw.listScenarios)
        commandLine.action = Action::ListScenarios;
    else if (raw.trace && raw.exportPath)
        return "--trace and --export cannot be combined";
    else if (raw.trace && !raw.scenario)
        return "--trace needs --scenario ID|FILE";
    else if (raw.exportPath && !raw.scenario)
        return "--export needs --scenario ID|FILE";
    else if (raw.format && !raw.trace)
        return "--format only applies to --trace";
    else if (raw.captureAt && !raw.exportPath)
        return "--capture-at only applies to --export";
    else if (raw.trace)
        commandLine.action = Action::PrintTrace;
    else if (raw.exportPath)
        commandLine.action = Action::Export;
    return {};
}

// The format --export writes, from the file's extension (case does not
// matter); returns an error message when there is no supported one.
std::string exportFormatOf(const std::string& path, ExportFormat& format) {
    static const std::string supported = "supported: .pcap, .mmd, .puml";
    const std::size_t slash = path.find_last_of('/');
    const std::size_t dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return "cannot tell the format of '" + path + "' without an extension (" + supported +
               ")";
    std::string extension = path.substr(dot);
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::pair<const char*, ExportFormat> known[] = {
        {".pcap", ExportFormat::Pcap},
        {".mmd", ExportFormat::Mermaid},
        {".puml", ExportFormat::PlantUml},
    };
    for (const auto& [name, f] : known) {
        if (extension == name) {
            format = f;
            return {};
        }
    }
    return "cannot export to '" + path + "': unknown extension '" + path.substr(dot) + "' (" +
           supported + ")";
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
    commandLine.exportPath = raw.exportPath;
    commandLine.captureAt = raw.captureAt;
    if (raw.format == "jsonl")
        commandLine.format = TraceFormat::JsonLines;
    else if (raw.format && raw.format != "text")
        return usageError("unknown trace format '" + *raw.format + "' (expected text or jsonl)");

    if (std::string error = chooseAction(raw, commandLine); !error.empty())
        return usageError(std::move(error));
    if (commandLine.action == Action::Export) {
        if (std::string error = exportFormatOf(*raw.exportPath, commandLine.exportFormat);
            !error.empty())
            return usageError(std::move(error));
        if (raw.captureAt && commandLine.exportFormat != ExportFormat::Pcap)
            return usageError("--capture-at only applies to a .pcap export");
    }
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
           "                        Without --trace or --export, opens the window showing it.\n"
           "  --trace               Print the scenario's trace to standard output.\n"
           "  --format text|jsonl   Trace format (default: text), see docs/trace-format.md.\n"
           "  --export FILE         Write the scenario to FILE; the extension says the\n"
           "                        format: .pcap (a packet capture for Wireshark or\n"
           "                        tcpdump, see docs/capture-export.md), .mmd (a Mermaid\n"
           "                        sequenceDiagram) or .puml (a PlantUML sequence diagram).\n"
           "  --capture-at HOST     With --export: capture on this host's interface (a host\n"
           "                        name or address). Default: the first host that accepts\n"
           "                        a connection, else the scenario's second host.\n"
           "  -h, --help            Print this help and exit.\n"
           "  --version             Print the version and exit.\n"
           "\n"
           "Exit status: 0 on success, 1 when the action fails (e.g. a scenario that\n"
           "cannot be loaded), 2 when the command line is wrong.\n";
}

} // namespace app
