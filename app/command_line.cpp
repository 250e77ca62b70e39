#include "command_line.h"

#include "app/language.h"

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
    bool listConnections = false;
    std::optional<std::string> scenario;
    std::vector<std::string> captures;
    std::optional<std::string> connection;
    std::optional<std::string> format;
    std::optional<std::string> exportPath;
    std::optional<std::string> captureAt;
    std::optional<std::string> language;
    RawImageOptions image;
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
    if (name == "--connection")
        return &raw.connection;
    if (name == "--lang")
        return &raw.language;
    if (name == "--scale")
        return &raw.image.scale;
    if (name == "--theme")
        return &raw.image.theme;
    if (name == "--view")
        return &raw.image.view;
    if (name == "--range")
        return &raw.image.range;
    if (name == "--title")
        return &raw.image.title;
    if (name == "--caption")
        return &raw.image.caption;
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
           name == "--trace" || name == "--list-connections" || name == "--transparent";
}

void setFlag(RawOptions& raw, std::string_view name) {
    if (name == "--help" || name == "-h")
        raw.help = true;
    else if (name == "--version")
        raw.version = true;
    else if (name == "--list-scenarios")
        raw.listScenarios = true;
    else if (name == "--list-connections")
        raw.listConnections = true;
    else if (name == "--transparent")
        raw.image.transparent = true;
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
        std::optional<std::string> capture; // --capture may be given twice
        std::optional<std::string>* slot = name == "--capture" ? &capture : valueOf(raw, name);
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
        if (capture)
            raw.captures.push_back(*capture);
    }
    return {};
}

// Options that name or need a source, checked on their own; returns an error
// message, empty when they go together.
std::string checkSources(const RawOptions& raw) {
    const bool capture = !raw.captures.empty();
    if (raw.listScenarios && (raw.trace || raw.scenario || raw.exportPath))
        return "--list-scenarios cannot be combined with --scenario, --trace or --export";
    if (raw.listScenarios && (capture || raw.listConnections))
        return "--list-scenarios cannot be combined with --capture or --list-connections";
    if (capture && raw.scenario)
        return "--capture and --scenario cannot be combined";
    if (raw.captures.size() > 2)
        return "at most two --capture files (one taken at each end of the connection)";
    if (raw.listConnections && !capture)
        return "--list-connections needs --capture FILE";
    if (raw.listConnections && (raw.trace || raw.exportPath || raw.connection))
        return "--list-connections cannot be combined with --trace, --export or --connection";
    if (raw.connection && !capture)
        return "--connection needs --capture FILE";
    if (capture && raw.captureAt)
        return "--capture-at only applies to a scenario's --export";
    if (capture && !raw.listConnections && !raw.trace && !raw.exportPath)
        return "--capture needs --list-connections, --trace or --export";
    return {};
}

// Sets commandLine.action from the options; returns an error message when
// they do not go together, empty on success.
std::string chooseAction(const RawOptions& raw, CommandLine& commandLine) {
    const bool source = raw.scenario || !raw.captures.empty();
    if (raw.help)
        commandLine.action = Action::ShowHelp;
    else if (raw.version)
        commandLine.action = Action::ShowVersion;
    else if (std::string error = checkSources(raw); !error.empty())
        return error;
    else if (raw.listScenarios)
        commandLine.action = Action::ListScenarios;
    else if (raw.listConnections)
        commandLine.action = Action::ListConnections;
    else if (raw.trace && raw.exportPath)
        return "--trace and --export cannot be combined";
    else if (raw.trace && !source)
        return "--trace needs --scenario ID|FILE or --capture FILE";
    else if (raw.exportPath && !source)
        return "--export needs --scenario ID|FILE or --capture FILE";
    else if (raw.format && !raw.trace)
        return "--format only applies to --trace";
    else if (raw.captureAt && !raw.exportPath)
        return "--capture-at only applies to --export";
    else if (raw.image.any() && !raw.exportPath)
        return "--scale, --theme, --transparent, --view, --range, --title and --caption only "
               "apply to --export";
    else if (raw.trace)
        commandLine.action = Action::PrintTrace;
    else if (raw.exportPath)
        commandLine.action = Action::Export;
    return {};
}

// --connection N: a whole number from 1.
std::string connectionNumber(const std::string& text, std::optional<std::size_t>& number) {
    std::size_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9' || value > 1'000'000'000)
            return "--connection needs a number from 1, not '" + text + "'";
        value = value * 10 + static_cast<std::size_t>(c - '0');
    }
    if (value == 0)
        return "--connection needs a number from 1, not '" + text + "'";
    number = value;
    return {};
}

