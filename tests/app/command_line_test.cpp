#include "app/command_line.h"

#include <gtest/gtest.h>

using app::Action;
using app::CommandLine;
using app::TraceFormat;

namespace {
CommandLine parse(std::vector<std::string> arguments) {
    return app::parseCommandLine(arguments);
}
} // namespace

TEST(CommandLine, noArguments_opensWindow) {
    const CommandLine c = parse({});
    EXPECT_EQ(c.action, Action::OpenWindow);
    EXPECT_FALSE(c.scenario);
}

TEST(CommandLine, scenarioWithoutTrace_opensWindowWithIt) {
    const CommandLine c = parse({"--scenario", "lab.json"});
    EXPECT_EQ(c.action, Action::OpenWindow);
    EXPECT_EQ(c.scenario, "lab.json");
}

TEST(CommandLine, scenarioAndTrace_printsTextTrace) {
    const CommandLine c = parse({"--scenario", "default", "--trace"});
    EXPECT_EQ(c.action, Action::PrintTrace);
    EXPECT_EQ(c.scenario, "default");
    EXPECT_EQ(c.format, TraceFormat::Text);
}

TEST(CommandLine, equalsForm_andJsonl_areAccepted) {
    const CommandLine c = parse({"--trace", "--scenario=default", "--format=jsonl"});
    EXPECT_EQ(c.action, Action::PrintTrace);
    EXPECT_EQ(c.scenario, "default");
    EXPECT_EQ(c.format, TraceFormat::JsonLines);
    EXPECT_EQ(parse({"--trace", "--scenario", "x", "--format", "text"}).format, TraceFormat::Text);
}

TEST(CommandLine, helpAndVersion_winOverOtherOptions) {
    EXPECT_EQ(parse({"--trace", "--help"}).action, Action::ShowHelp);
    EXPECT_EQ(parse({"-h"}).action, Action::ShowHelp);
    EXPECT_EQ(parse({"--version", "--list-scenarios"}).action, Action::ShowVersion);
    EXPECT_EQ(parse({"--list-scenarios"}).action, Action::ListScenarios);
}

TEST(CommandLine, usageErrors_sayWhatIsWrong) {
    const auto error = [](std::vector<std::string> arguments) {
        const CommandLine c = app::parseCommandLine(arguments);
        EXPECT_EQ(c.action, Action::ReportUsageError);
        return c.error;
    };
    EXPECT_EQ(error({"--trace"}),
              "--trace needs --scenario ID|FILE or --capture FILE (see --help)");
    EXPECT_EQ(error({"--frobnicate"}), "unknown option '--frobnicate' (see --help)");
    EXPECT_EQ(error({"lab.json"}), "unexpected argument 'lab.json' (see --help)");
    EXPECT_EQ(error({"--scenario"}), "--scenario needs a value (see --help)");
    EXPECT_EQ(error({"--scenario", "--trace"}), "--scenario needs a value (see --help)");
    EXPECT_EQ(error({"--scenario="}), "--scenario needs a value (see --help)");
    EXPECT_EQ(error({"--trace=yes"}), "--trace takes no value (see --help)");
    EXPECT_EQ(error({"--scenario", "x", "--trace", "--format", "xml"}),
              "unknown trace format 'xml' (expected text or jsonl) (see --help)");
    EXPECT_EQ(error({"--scenario", "x", "--format", "jsonl"}),
              "--format only applies to --trace (see --help)");
    EXPECT_EQ(error({"--list-scenarios", "--trace"}),
              "--list-scenarios cannot be combined with --scenario, --trace or --export (see "
              "--help)");
}

TEST(CommandLine, helpText_documentsEveryOptionAndExitCodes) {
    const std::string help = app::helpText();
    for (const char* option : {"--list-scenarios", "--scenario", "--trace", "--format", "--export",
                               "--capture-at", ".pcap", "--capture FILE", "--list-connections",
                               "--connection N", "--help", "--version", "Exit status"})
        EXPECT_NE(help.find(option), std::string::npos) << option;
}

TEST(CommandLine, exportPcap_exportsCapture) {
    const CommandLine c = parse({"--scenario", "default", "--export", "out/x.pcap"});
    EXPECT_EQ(c.action, Action::Export);
    EXPECT_EQ(c.exportPath, "out/x.pcap");
    EXPECT_EQ(c.exportFormat, app::ExportFormat::Pcap);
    EXPECT_FALSE(c.captureAt);
    EXPECT_EQ(parse({"--scenario=default", "--export=X.PCAP"}).action, Action::Export);
}

