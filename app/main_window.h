#pragma once

#include "app/app_theme.h"
#include "app/recent_files.h"
#include "app/scenario_library.h"
#include "core/capture_import.h"
#include "core/scenario.h"
#include "core/trace.h"
#include "ui/endpoint_states.h"

#include <QMainWindow>
#include <QMessageBox>
#include <functional>

class QActionGroup;
class QLabel;
class QDockWidget;
class QMenu;

namespace ui {
class EditList;
class EventLogView;
class LabPanel;
class LibraryPanel;
class NarrationPanel;
class Playback;
class QuestionsPanel;
class QuizPanel;
class SegmentInspector;
class SequenceView;
class StateMachineView;
class TransportBar;
} // namespace ui

namespace app {

class ScenarioDocument;

// The main window: the scenario library on the left, the sequence diagram in
// the centre with the transport bar below it, the state machine on the right,
// and docks for the segment inspector, the event log, the lab and its edits,
// all around one ScenarioDocument.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(ScenarioLibrary library = ScenarioLibrary::builtIn(),
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument* document() const { return m_document; }
    ui::SequenceView* sequenceView() const { return m_sequence; }
    ui::StateMachineView* stateMachineView() const { return m_stateMachine; }
    ui::SegmentInspector* inspector() const { return m_inspector; }
    ui::EventLogView* eventLog() const { return m_eventLog; }
    ui::LibraryPanel* libraryPanel() const { return m_libraryPanel; }
    ui::LabPanel* labPanel() const { return m_lab; }
    ui::NarrationPanel* narrationPanel() const { return m_narration; }
    ui::EditList* editList() const { return m_edits; }
    ui::Playback* playback() const { return m_playback; }
    ui::TransportBar* transportBar() const { return m_transport; }
    ui::QuestionsPanel* questionsPanel() const { return m_questions; }
    ui::QuizPanel* quizPanel() const { return m_quiz; }

    // Each asks first when there are unsaved edits, and returns false when
    // nothing was opened (the user cancelled, or the file could not be read:
    // then a message says why and what was open stays open).
    bool openBuiltIn(const QString& id);
    bool openFile(const QString& path);
    // A scenario from the command line; `filePath` is empty for a built-in one.
    void openScenario(const core::Scenario& scenario, const QString& filePath,
                      const QString& builtInId);
    // Opens what was open when the program last closed, else the default
    // scenario. Returns false when neither could be opened.
    bool openLastScenario();

    bool save();
    bool saveAs(const QString& path);

    // Shows a connection read from capture files (asking first about unsaved
    // edits); false when the user cancelled.
    bool openCaptureConnection(const QStringList& paths,
                               const core::ImportedConnection& connection);
    // Lists the connections of one capture (or two, one from each end), lets the
    // user pick one, and shows it; false when cancelled or unreadable.
    bool openCapture(const QStringList& paths);

    // The text size the user chose (Ctrl+Plus, Ctrl+Minus): 1 is normal.
    double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    static constexpr double kMinTextScale = 0.6;
    static constexpr double kMaxTextScale = 3.0;
    // Presentation mode (F11): full screen, large text, thick lines, a
    // high-contrast diagram, only the diagram, state machine and narration.
    bool isPresenting() const { return m_presenting; }
    void setPresentationMode(bool on);

    // Shown in the status bar when no trace could be made.
    void showProblem(const QString& message);

