#pragma once

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
    PrintTrace,
    Export,
    ReportUsageError,
};

enum class TraceFormat { Text, JsonLines };

// What --export writes, chosen by the file's extension.
enum class ExportFormat { Pcap, Mermaid, PlantUml };

// The command line as plain data: parsed first, acted on afterwards.
struct CommandLine {
    Action action = Action::OpenWindow;
    std::optional<std::string> scenario; // --scenario: a built-in id or a file
    TraceFormat format = TraceFormat::Text;
    std::optional<std::string> exportPath; // --export FILE
    ExportFormat exportFormat = ExportFormat::Pcap;
    std::optional<std::string> captureAt; // --capture-at HOST: a host name or address
    std::string error;                    // ReportUsageError: what is wrong, one line
};

// Exit codes, as --help documents them.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; // the action failed: bad scenario file, unknown id
inline constexpr int kExitUsage = 2;   // the command line itself is wrong

// argv without the program name.
std::vector<std::string> argumentsOf(int argc, const char* const* argv);

// Never fails: a wrong command line gives Action::ReportUsageError.
CommandLine parseCommandLine(const std::vector<std::string>& arguments);

// The text --help prints.
std::string helpText();

} // namespace app
