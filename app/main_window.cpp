#include "main_window.h"

#include "app/version.h"
#include "core/scenario.h"
#include "core/simulate.h"
#include "ui/trace_text_view.h"

#include <QAction>
#include <QCloseEvent>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace app {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_traceView(new ui::TraceTextView(this)) {
    setWindowTitle(tr("Handshake Lab"));
    setCentralWidget(m_traceView);
    createMenus();
    statusBar();
    resize(1000, 700);
    restoreSettings();
}

void MainWindow::showScenario(const core::Scenario& scenario) {
    const std::string& title = scenario.title.empty() ? scenario.id : scenario.title;
    showTrace(core::simulate(scenario), QString::fromStdString(title));
}

void MainWindow::showTrace(const core::Trace& trace, const QString& scenarioTitle) {
    m_traceView->setTrace(trace);
    setWindowTitle(tr("%1 — Handshake Lab").arg(scenarioTitle));
    statusBar()->clearMessage();
}

void MainWindow::showProblem(const QString& message) {
    statusBar()->showMessage(message);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    event->accept();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Handshake Lab"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Handshake Lab"),
        tr("<h3>Handshake Lab %1</h3>"
           "<p>Handshake Lab teaches how TCP opens and closes connections. A model of "
           "RFC 9293 runs in a deterministic simulator; you can watch the handshakes, "
           "break them, and export what you see.</p>")
            .arg(QString::fromLatin1(kVersion)));
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

} // namespace app
