#pragma once

#include <QMainWindow>

namespace core {
struct Scenario;
struct Trace;
} // namespace core

namespace ui {
class TraceTextView;
}

namespace app {

// The main window. For now it shows one trace as text; the diagram views
// come later.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Runs the scenario and shows its trace.
    void showScenario(const core::Scenario& scenario);
    void showTrace(const core::Trace& trace, const QString& scenarioTitle);
    // Shown in the status bar when no trace could be made.
    void showProblem(const QString& message);

    ui::TraceTextView* traceView() const { return m_traceView; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    ui::TraceTextView* m_traceView = nullptr;
};

} // namespace app
