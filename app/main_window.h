#pragma once

#include "app/recent_files.h"
#include "app/scenario_library.h"

#include <QMainWindow>
#include <QMessageBox>
#include <functional>

class QMenu;

namespace core {
struct Scenario;
struct Trace;
} // namespace core

namespace ui {
class TraceTextView;
}

namespace app {

class ScenarioDocument;

// The main window: the scenario library, the diagrams, playback and the lab
// around one ScenarioDocument.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(ScenarioLibrary library = ScenarioLibrary::builtIn(),
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument* document() const { return m_document; }
    ui::TraceTextView* traceView() const { return m_traceView; }

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

    // Shown in the status bar when no trace could be made.
    void showProblem(const QString& message);

    // How the window asks "save the edits?"; tests replace it.
    using SavePrompt = std::function<QMessageBox::StandardButton()>;
    void setSavePrompt(SavePrompt prompt) { m_savePrompt = std::move(prompt); }
    // How the window shows a problem that needs the user's attention; tests replace it.
    using WarningSink = std::function<void(const QString& title, const QString& text)>;
    void setWarningSink(WarningSink sink) { m_warn = std::move(sink); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createFileMenu();
    void updateRecentMenu();
    void updateTitle();
    void showTrace();
    void openFileDialog();
    bool saveAsDialog();
    // True when it is fine to drop the current scenario: saved, discarded, or
    // unmodified.
    bool maybeKeepEdits();
    QMessageBox::StandardButton askToSave();
    void warn(const QString& title, const QString& text);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    ScenarioLibrary m_library;
    ScenarioDocument* m_document = nullptr;
    ui::TraceTextView* m_traceView = nullptr;
    RecentFiles m_recent;
    QMenu* m_recentMenu = nullptr;
    SavePrompt m_savePrompt;
    WarningSink m_warn;
};

} // namespace app
