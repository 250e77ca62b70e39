// The classroom: larger text (Ctrl+Plus, Ctrl+Minus, remembered) and the
// presentation mode (F11) for a projector.

#include "app/main_window.h"
#include "ui/narration_panel.h"
#include "ui/sequence_view.h"
#include "ui/state_machine_view.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <algorithm>
#include <cmath>

namespace app {

namespace {
const QString kTextScaleKey = QStringLiteral("view/textScale");
constexpr double kTextScaleStep = 1.15;
// In presentation mode text is this much larger again, and lines this much
// thicker, than in the window: readable from the back of a classroom.
constexpr double kPresentationFontScale = 1.6;
constexpr double kPresentationLineScale = 2.2;
// What presentation mode keeps of the docks: the state machine and the
// narration; the diagram is the central widget.
const QStringList kPresentationDocks = {QStringLiteral("stateMachineDock"),
                                        QStringLiteral("narrationDock")};
} // namespace

double MainWindow::clampTextScale(double scale) {
    return std::clamp(scale, kMinTextScale, kMaxTextScale);
}

void MainWindow::createClassroomActions(QMenu* view) {
    QAction* larger = view->addAction(tr("&Larger Text"), this,
                                      [this] { setTextScale(m_textScale * kTextScaleStep); });
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* smaller = view->addAction(tr("S&maller Text"), this,
                                       [this] { setTextScale(m_textScale / kTextScaleStep); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    QAction* normal = view->addAction(tr("&Normal Text Size"), this, [this] { setTextScale(1.0); });
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();

    m_presentAction = view->addAction(tr("&Presentation Mode"));
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentAction->setToolTip(
        tr("Full screen, large text and thick lines, only the diagram, the state machine and "
           "the narration. Page Up and Page Down step through the events."));
    connect(m_presentAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    // The menu bar is hidden while presenting: the window itself keeps the
    // keys that leave presentation mode working.
    addAction(m_presentAction);
    m_leavePresentation = new QAction(tr("Leave Presentation Mode"), this);
    m_leavePresentation->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leavePresentation->setEnabled(false);
    connect(m_leavePresentation, &QAction::triggered, this, [this] { setPresentationMode(false); });
    addAction(m_leavePresentation);

    m_textScale = clampTextScale(QSettings().value(kTextScaleKey, 1.0).toDouble());
    applyScales();
}

void MainWindow::setTextScale(double scale) {
    m_textScale = clampTextScale(scale);
    QSettings().setValue(kTextScaleKey, m_textScale);
    applyScales();
    statusBar()->showMessage(tr("Text size %1%").arg(std::lround(m_textScale * 100.0)), 2000);
}

// The diagram, the state machine and the narration scale their own text; the
// rest of the window follows the application font.
void MainWindow::applyScales() {
    const double diagram = m_textScale * (m_presenting ? kPresentationFontScale : 1.0);
    m_sequence->setScales(diagram, m_presenting ? kPresentationLineScale : 1.0);
    m_stateMachine->setFontScale(diagram);
    m_narration->setFontScale(diagram);
    // Wider lanes for larger labels, but less than the text grows: the
    // diagram must still fit beside the state machine on a projector. Laying
    // a long trace out again costs, so only when the spacing changes.
    ui::SequenceOptions options = m_sequence->options();
    const double spacing = kLaneSpacing * std::sqrt(std::max(1.0, diagram));
    if (options.laneSpacing != spacing) {
        options.laneSpacing = spacing;
        m_sequence->setOptions(options);
    }
    // The font the application started with, before any window scaled it.
    static const QFont base = QApplication::font();
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * m_textScale);
    else
        font.setPixelSize(static_cast<int>(std::lround(base.pixelSize() * m_textScale)));
    if (font != QApplication::font()) // every widget lays itself out again
        QApplication::setFont(font);
}

void MainWindow::setPresentationMode(bool on) {
    if (on == m_presenting)
        return;
    if (on) {
        m_layoutBeforePresentation = saveState(kLayoutVersion);
        m_stateBeforePresentation = windowState();
    }
    m_presenting = on;
    if (on)
        for (QDockWidget* dock : m_docks)
            dock->setVisible(kPresentationDocks.contains(dock->objectName()));
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    if (on) {
        m_sequence->setTheme(ui::DiagramTheme::highContrast());
        setWindowState(windowState() | Qt::WindowFullScreen);
        giveRoomToPresentationDocks();
    } else {
        m_sequence->followPalette();
        setWindowState(m_stateBeforePresentation);
        restoreState(m_layoutBeforePresentation, kLayoutVersion);
    }
    applyScales();
    m_leavePresentation->setEnabled(on);
    const QSignalBlocker blocker(m_presentAction);
    m_presentAction->setChecked(on);
}

// The state machine must be readable from the back row too: the docks kept
// take a good part of the screen's width, the state machine above the narration.
void MainWindow::giveRoomToPresentationDocks() {
    QList<QDockWidget*> shown;
    for (QDockWidget* dock : m_docks)
        if (kPresentationDocks.contains(dock->objectName()))
            shown << dock;
    if (shown.isEmpty())
        return;
    const QRect screen = this->screen() ? this->screen()->geometry() : geometry();
    resizeDocks({shown.front()}, {screen.width() / 3}, Qt::Horizontal);
    if (shown.size() > 1)
        resizeDocks(shown, {screen.height() * 11 / 20, screen.height() * 9 / 20}, Qt::Vertical);
}

} // namespace app
