#include "application.h"

#include "app/version.h"
#include "cli_actions.h"
#include "command_line.h"
#include "core/scenario_json.h"
#include "language.h"
#include "main_window.h"
#include "scenario_library.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <unistd.h>

namespace app {

namespace {

// Also names the QSettings file: ~/.config/Handshake Lab/handshake-lab.conf
void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Handshake Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("handshake-lab"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

// A scenario named on the command line, resolved before the QApplication
// exists so that a bad --scenario is reported even where no display is
// available: it must load, or the program stops.
struct StartScenario {
    std::optional<ScenarioLibrary> library;
    std::optional<core::Scenario> scenario;
    QString filePath;
    QString builtInId;
    std::string problem; // the built-in library itself is broken
};

std::optional<StartScenario> loadStartScenario(const CommandLine& commandLine) {
    StartScenario start;
    try {
        start.library = ScenarioLibrary::builtIn();
    } catch (const std::exception& e) {
        start.problem = e.what();
        start.library = ScenarioLibrary({});
    }
    if (!commandLine.scenario)
        return start;
    try {
        const std::string& name = *commandLine.scenario;
        start.scenario = start.library->resolve(name);
        if (start.library->find(name) && !std::filesystem::is_regular_file(name))
            start.builtInId = QString::fromStdString(name);
        else
            start.filePath = QString::fromStdString(name);
    } catch (const std::exception& e) {
        reportError(std::cerr, e.what());
        return std::nullopt;
    }
    return start;
}

int openWindow(int& argc, char* argv[], const CommandLine& commandLine) {
    std::optional<StartScenario> start = loadStartScenario(commandLine);
    if (!start)
        return kExitFailure;
    const QApplication application(argc, argv);
    setIdentity();
    installTranslators(chooseLanguage(commandLine.language, savedLanguage(), QLocale::system()));
    MainWindow window(std::move(*start->library));
    if (start->scenario)
        window.openScenario(*start->scenario, start->filePath, start->builtInId);
    else if (!window.openLastScenario() && !start->problem.empty())
        window.showProblem(QString::fromStdString(start->problem));
    window.show();
    return QApplication::exec();
}

// Qt warns on standard error when XDG_RUNTIME_DIR is unset (as under cron or
// in CI), then uses a private folder in /tmp; choosing that folder first keeps
// a command's standard error to its own messages.
void useRuntimeDirectory() {
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") +
                        QString::number(static_cast<qulonglong>(::getuid()));
    if (QDir().mkpath(dir) &&
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

int run(int argc, char* argv[]) {
    const CommandLine commandLine = parseCommandLine(argumentsOf(argc, argv));
    if (commandLine.action == Action::OpenWindow)
        return openWindow(argc, argv, commandLine);
    if (commandLine.action == Action::Export && isImage(commandLine.exportFormat)) {
        // Pictures need Qt's GUI but never a display, and no window appears.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        useRuntimeDirectory();
        const QApplication application(argc, argv);
        setIdentity();
        // A picture's words (axis units, titles) stay English unless asked,
        // so that a script gives the same file on every machine.
        if (commandLine.language)
            installTranslators(QString::fromStdString(*commandLine.language));
        return runCliAction(commandLine, std::cout, std::cerr);
    }
    const QCoreApplication application(argc, argv);
    setIdentity();
    return runCliAction(commandLine, std::cout, std::cerr);
}

} // namespace app