TEST(CommandLine, exportTextDiagrams_formatFollowsTheExtension) {
    EXPECT_EQ(parse({"--scenario", "default", "--export", "a.mmd"}).exportFormat,
              app::ExportFormat::Mermaid);
    EXPECT_EQ(parse({"--scenario", "default", "--export", "a.PUML"}).exportFormat,
              app::ExportFormat::PlantUml);
}

TEST(CommandLine, exportImage_readsItsOptions) {
    const CommandLine c = parse({"--scenario", "default", "--export", "fig.png", "--scale", "2",
                                 "--theme", "print", "--transparent", "--range", "100ms:2",
                                 "--title", "Handshake", "--caption", "50 ms links"});
    EXPECT_EQ(c.action, Action::Export);
    EXPECT_EQ(c.exportFormat, app::ExportFormat::Png);
    EXPECT_EQ(c.image.scale, 2.0);
    EXPECT_EQ(c.image.theme, app::ImageTheme::Print);
    EXPECT_TRUE(c.image.transparent);
    ASSERT_TRUE(c.image.range);
    EXPECT_EQ(c.image.range->first, core::Micros{100000});
    EXPECT_EQ(c.image.range->second, core::Micros{2000000});
    EXPECT_EQ(c.image.title, "Handshake");
    EXPECT_EQ(c.image.caption, "50 ms links");
    EXPECT_EQ(parse({"--scenario", "d", "--export", "s.SVG", "--view", "states"}).image.view,
              app::ImageView::States);
}

TEST(CommandLine, exportImageOptions_wrongPlaceOrValue_isAUsageError) {
    const auto error = [](std::vector<std::string> arguments) {
        return app::parseCommandLine(arguments).error;
    };
    EXPECT_EQ(error({"--scenario", "d", "--export", "x.pdf", "--scale", "2"}),
              "--scale only applies to a .png export (see --help)");
    EXPECT_EQ(error({"--scenario", "d", "--export", "x.png", "--scale", "9"}),
              "--scale needs a number from 0.25 to 8, not '9' (see --help)");
    EXPECT_EQ(error({"--scenario", "d", "--export", "x.png", "--theme", "blue"}),
              "unknown theme 'blue' (expected light, dark, print) (see --help)");
    EXPECT_EQ(error({"--scenario", "d", "--export", "x.mmd", "--title", "T"}),
              "--scale, --theme, --transparent, --view, --range, --title and --caption apply "
              "to a .png, .svg or .pdf export (see --help)");
    EXPECT_EQ(error({"--scenario", "d", "--trace", "--theme", "dark"}),
              "--scale, --theme, --transparent, --view, --range, --title and --caption only "
              "apply to --export (see --help)");
    EXPECT_EQ(error({"--scenario", "d", "--export", "x.png", "--range", "1s"}),
              "--range needs FROM:TO, two times such as 0:0.5 or 100ms:2s, not '1s' (see --help)");
}

TEST(CommandLine, exportWithCaptureAt_keepsTheHost) {
    const CommandLine c =
        parse({"--scenario", "default", "--export", "x.pcap", "--capture-at", "client"});
    EXPECT_EQ(c.action, Action::Export);
    EXPECT_EQ(c.captureAt, "client");
}

TEST(CommandLine, exportUsageErrors_sayWhatIsWrong) {
    const auto error = [](std::vector<std::string> arguments) {
        const CommandLine c = app::parseCommandLine(arguments);
        EXPECT_EQ(c.action, Action::ReportUsageError);
        return c.error;
    };
    EXPECT_EQ(error({"--scenario", "default", "--export", "x.gif"}),
              "cannot export to 'x.gif': unknown extension '.gif' (supported: .png, .svg, .pdf, "
              ".pcap, .mmd, .puml) (see --help)");
    EXPECT_EQ(error({"--scenario", "default", "--export", "dir.pcap/out"}),
              "cannot tell the format of 'dir.pcap/out' without an extension (supported: .png, "
              ".svg, .pdf, .pcap, .mmd, .puml) (see --help)");
    EXPECT_EQ(error({"--scenario", "default", "--export", "x.mmd", "--capture-at", "client"}),
              "--capture-at only applies to a .pcap export (see --help)");
    EXPECT_EQ(error({"--export", "x.pcap"}),
              "--export needs --scenario ID|FILE or --capture FILE (see --help)");
    EXPECT_EQ(error({"--scenario", "default", "--export", "x.pcap", "--trace"}),
              "--trace and --export cannot be combined (see --help)");
    EXPECT_EQ(error({"--scenario", "default", "--capture-at", "client"}),
              "--capture-at only applies to --export (see --help)");
    EXPECT_EQ(error({"--scenario", "default", "--export", "x.pcap", "--format", "jsonl"}),
              "--format only applies to --trace (see --help)");
    EXPECT_EQ(error({"--scenario", "default", "--export"}), "--export needs a value (see --help)");
}

