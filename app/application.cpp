#include "application.h"

#include "app/version.h"
#include "cli_actions.h"
#include "command_line.h"
#include "core/scenario_json.h"
#include "main_window.h"
#include "scenario_library.h"

#include <QApplication>
#include <QCoreApplication>
#include <iostream>
#include <optional>
#include <string>

namespace app {

namespace {

// Also names the QSettings file: ~/.config/Handshake Lab/handshake-lab.conf
void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Handshake Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("handshake-lab"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

// What the window shows first; no scenario and no problem means there is no
// built-in default scenario.
struct StartScenario {
    std::optional<core::Scenario> scenario;
    std::string problem;
};

// Runs before the QApplication exists, so that a bad --scenario is reported
// even where no display is available. A scenario named on the command line
// must load, or the program stops; the default one only leaves a note.
std::optional<StartScenario> loadStartScenario(const CommandLine& commandLine) {
    try {
        const ScenarioLibrary library = ScenarioLibrary::builtIn();
        if (commandLine.scenario)
            return StartScenario{library.resolve(*commandLine.scenario), {}};
        if (const ScenarioLibrary::Entry* entry = library.find(kDefaultScenarioId))
            return StartScenario{entry->scenario, {}};
        return StartScenario{};
    } catch (const std::exception& e) {
        if (commandLine.scenario) {
            reportError(std::cerr, e.what());
            return std::nullopt;
        }
        return StartScenario{std::nullopt, e.what()};
    }
}

int openWindow(int& argc, char* argv[], const CommandLine& commandLine) {
    const std::optional<StartScenario> start = loadStartScenario(commandLine);
    if (!start)
        return kExitFailure;
    const QApplication application(argc, argv);
    setIdentity();
    MainWindow window;
    if (start->scenario)
        window.showScenario(*start->scenario);
    else if (!start->problem.empty())
        window.showProblem(QString::fromStdString(start->problem));
    else
        window.showProblem(MainWindow::tr("There is no built-in scenario \"%1\".")
                               .arg(QString::fromLatin1(kDefaultScenarioId)));
    window.show();
    return QApplication::exec();
}

} // namespace

int run(int argc, char* argv[]) {
    const CommandLine commandLine = parseCommandLine(argumentsOf(argc, argv));
    if (commandLine.action == Action::OpenWindow)
        return openWindow(argc, argv, commandLine);
    const QCoreApplication application(argc, argv);
    setIdentity();
    return runCliAction(commandLine, std::cout, std::cerr);
}

} // namespace app