// The format --export writes, from the file's extension (case does not
// matter); returns an error message when there is no supported one.
std::string exportFormatOf(const std::string& path, ExportFormat& format, std::string& extension) {
    static const std::string supported = "supported: .png, .svg, .pdf, .pcap, .mmd, .puml";
    const std::size_t slash = path.find_last_of('/');
    const std::size_t dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return "cannot tell the format of '" + path + "' without an extension (" + supported + ")";
    extension = path.substr(dot);
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::pair<const char*, ExportFormat> known[] = {
        {".pcap", ExportFormat::Pcap},     {".mmd", ExportFormat::Mermaid},
        {".puml", ExportFormat::PlantUml}, {".png", ExportFormat::Png},
        {".svg", ExportFormat::Svg},       {".pdf", ExportFormat::Pdf},
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

bool isImage(ExportFormat format) {
    return format == ExportFormat::Png || format == ExportFormat::Svg ||
           format == ExportFormat::Pdf;
}

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
    commandLine.captures = raw.captures;
    commandLine.exportPath = raw.exportPath;
    commandLine.captureAt = raw.captureAt;
    if (raw.language && !isKnownLanguage(*raw.language))
        return usageError("unknown language '" + *raw.language +
                          "' (available: " + knownLanguages() + ")");
    commandLine.language = raw.language;
    if (raw.format == "jsonl")
        commandLine.format = TraceFormat::JsonLines;
    else if (raw.format && raw.format != "text")
        return usageError("unknown trace format '" + *raw.format + "' (expected text or jsonl)");

    if (std::string error = chooseAction(raw, commandLine); !error.empty())
        return usageError(std::move(error));
    if (raw.connection && commandLine.action != Action::ShowHelp &&
        commandLine.action != Action::ShowVersion) {
        if (std::string error = connectionNumber(*raw.connection, commandLine.connection);
            !error.empty())
            return usageError(std::move(error));
    }
    if (commandLine.action == Action::Export) {
        std::string extension;
        if (std::string error =
                exportFormatOf(*raw.exportPath, commandLine.exportFormat, extension);
            !error.empty())
            return usageError(std::move(error));
        if (std::string error = readImageOptions(raw.image, extension, commandLine.image);
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
           "  --capture FILE        Use a TCP connection from a packet capture (pcap or\n"
           "                        pcapng, e.g. from tcpdump or Wireshark) instead of a\n"
           "                        scenario; give it twice for captures taken at both ends.\n"
           "                        States are inferred, see docs/capture-import.md.\n"
           "  --list-connections    With --capture: print the capture's TCP connections.\n"
           "  --connection N        With --capture: the connection to use, numbered as\n"
           "                        --list-connections prints them (default: 1).\n"
           "  --trace               Print the trace to standard output.\n"
           "  --format text|jsonl   Trace format (default: text), see docs/trace-format.md.\n"
           "  --export FILE         Write the scenario or connection to FILE; the extension\n"
           "                        says the format: .png, .svg or .pdf (the diagram as the\n"
           "                        window draws it, no display needed), .pcap (a packet\n"
           "                        capture for Wireshark or tcpdump, see\n"
           "                        docs/capture-export.md; for --capture the connection's\n"
           "                        packets as captured), .mmd (a Mermaid sequenceDiagram)\n"
           "                        or .puml (a PlantUML sequence diagram). See docs/export.md.\n"
           "  --view sequence|states  With a picture: the sequence diagram (default) or the\n"
           "                        state machine at the end (or at the end of --range).\n"
           "  --range FROM:TO       With a picture: only this time range, e.g. 0:0.5 or\n"
           "                        100ms:2s (bare numbers are seconds).\n"
           "  --scale N             With .png: pixels per diagram pixel, 0.25 to 8 (default 1).\n"
           "  --theme light|dark|print  With a picture: the colours (print: black on white).\n"
           "  --transparent         With .png: no background.\n"
           "  --title TEXT, --caption TEXT  With a picture: text above and below it.\n"
           "  --capture-at HOST     With --scenario and --export: capture on this host's\n"
           "                        interface (a host name or address). Default: the first\n"
           "                        host that accepts a connection, else the second host.\n"
           "  --lang en|zh_CN       The language of the window (English or Simplified\n"
           "                        Chinese) and of a picture's texts. Default: the one\n"
           "                        chosen in View > Language, else the system's.\n"
           "  -h, --help            Print this help and exit.\n"
           "  --version             Print the version and exit.\n"
           "\n"
           "Exit status: 0 on success, 1 when the action fails (e.g. a scenario or capture\n"
           "that cannot be read), 2 when the command line is wrong.\n";
}

} // namespace app
