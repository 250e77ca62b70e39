// The File menu: open and save scenarios, recent files, and never losing edits.

#include "app/main_window.h"
#include "app/scenario_document.h"
#include "core/scenario_json.h"
#include "ui/export_dialog.h"
#include "ui/sequence_view.h"
#include "ui/state_machine_view.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

namespace app {

namespace {
// What was open last: "builtin:<id>" or "file:<path>".
const QString kLastScenarioKey = QStringLiteral("files/lastScenario");
const QString kLastDirKey = QStringLiteral("files/lastDirectory");

QString fileFilter() {
    return MainWindow::tr("Scenarios (*.json);;All files (*)");
}
} // namespace

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Scenario…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* capture = file->addAction(tr("Open &Capture…"), this, &MainWindow::openCaptureDialog);
    capture->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    QAction* exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_replayAction =
        file->addAction(tr("Re&play in Simulator"), this, &MainWindow::replayInSimulator);
    m_replayAction->setToolTip(tr("Turn the captured connection into a scenario you can break"));
    m_replayAction->setEnabled(false);
    file->addSeparator();
    QAction* save = file->addAction(tr("&Save"), this, &MainWindow::save);
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAsDialog);
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::exportDialog() {
    ui::ExportSource source;
    source.trace = m_sequence->trace();
    source.options = m_sequence->options();
    source.time = m_sequence->time();
    source.selected = m_sequence->selectedSegment();
    source.visible = m_sequence->visibleBody();
    source.endpoints = m_stateMachine->endpoints();
    source.suggestedName = m_document->builtInId().isEmpty()
                               ? QFileInfo(m_document->filePath()).completeBaseName()
                               : m_document->builtInId();
    if (source.suggestedName.isEmpty())
        source.suggestedName = tr("diagram");
    ui::ExportDialog dialog(std::move(source), this);
    dialog.exec();
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList paths = m_recent.paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths[i];
        const QString text = tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName());
        QAction* action = m_recentMenu->addAction(text, this, [this, path] { openFile(path); });
        action->setToolTip(path);
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] { m_recent.clear(); });
}

bool MainWindow::openBuiltIn(const QString& id) {
    const ScenarioLibrary::Entry* entry = m_library.find(id.toStdString());
    if (!entry) {
        showProblem(tr("There is no built-in scenario \"%1\".").arg(id));
        return false;
    }
    if (!maybeKeepEdits())
        return false;
    openScenario(entry->scenario, {}, id);
    return true;
}

bool MainWindow::openFile(const QString& path) {
    if (!maybeKeepEdits())
        return false;
    core::Scenario scenario;
    try {
        scenario = core::loadScenarioFile(path.toStdString());
    } catch (const core::ScenarioError& e) {
        if (!QFileInfo::exists(path))
            m_recent.remove(path);
        warn(tr("Cannot open the scenario"),
             tr("The scenario could not be opened; what was open stays open.\n\n%1")
                 .arg(QString::fromStdString(e.what())));
        return false;
    }
    openScenario(scenario, path, {});
    return true;
}

void MainWindow::openScenario(const core::Scenario& scenario, const QString& filePath,
                              const QString& builtInId) {
    m_opening = true;
    m_document->open(scenario, filePath, builtInId);
    m_opening = false;
    QSettings settings;
    if (!filePath.isEmpty()) {
        m_recent.add(filePath);
        settings.setValue(kLastScenarioKey, QStringLiteral("file:") + filePath);
    } else if (!builtInId.isEmpty()) {
        settings.setValue(kLastScenarioKey, QStringLiteral("builtin:") + builtInId);
    }
    updateTitle();
}

bool MainWindow::openLastScenario() {
    const QString last = QSettings().value(kLastScenarioKey).toString();
    if (last.startsWith(QStringLiteral("file:"))) {
        const QString path = last.mid(5);
        try {
            openScenario(core::loadScenarioFile(path.toStdString()), path, {});
            return true;
        } catch (const core::ScenarioError&) {
            // Moved or broken since: fall back to the default.
        }
    } else if (last.startsWith(QStringLiteral("builtin:")) &&
               m_library.find(last.mid(8).toStdString())) {
        return openBuiltIn(last.mid(8));
    }
    return openBuiltIn(QString::fromLatin1(kDefaultScenarioId));
}

void MainWindow::openFileDialog() {
    const QString dir = QSettings().value(kLastDirKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), dir, fileFilter());
    if (path.isEmpty())
        return;
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    openFile(path);
}

bool MainWindow::save() {
    if (m_document->filePath().isEmpty())
        return saveAsDialog();
    return saveAs(m_document->filePath());
}

bool MainWindow::saveAs(const QString& path) {
    QString error;
    if (!m_document->saveAs(path, error)) {
        warn(tr("Cannot save the scenario"), error);
        return false;
    }
    m_recent.add(path);
    QSettings().setValue(kLastScenarioKey, QStringLiteral("file:") + path);
    updateTitle();
    return true;
}

bool MainWindow::saveAsDialog() {
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        const QString dir = QSettings().value(kLastDirKey, QDir::homePath()).toString();
        const QString name =
            m_document->builtInId().isEmpty() ? tr("scenario") : m_document->builtInId();
        suggested = QDir(dir).filePath(name + QStringLiteral(".json"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario"), suggested, fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    return saveAs(path);
}

bool MainWindow::maybeKeepEdits() {
    if (!m_document->isModified())
        return true;
    switch (m_savePrompt ? m_savePrompt() : askToSave()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QMessageBox::StandardButton MainWindow::askToSave() {
    return QMessageBox::question(this, tr("Unsaved edits"),
                                 tr("“%1” has edits that are not saved. Save them before going on?")
                                     .arg(m_document->title()),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Save);
}

} // namespace app

namespace app {

void MainWindow::warn(const QString& title, const QString& text) {
    if (m_warn)
        m_warn(title, text);
    else
        QMessageBox::warning(this, title, text);
}

} // namespace app
