#include "main_window.h"

#include "app/scenario_document.h"
#include "app/version.h"
#include "ui/trace_text_view.h"

#include <QAction>
#include <QCloseEvent>
#include <QKeySequence>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace app {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(ScenarioLibrary library, QWidget* parent)
    : QMainWindow(parent), m_library(std::move(library)),
      m_document(new ScenarioDocument(this)), m_traceView(new ui::TraceTextView(this)) {
    setCentralWidget(m_traceView);
    createMenus();
    statusBar();
    resize(1280, 800);
    connect(m_document, &ScenarioDocument::traceChanged, this, &MainWindow::showTrace);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    updateTitle();
    restoreSettings();
}

MainWindow::~MainWindow() {
    // The document is a child and outlives this destructor; what it says while
    // it goes must not reach a half-destroyed window.
    disconnect(m_document, nullptr, this, nullptr);
}

void MainWindow::showTrace() {
    m_traceView->setTrace(*m_document->trace());
    statusBar()->clearMessage();
}

void MainWindow::updateTitle() {
    setWindowModified(m_document->isModified());
    if (m_document->trace()->events.empty() && m_document->filePath().isEmpty() &&
        m_document->builtInId().isEmpty()) {
        setWindowTitle(tr("Handshake Lab"));
        return;
    }
    setWindowTitle(tr("%1[*] — Handshake Lab").arg(m_document->title()));
}

void MainWindow::showProblem(const QString& message) {
    statusBar()->showMessage(message);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeKeepEdits()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::createMenus() {
    createFileMenu();
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);

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
