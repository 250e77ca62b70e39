#include "main_window.h"

#include "app/focus_keys.h"
#include "app/scenario_document.h"
#include "app/scenario_texts.h"
#include "app/shortcuts_dialog.h"
#include "app/version.h"
#include "ui/edit_list.h"
#include "ui/event_log_view.h"
#include "ui/lab_panel.h"
#include "ui/library_panel.h"
#include "ui/narration_panel.h"
#include "ui/playback.h"
#include "ui/segment_inspector.h"
#include "ui/sequence_view.h"
#include "ui/state_machine_view.h"
#include "ui/transport_bar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>
#include <algorithm>

namespace app {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

std::vector<ui::LibraryItem> libraryItems(const ScenarioLibrary& library) {
    std::vector<ui::LibraryItem> items;
    for (const ScenarioLibrary::Entry& e : library.entries())
        items.push_back({QString::fromStdString(e.id), scenarioText(e.title),
                         QString::fromStdString(e.scenario.topic),
                         scenarioText(e.scenario.description)});
    return items;
}
} // namespace

MainWindow::MainWindow(ScenarioLibrary library, QWidget* parent)
    : QMainWindow(parent), m_library(std::move(library)), m_document(new ScenarioDocument(this)),
      m_playback(new ui::Playback(this)) {
    createWidgets();
    createMenus();
    connectViews();
    connectLab();
    connectLearn();
    qApp->installEventFilter(new FocusKeys(this));
    statusBar();
    // A first start fills most of the screen: the diagram needs the width.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect();
    resize(std::max(1280, screen.width() * 9 / 10), std::max(800, screen.height() * 9 / 10));
    arrangeDefaultDocks();
    updateTitle();
    restoreSettings();
}

// Sizes for a first start, once every dock exists and the window has its
// size: the scenario titles readable on the left, the state machine legible on
// the right with the narration under it.
void MainWindow::arrangeDefaultDocks() {
    const auto dock = [this](const char* name) {
        return findChild<QDockWidget*>(QLatin1String(name));
    };
    resizeDocks({dock("libraryDock"), dock("stateMachineDock")}, {270, std::max(380, width() / 4)},
                Qt::Horizontal);
    resizeDocks({m_inspectorDock}, {200}, Qt::Vertical);
    resizeDocks({dock("stateMachineDock"), dock("narrationDock")}, {360, 380}, Qt::Vertical);
}

MainWindow::~MainWindow() {
    // The document is a child and outlives this destructor; what it says while
    // it goes must not reach a half-destroyed window.
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_playback, nullptr, this, nullptr);
}

void MainWindow::createWidgets() {
    setDockNestingEnabled(true);
    // The side docks run the full height; the bottom ones sit under the diagram.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto* centre = new QWidget(this);
    auto* column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_sequence = new ui::SequenceView(centre);
    m_sequence->setFollowPlayhead(true); // its lane spacing follows the text size (applyScales)
    m_transport = new ui::TransportBar(centre);
    m_transport->setPlayback(m_playback);
    m_captureNote = new QLabel(centre);
    m_captureNote->setObjectName(QStringLiteral("captureNote"));
    m_captureNote->setWordWrap(true);
    m_captureNote->setContentsMargins(8, 4, 8, 4);
    m_captureNote->setVisible(false);
    column->addWidget(m_captureNote);
    column->addWidget(m_sequence, 1);
    column->addWidget(m_transport);
    setCentralWidget(centre);

    m_libraryPanel = new ui::LibraryPanel(this);
    m_libraryPanel->setItems(libraryItems(m_library));
    m_stateMachine = new ui::StateMachineView(this);
    m_inspector = new ui::SegmentInspector(this);
    m_eventLog = new ui::EventLogView(this);
    m_lab = new ui::LabPanel(this);
    m_edits = new ui::EditList(this);
    m_narration = new ui::NarrationPanel(this);

    addDock(m_libraryPanel, tr("Scenarios"), QStringLiteral("libraryDock"), Qt::LeftDockWidgetArea);
    addDock(m_stateMachine, tr("State Machine"), QStringLiteral("stateMachineDock"),
            Qt::RightDockWidgetArea);
    m_inspectorDock = addDock(m_inspector, tr("Segment"), QStringLiteral("inspectorDock"),
                              Qt::BottomDockWidgetArea);
    QDockWidget* log = addDock(m_eventLog, tr("Event Log"), QStringLiteral("eventLogDock"),
                               Qt::BottomDockWidgetArea);
    QDockWidget* edits =
        addDock(m_edits, tr("Edits"), QStringLiteral("editsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_inspectorDock, log);
    tabifyDockWidget(log, edits);
    m_inspectorDock->raise();
    QDockWidget* lab =
        addDock(m_lab, tr("Lab"), QStringLiteral("labDock"), Qt::RightDockWidgetArea);
    splitDockWidget(m_docks[1], lab, Qt::Vertical);
    // Learn mode: the narration shares the Lab's place and is what a learner sees first.
    QDockWidget* narration = addDock(m_narration, tr("Narration"), QStringLiteral("narrationDock"),
                                     Qt::RightDockWidgetArea);
    tabifyDockWidget(lab, narration);
    narration->raise();
}

QDockWidget* MainWindow::addDock(QWidget* content, const QString& title, const QString& objectName,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(content);
    addDockWidget(area, dock);
    m_docks.push_back(dock);
    return dock;
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
    setPresentationMode(false); // the layout to remember is the window's own
    saveSettings();
    event->accept();
}

void MainWindow::createMenus() {
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createPlaybackMenu();
    createLearnMenu();
    createHelpMenu();
}

void MainWindow::createEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* copy = edit->addAction(tr("&Copy View as Image"), this, [this] {
        // What the diagram shows now, at the screen's resolution.
        QGuiApplication::clipboard()->setImage(m_sequence->viewport()->grab().toImage());
        statusBar()->showMessage(tr("The diagram as shown is on the clipboard."), 3000);
    });
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addSeparator();
    // The same keys work in the diagram, on the segment under the selection.
    const auto segmentAction = [this, edit](const QString& text, Qt::Key key, auto signal) {
        QAction* action = edit->addAction(text, this, [this, signal] {
            if (m_sequence->selectedSegment() != core::kNone)
                emit(m_sequence->*signal)(m_sequence->selectedSegment());
        });
        action->setShortcut(QKeySequence(key));
        m_segmentActions << action;
    };
    segmentAction(tr("&Drop Selected Segment"), Qt::Key_D, &ui::SequenceView::dropSegmentRequested);
    segmentAction(tr("De&lay Selected Segment…"), Qt::Key_L,
                  &ui::SequenceView::delaySegmentRequested);
    segmentAction(tr("D&uplicate Selected Segment"), Qt::Key_U,
                  &ui::SequenceView::duplicateSegmentRequested);
    updateSegmentActions();
}

void MainWindow::updateSegmentActions() {
    for (QAction* action : m_segmentActions)
        action->setEnabled(m_sequence->selectedSegment() != core::kNone);
}

void MainWindow::createHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
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
    restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
}

} // namespace app
