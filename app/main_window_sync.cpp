// Keeping every view on the document's trace and on the playhead.

#include "app/main_window.h"
#include "app/scenario_document.h"
#include "ui/edit_list.h"
#include "ui/event_log_view.h"
#include "ui/lab_panel.h"
#include "ui/library_panel.h"
#include "ui/narration_panel.h"
#include "ui/playback.h"
#include "ui/segment_inspector.h"
#include "ui/sequence_view.h"
#include "ui/state_machine_view.h"

#include <QDockWidget>
#include <QStatusBar>

namespace app {

void MainWindow::connectViews() {
    connect(m_document, &ScenarioDocument::traceChanged, this, &MainWindow::showTrace);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_playback, &ui::Playback::positionChanged, this, &MainWindow::showPosition);
    connect(m_sequence, &ui::SequenceView::segmentClicked, this, &MainWindow::selectSegment);
    connect(m_sequence, &ui::SequenceView::timeClicked, m_playback, &ui::Playback::seekTime);
    connect(m_eventLog, &ui::EventLogView::eventActivated, m_playback, &ui::Playback::seekEvent);
    connect(m_stateMachine, &ui::StateMachineView::stateClicked, this, &MainWindow::jumpToState);
    connect(m_libraryPanel, &ui::LibraryPanel::scenarioActivated, this,
            [this](const QString& id) { openBuiltIn(id); });
}

void MainWindow::showTrace(core::Micros editTime) {
    const std::shared_ptr<const core::Trace> trace = m_document->trace();
    m_sequence->setTrace(trace); // keeps the selected segment when it still exists
    const ui::SequenceDiagram& diagram = m_sequence->diagram();
    m_endpointStates = ui::EndpointStates(*trace, diagram.lifelines);
    m_eventLog->setTrace(trace);
    m_narration->setTrace(trace);
    if (m_opening) {
        m_playback->setTimeline(ui::eventTimes(*trace), diagram.axis);
        m_libraryPanel->setCurrentScenario(m_document->builtInId());
    } else {
        m_playback->updateTimeline(ui::eventTimes(*trace), diagram.axis);
        statusBar()->showMessage(tr("Re-simulated from %1 s on")
                                     .arg(static_cast<double>(editTime.count()) / 1e6, 0, 'f', 3),
                                 4000);
    }
    const core::SegId selected = m_sequence->selectedSegment();
    if (selected != core::kNone)
        m_inspector->setSegment(trace, selected);
    else
        m_inspector->clear();
    m_edits->setScenario(m_document->scenario(), trace);
    showCaptureNote();
    showPosition(m_playback->time(), m_playback->eventIndex());
    updateLab();
    updateSegmentActions();
}

void MainWindow::showPosition(core::Micros time, int eventIndex) {
    m_sequence->setTime(time);
    m_eventLog->followEvent(eventIndex);
    m_narration->setEventIndex(eventIndex);
    showStates(eventIndex);
    if (!m_playback->isPlaying())
        updateLab();
}

void MainWindow::showStates(int eventIndex) {
    m_stateMachine->setEndpoints(ui::endpointStatuses(m_sequence->diagram(), m_endpointStates,
                                                      eventIndex, m_sequence->theme()));
}

void MainWindow::selectSegment(core::SegId seg) {
    m_sequence->setSelectedSegment(seg);
    if (seg == core::kNone) {
        m_inspector->clear();
        updateSegmentActions();
        return;
    }
    m_inspector->setSegment(m_document->trace(), seg);
    m_inspectorDock->raise();
    updateSegmentActions();
}

// Clicking a state: the next time an endpoint entered it, after the playhead.
void MainWindow::jumpToState(core::State state) {
    const std::optional<int> event =
        m_endpointStates.nextEntryInto(state, m_playback->eventIndex());
    if (event)
        m_playback->seekEvent(*event);
    else
        statusBar()->showMessage(
            tr("No endpoint enters %1 in this scenario.")
                .arg(QString::fromLatin1(core::toString(state).data(),
                                         static_cast<qsizetype>(core::toString(state).size()))),
            4000);
}

} // namespace app