TEST(CommandLine, captureListConnections_takesOneOrTwoFiles) {
    const CommandLine one = parse({"--capture", "a.pcap", "--list-connections"});
    EXPECT_EQ(one.action, Action::ListConnections);
    EXPECT_EQ(one.captures, (std::vector<std::string>{"a.pcap"}));
    const CommandLine two =
        parse({"--capture=a.pcap", "--capture", "b.pcapng", "--list-connections"});
    EXPECT_EQ(two.captures, (std::vector<std::string>{"a.pcap", "b.pcapng"}));
}

TEST(CommandLine, captureTraceAndExport_keepTheConnectionNumber) {
    const CommandLine trace = parse({"--capture", "a.pcap", "--trace", "--format", "jsonl"});
    EXPECT_EQ(trace.action, Action::PrintTrace);
    EXPECT_FALSE(trace.connection);
    EXPECT_EQ(trace.format, TraceFormat::JsonLines);
    const CommandLine exported =
        parse({"--capture", "a.pcap", "--connection", "3", "--export", "out.mmd"});
    EXPECT_EQ(exported.action, Action::Export);
    EXPECT_EQ(exported.connection, 3u);
    EXPECT_EQ(exported.exportFormat, app::ExportFormat::Mermaid);
}

TEST(CommandLine, captureUsageErrors_sayWhatIsWrong) {
    const auto error = [](std::vector<std::string> arguments) {
        const CommandLine c = app::parseCommandLine(arguments);
        EXPECT_EQ(c.action, Action::ReportUsageError);
        return c.error;
    };
    EXPECT_EQ(error({"--capture", "a.pcap"}),
              "--capture needs --list-connections, --trace or --export (see --help)");
    EXPECT_EQ(error({"--list-connections"}),
              "--list-connections needs --capture FILE (see --help)");
    EXPECT_EQ(error({"--capture", "a", "--capture", "b", "--capture", "c", "--trace"}),
              "at most two --capture files (one taken at each end of the connection) (see --help)");
    EXPECT_EQ(error({"--capture", "a", "--scenario", "default", "--trace"}),
              "--capture and --scenario cannot be combined (see --help)");
    EXPECT_EQ(error({"--capture", "a", "--list-connections", "--trace"}),
              "--list-connections cannot be combined with --trace, --export or --connection (see "
              "--help)");
    EXPECT_EQ(error({"--scenario", "default", "--connection", "2", "--trace"}),
              "--connection needs --capture FILE (see --help)");
    EXPECT_EQ(error({"--capture", "a", "--connection", "0", "--trace"}),
              "--connection needs a number from 1, not '0' (see --help)");
    EXPECT_EQ(error({"--capture", "a", "--connection", "two", "--trace"}),
              "--connection needs a number from 1, not 'two' (see --help)");
    EXPECT_EQ(error({"--capture", "a", "--export", "x.pcap", "--capture-at", "client"}),
              "--capture-at only applies to a scenario's --export (see --help)");
    EXPECT_EQ(error({"--capture", "a", "--list-scenarios"}),
              "--list-scenarios cannot be combined with --capture or --list-connections (see "
              "--help)");
}

TEST(CommandLine, lang_isKeptForTheWindowAndForExports) {
    EXPECT_FALSE(parse({}).language);
    const CommandLine window = parse({"--lang", "zh_CN"});
    EXPECT_EQ(window.action, Action::OpenWindow);
    EXPECT_EQ(window.language, "zh_CN");
    const CommandLine image = parse({"--scenario", "default", "--export=a.svg", "--lang=en"});
    EXPECT_EQ(image.action, Action::Export);
    EXPECT_EQ(image.language, "en");
}

TEST(CommandLine, unknownLang_isUsageErrorNamingTheLanguages) {
    const CommandLine c = parse({"--lang", "fr"});
    EXPECT_EQ(c.action, Action::ReportUsageError);
    EXPECT_NE(c.error.find("'fr'"), std::string::npos) << c.error;
    EXPECT_NE(c.error.find("en, zh_CN"), std::string::npos) << c.error;
    // Spelled as the locale is, not as a tag: zh-CN and zh are not accepted.
    EXPECT_EQ(parse({"--lang", "zh-CN"}).action, Action::ReportUsageError);
    EXPECT_EQ(parse({"--lang"}).action, Action::ReportUsageError);
}

TEST(CommandLine, help_documentsLang) {
    EXPECT_NE(app::helpText().find("--lang en|zh_CN"), std::string::npos);
}
