#pragma once

#include "app/image_options.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace app {

// What the program was asked to do. Every action but OpenWindow runs without
// a display.
enum class Action {
    OpenWindow,
    ShowHelp,
    ShowVersion,
    ListScenarios,
    ListConnections,
    PrintTrace,
    Export,
    ReportUsageError,
};

enum class TraceFormat { Text, JsonLines };

// What --export writes, chosen by the file's extension.
enum class ExportFormat { Pcap, Mermaid, PlantUml, Png, Svg, Pdf };

// A picture drawn by the window's painters (PNG, SVG, PDF), which needs Qt's
// GUI (on its offscreen platform: no display).
bool isImage(ExportFormat format);

// The command line as plain data: parsed first, acted on afterwards.
struct CommandLine {
    Action action = Action::OpenWindow;
    std::optional<std::string> scenario; // --scenario: a built-in id or a file
    // --capture, once or twice (one capture per end of the same traffic):
    // the trace comes from these pcap or pcapng files instead of a scenario.
    std::vector<std::string> captures;
    std::optional<std::size_t> connection; // --connection N: from 1, as --list-connections numbers
    TraceFormat format = TraceFormat::Text;
    std::optional<std::string> exportPath; // --export FILE
    ExportFormat exportFormat = ExportFormat::Pcap;
    std::optional<std::string> captureAt; // --capture-at HOST: a host name or address
    ImageOptions image;                   // for a .png, .svg or .pdf export
    // --lang CODE: the window's language, and that of a picture's texts
    // (which are English without it); one of knownLanguages().
    std::optional<std::string> language;
    std::string error; // ReportUsageError: what is wrong, one line
};

// Exit codes, as --help documents them.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure =
    1;                               // the action failed: bad scenario or capture file, unknown id
inline constexpr int kExitUsage = 2; // the command line itself is wrong

// argv without the program name.
std::vector<std::string> argumentsOf(int argc, const char* const* argv);

// Never fails: a wrong command line gives Action::ReportUsageError.
CommandLine parseCommandLine(const std::vector<std::string>& arguments);

// The text --help prints.
std::string helpText();

} // namespace app
