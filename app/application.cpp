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

namespace app {

namespace {

// Also names the QSettings file: ~/.config/Handshake Lab/handshake-lab.conf
void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Handshake Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("handshake-lab"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

// The scenario named on the command line must load, or the program stops
// before a window appears; the default one only puts a note in the window.
bool showStartScenario(MainWindow& window, const CommandLine& commandLine) {
    try {
        const ScenarioLibrary library = ScenarioLibrary::builtIn();
        if (commandLine.scenario) {
            window.showScenario(library.resolve(*commandLine.scenario));
        } else if (const ScenarioLibrary::Entry* entry = library.find(kDefaultScenarioId)) {
            window.showScenario(entry->scenario);
        } else {
            window.showProblem(MainWindow::tr("There is no built-in scenario \"%1\".")
                                   .arg(QString::fromLatin1(kDefaultScenarioId)));
        }
        return true;
    } catch (const std::exception& e) {
        if (commandLine.scenario) {
            reportError(std::cerr, e.what());
            return false;
        }
        window.showProblem(QString::fromStdString(e.what()));
        return true;
    }
}

int openWindow(int& argc, char* argv[], const CommandLine& commandLine) {
    const QApplication application(argc, argv);
    setIdentity();
    MainWindow window;
    if (!showStartScenario(window, commandLine))
        return kExitFailure;
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
