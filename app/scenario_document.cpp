#include "scenario_document.h"

#include "app/scenario_texts.h"
#include "core/scenario_json.h"
#include "core/simulate.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QUndoCommand>

namespace app {

// One edit: the whole scenario before and after. Scenarios are small, and
// simulate() is deterministic, so undo gives back the old trace byte for byte.
class EditCommand : public QUndoCommand {
public:
    EditCommand(ScenarioDocument& document, const QString& text, core::Scenario before,
                core::Scenario after, core::Micros at)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)),
          m_after(std::move(after)), m_at(at) {}

    void undo() override { m_document.replaceScenario(m_before, m_at); }
    void redo() override { m_document.replaceScenario(m_after, m_at); }

private:
    ScenarioDocument& m_document;
    core::Scenario m_before;
    core::Scenario m_after;
    core::Micros m_at;
};

ScenarioDocument::ScenarioDocument(QObject* parent)
    : QObject(parent), m_trace(std::make_shared<const core::Trace>()) {
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

QString ScenarioDocument::title() const {
    if (m_capture)
        return m_captureTitle;
    if (!m_scenario.title.empty())
        return scenarioText(m_scenario.title);
    if (!m_scenario.id.empty())
        return QString::fromStdString(m_scenario.id);
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void ScenarioDocument::open(core::Scenario scenario, const QString& filePath,
                            const QString& builtInId) {
    m_undo.clear();
    m_capture = false;
    m_replay = {};
    m_filePath = filePath;
    m_builtInId = builtInId;
    replaceScenario(scenario, core::Micros{0});
    emit filePathChanged(m_filePath);
    emit modifiedChanged(false);
}

void ScenarioDocument::openCapture(core::Trace trace, const QString& title, core::Scenario replay) {
    m_undo.clear();
    m_capture = true;
    m_captureTitle = title;
    m_replay = std::move(replay);
    m_scenario = {};
    m_filePath.clear();
    m_builtInId.clear();
    m_trace = std::make_shared<const core::Trace>(std::move(trace));
    emit traceChanged(core::Micros{0});
    emit filePathChanged(m_filePath);
    emit modifiedChanged(false);
}

void ScenarioDocument::applyEdit(const QString& text, core::Scenario edited, core::Micros at) {
    if (m_capture)
        return; // a capture is what happened: there is no scenario to change
    // push() calls redo(), which re-simulates.
    m_undo.push(new EditCommand(*this, text, m_scenario, std::move(edited), at));
}

bool ScenarioDocument::saveAs(const QString& filePath, QString& error) {
    if (m_capture) {
        error = tr("A connection from a capture cannot be saved as a scenario; use File > "
                   "Replay in Simulator first.");
        return false;
    }
    QSaveFile file(filePath);
    const std::string json = core::toJson(m_scenario);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(json.data(), static_cast<qint64>(json.size())) !=
            static_cast<qint64>(json.size()) ||
        !file.commit()) {
        error = tr("Could not write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    m_undo.setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    return true;
}

void ScenarioDocument::replaceScenario(const core::Scenario& scenario, core::Micros at) {
    m_scenario = scenario;
    m_trace = std::make_shared<const core::Trace>(core::simulate(m_scenario));
    emit traceChanged(at);
}

} // namespace app
