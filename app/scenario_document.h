#pragma once

#include "core/scenario.h"
#include "core/trace.h"

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <memory>

namespace app {

// The scenario the window shows, the trace simulate() made of it, and the
// learner's edits on an undo stack. Every change goes through here: the
// scenario is replaced, the trace re-made, and traceChanged() says so.
class ScenarioDocument : public QObject {
    Q_OBJECT

public:
    explicit ScenarioDocument(QObject* parent = nullptr);

    const core::Scenario& scenario() const { return m_scenario; }
    std::shared_ptr<const core::Trace> trace() const { return m_trace; }
    QString title() const;

    // Where the scenario was read from or last saved to; empty for a built-in
    // scenario that has not been saved.
    QString filePath() const { return m_filePath; }
    // The built-in id it came from, if any.
    QString builtInId() const { return m_builtInId; }
    // True when there are edits that no file holds.
    bool isModified() const { return !m_undo.isClean(); }
    QUndoStack* undoStack() { return &m_undo; }

    // Starts over with a scenario: no edits, nothing to undo.
    void open(core::Scenario scenario, const QString& filePath, const QString& builtInId = {});
    // Starts over with a connection read from a capture: a trace with no
    // scenario behind it, so nothing to edit or save; `replay` is the scenario
    // that plays the same connection in the simulator.
    void openCapture(core::Trace trace, const QString& title, core::Scenario replay);
    bool isCapture() const { return m_capture; }
    // Counts the scenario as not saved anywhere (e.g. one just made from a
    // capture), so that closing asks to save it.
    void markUnsaved() { m_undo.resetClean(); }
    const core::Scenario& replayScenario() const { return m_replay; }

    // Replaces the scenario with `edited` as one undoable step named `text`.
    // `at` is the virtual time the edit acts from: the view keeps its playhead there.
    void applyEdit(const QString& text, core::Scenario edited, core::Micros at);

    // Writes the scenario (with its edits) as JSON. On failure returns false and
    // leaves the reason in `error`; nothing of the document changes.
    bool saveAs(const QString& filePath, QString& error);

signals:
    // The trace was re-made. `at`: where the change acts from (zero after open()).
    void traceChanged(core::Micros at);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& filePath);

private:
    friend class EditCommand;
    void replaceScenario(const core::Scenario& scenario, core::Micros at);

    core::Scenario m_scenario;
    std::shared_ptr<const core::Trace> m_trace;
    QString m_filePath;
    QString m_builtInId;
    QString m_captureTitle;
    bool m_capture = false;
    core::Scenario m_replay;
    QUndoStack m_undo;
};

} // namespace app