    // How the window asks "save the edits?"; tests replace it.
    using SavePrompt = std::function<QMessageBox::StandardButton()>;
    void setSavePrompt(SavePrompt prompt) { m_savePrompt = std::move(prompt); }
    // How the window shows a problem that needs the user's attention; tests replace it.
    using WarningSink = std::function<void(const QString& title, const QString& text)>;
    void setWarningSink(WarningSink sink) { m_warn = std::move(sink); }
    // After View > Language: true restarts now (the default asks); tests replace it.
    using RestartPrompt = std::function<bool()>;
    void setRestartPrompt(RestartPrompt prompt) { m_restartPrompt = std::move(prompt); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Bump when the docks change so that an old saved layout is not applied.
    static constexpr int kLayoutVersion = 3; // 2: Narration; 3: Questions and Quiz
    // Room between lanes for two labels where segments cross (at text size 1).
    static constexpr double kLaneSpacing = 320.0;

    // main_window.cpp: the widgets and docks
    void createWidgets();
    void arrangeDefaultDocks();
    QDockWidget* addDock(QWidget* content, const QString& title, const QString& objectName,
                         Qt::DockWidgetArea area);
    void createMenus();
    void createEditMenu();
    void createHelpMenu();
    void updateSegmentActions();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    void updateTitle();

    // main_window_files.cpp: open, save, recent files, unsaved edits
    void createFileMenu();
    void updateRecentMenu();
    void openFileDialog();
    bool saveAsDialog();
    void exportDialog();
    bool maybeKeepEdits();
    QMessageBox::StandardButton askToSave();
    void warn(const QString& title, const QString& text);

    // main_window_view.cpp: the View and Playback menus, themes, diagram options
    void createViewMenu();
    void createPlaybackMenu();
    void setTheme(AppTheme theme);
    void setRelativeNumbers(bool relative);
    void setEventRows(bool rows);

    // main_window_present.cpp: text size and presentation mode
    static double clampTextScale(double scale);
    void createClassroomActions(QMenu* view);
    void applyScales();
    void giveRoomToPresentationDocks();

    // main_window_language.cpp: View > Language
    void createLanguageMenu(QMenu* view);
    void setLanguage(const QString& code);
    bool askToRestart();
    void restart();

    // main_window_sync.cpp: keeping every view on the document and the playhead
    void connectViews();
    void showTrace(core::Micros editTime);
    void showPosition(core::Micros time, int eventIndex);
    void showStates(int eventIndex);
    void selectSegment(core::SegId seg);
    void jumpToState(core::State state);

    // main_window_capture.cpp: connections read from captures
    static QString captureNote(const core::Trace& trace);
    void openCaptureDialog();
    void showCaptureNote();
    void replayInSimulator();

    // main_window_learn.cpp: interview questions and the quiz
    void createLearnMenu();
    void connectLearn();
    void startQuiz();
    void stopQuiz();
    void seekForQuiz(int eventIndex);

    // main_window_lab.cpp: the lab's actions become edits
    using SegmentEdit = std::function<core::Scenario(core::Scenario, const core::Trace&)>;
    using NowEdit = std::function<core::Scenario(core::Scenario, core::Micros)>;
    void connectLab();
    void updateLab();
    void delaySegment(core::SegId seg);
    void editSegment(core::SegId seg, core::FaultKind kind, const SegmentEdit& edit);
    void editNow(const NowEdit& edit);
    void applyLabEdit(const std::function<core::Scenario(const core::Scenario&)>& edit);
    void seekToEdit(int editNumber);
    void removeEdit(int editNumber);

    ScenarioLibrary m_library;
    ScenarioDocument* m_document = nullptr;
    ui::Playback* m_playback = nullptr;
    ui::SequenceView* m_sequence = nullptr;
    ui::TransportBar* m_transport = nullptr;
    ui::LibraryPanel* m_libraryPanel = nullptr;
    ui::StateMachineView* m_stateMachine = nullptr;
    ui::SegmentInspector* m_inspector = nullptr;
    ui::EventLogView* m_eventLog = nullptr;
    ui::LabPanel* m_lab = nullptr;
    ui::NarrationPanel* m_narration = nullptr;
    ui::EditList* m_edits = nullptr;
    ui::QuestionsPanel* m_questions = nullptr;
    ui::QuizPanel* m_quiz = nullptr;
    QDockWidget* m_questionsDock = nullptr;
    QDockWidget* m_quizDock = nullptr;
    QAction* m_stopQuizAction = nullptr;
    QList<QDockWidget*> m_docks;
    QList<QAction*> m_segmentActions;
    QLabel* m_captureNote = nullptr;
    QAction* m_replayAction = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    ui::EndpointStates m_endpointStates;
    bool m_opening = false; // the next trace is a new scenario, not an edit
    AppTheme m_theme = AppTheme::System;
    QActionGroup* m_themeGroup = nullptr;

    double m_textScale = 1.0;
    bool m_presenting = false;
    QAction* m_presentAction = nullptr;
    QAction* m_leavePresentation = nullptr;
    QByteArray m_layoutBeforePresentation;
    Qt::WindowStates m_stateBeforePresentation;

    RecentFiles m_recent;
    QMenu* m_recentMenu = nullptr;
    SavePrompt m_savePrompt;
    WarningSink m_warn;
    RestartPrompt m_restartPrompt;
};

} // namespace app
