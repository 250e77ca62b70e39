// The View and Playback menus: docks, diagram options, zoom, themes.

#include "app/main_window.h"
#include "ui/playback.h"
#include "ui/sequence_view.h"
#include "ui/transport_bar.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

namespace app {

namespace {
const QString kThemeKey = QStringLiteral("view/theme");
const QString kRelativeKey = QStringLiteral("view/relativeSequenceNumbers");
const QString kRowsKey = QStringLiteral("view/eventRows");
} // namespace

void MainWindow::createViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : m_docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();

    const QSettings settings;
    QAction* relative = view->addAction(tr("&Relative Sequence Numbers"));
    relative->setCheckable(true);
    relative->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(relative, &QAction::toggled, this, &MainWindow::setRelativeNumbers);
    relative->setChecked(settings.value(kRelativeKey, false).toBool());

    QAction* rows = view->addAction(tr("One Row per &Event"));
    rows->setCheckable(true);
    rows->setToolTip(tr("Space the events evenly instead of in proportion to time"));
    rows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(rows, &QAction::toggled, this, &MainWindow::setEventRows);
    rows->setChecked(settings.value(kRowsKey, false).toBool());

    QAction* follow = view->addAction(tr("&Follow Playhead"));
    follow->setCheckable(true);
    follow->setChecked(m_sequence->followPlayhead());
    connect(follow, &QAction::toggled, m_sequence, &ui::SequenceView::setFollowPlayhead);
    view->addSeparator();

    // Ctrl+Plus and Ctrl+Minus size the text (createClassroomActions); the
    // diagram's zoom takes Ctrl+Alt, as well as Ctrl+wheel.
    QAction* zoomIn =
        view->addAction(tr("Zoom Diagram &In"), m_sequence, &ui::SequenceView::zoomIn);
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Equal),
                          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Plus)});
    QAction* zoomOut =
        view->addAction(tr("Zoom Diagram &Out"), m_sequence, &ui::SequenceView::zoomOut);
    zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus));
    QAction* reset = view->addAction(tr("&Actual Size"), m_sequence, &ui::SequenceView::resetZoom);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    view->addSeparator();
    createClassroomActions(view);
    view->addSeparator();

    QMenu* theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<AppTheme, QString> themes[] = {{AppTheme::System, tr("&System")},
                                                   {AppTheme::Light, tr("&Light")},
                                                   {AppTheme::Dark, tr("&Dark")}};
    m_theme = themeFromSettingsValue(settings.value(kThemeKey).toString());
    for (const auto& [value, text] : themes) {
        QAction* action = theme->addAction(text, this, [this, v = value] { setTheme(v); });
        action->setCheckable(true);
        action->setChecked(value == m_theme);
        m_themeGroup->addAction(action);
    }
    if (m_theme != AppTheme::System)
        applyTheme(m_theme);
    createLanguageMenu(view);
}

void MainWindow::createPlaybackMenu() {
    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    const QList<QAction*> actions = m_transport->playbackActions();
    for (int i = 0; i < actions.size(); ++i) {
        // Play, previous, next, start, end | slower, faster
        if (i == actions.size() - 2)
            playback->addSeparator();
        playback->addAction(actions[i]);
    }
}

void MainWindow::setTheme(AppTheme theme) {
    m_theme = theme;
    applyTheme(theme);
    QSettings().setValue(kThemeKey, toSettingsValue(theme));
}

void MainWindow::setRelativeNumbers(bool relative) {
    ui::SequenceOptions options = m_sequence->options();
    options.relativeSequenceNumbers = relative;
    m_sequence->setOptions(options);
    QSettings().setValue(kRelativeKey, relative);
}

void MainWindow::setEventRows(bool rows) {
    ui::SequenceOptions options = m_sequence->options();
    options.axis = rows ? ui::TimeAxisMode::EventRows : ui::TimeAxisMode::Proportional;
    m_sequence->setOptions(options);
    // The playhead moves along the axis, which has changed.
    m_playback->updateTimeline(m_playback->eventTimes(), m_sequence->diagram().axis);
    QSettings().setValue(kRowsKey, rows);
}

} // namespace app
