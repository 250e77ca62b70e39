// The hands-on lab: every action edits the scenario at the playhead (or at the
// segment it names), as one undoable step, and the document re-simulates.

#include "app/main_window.h"
#include "app/scenario_document.h"
#include "core/scenario_edit.h"
#include "ui/edit_list.h"
#include "ui/edit_text.h"
#include "ui/lab_panel.h"
#include "ui/playback.h"
#include "ui/sequence_view.h"

#include <QInputDialog>
#include <QStatusBar>
#include <algorithm>

namespace app {

namespace {
// A duplicate fault's copy follows its original this much later.
constexpr core::Micros kCopyFollowsBy{std::chrono::milliseconds(10)};
} // namespace

void MainWindow::connectLab() {
    connect(m_sequence, &ui::SequenceView::dropSegmentRequested, this, [this](core::SegId seg) {
        editSegment(seg, core::FaultKind::Drop, [seg](core::Scenario s, const core::Trace& t) {
            return core::dropSegment(std::move(s), t, seg);
        });
    });
    connect(m_sequence, &ui::SequenceView::delaySegmentRequested, this, &MainWindow::delaySegment);
    connect(m_sequence, &ui::SequenceView::duplicateSegmentRequested, this,
            [this](core::SegId seg) {
                editSegment(seg, core::FaultKind::Duplicate,
                            [seg](core::Scenario s, const core::Trace& t) {
                                return core::duplicateSegment(std::move(s), t, seg, kCopyFollowsBy);
                            });
            });
    connect(m_lab, &ui::LabPanel::linkChangeRequested, this,
            [this](const QString& from, const QString& to, const core::LinkParams& params) {
                editNow([&](core::Scenario s, core::Micros now) {
                    return core::changeLink(std::move(s), now, from.toStdString(), to.toStdString(),
                                            params);
                });
            });
    connect(m_lab, &ui::LabPanel::crashRequested, this, [this](const QString& host) {
        editNow([&](core::Scenario s, core::Micros now) {
            return core::crashHost(std::move(s), now, host.toStdString());
        });
    });
    connect(m_lab, &ui::LabPanel::restartRequested, this, [this](const QString& host) {
        editNow([&](core::Scenario s, core::Micros now) {
            return core::restartHost(std::move(s), now, host.toStdString());
        });
    });
    connect(m_lab, &ui::LabPanel::appCallRequested, this, [this](const core::AppAction& action) {
        editNow([&](core::Scenario s, core::Micros now) {
            return core::appCall(std::move(s), now, action);
        });
    });
    connect(m_lab, &ui::LabPanel::injectRequested, this, [this](const core::InjectSpec& spec) {
        editNow([&](core::Scenario s, core::Micros now) {
            return core::injectSegment(std::move(s), now, spec);
        });
    });
    connect(m_edits, &ui::EditList::editSelected, this, &MainWindow::seekToEdit);
    connect(m_edits, &ui::EditList::removeEditRequested, this, &MainWindow::removeEdit);
    connect(m_playback, &ui::Playback::playingChanged, this, [this](bool playing) {
        if (!playing)
            updateLab();
    });
}

void MainWindow::updateLab() {
    m_lab->setContext(m_document->scenario(), m_document->trace(), m_playback->time());
}

void MainWindow::delaySegment(core::SegId seg) {
    bool ok = false;
    const int ms = QInputDialog::getInt(this, tr("Delay Segment"),
                                        tr("Extra time in flight for segment #%1 (ms):").arg(seg),
                                        200, 1, 600000, 50, &ok);
    if (!ok)
        return;
    editSegment(seg, core::FaultKind::Delay, [seg, ms](core::Scenario s, const core::Trace& t) {
        return core::delaySegment(std::move(s), t, seg, std::chrono::milliseconds(ms));
    });
}

void MainWindow::editSegment(core::SegId seg, core::FaultKind kind, const SegmentEdit& edit) {
    if (m_document->isCapture()) {
        statusBar()->showMessage(tr("A capture shows what happened; to change it, use File > "
                                    "Replay in Simulator first."),
                                 6000);
        return;
    }
    const core::Trace& trace = *m_document->trace();
    if (core::segmentEditProblem(trace, seg, kind) != core::SegmentEditProblem::None) {
        statusBar()->showMessage(tr("Segment #%1 cannot be changed that way.").arg(seg), 5000);
        return;
    }
    applyLabEdit([&](const core::Scenario& s) { return edit(s, trace); });
}

void MainWindow::editNow(const NowEdit& edit) {
    const core::Micros now = m_playback->time();
    applyLabEdit([&](const core::Scenario& s) { return edit(s, now); });
}

// Makes the edit, names it as the edit list does, and pushes it on the undo
// stack; an edit the model refuses leaves a message and changes nothing.
void MainWindow::applyLabEdit(const std::function<core::Scenario(const core::Scenario&)>& edit) {
    const std::shared_ptr<const core::Trace> before = m_document->trace();
    core::Scenario edited;
    try {
        edited = edit(m_document->scenario());
    } catch (const core::EditError& e) {
        statusBar()->showMessage(tr("Not possible here: %1").arg(QString::fromUtf8(e.what())),
                                 6000);
        return;
    }
    const std::vector<core::EditRef> edits = core::labEdits(edited);
    if (edits.empty())
        return;
    const core::EditRef& last =
        *std::max_element(edits.begin(), edits.end(),
                          [](const auto& a, const auto& b) { return a.number < b.number; });
    const core::Micros at = core::editTime(edited, *before, last);
    const QString text = ui::EditText::describe(edited, *before, last);
    m_document->applyEdit(text, std::move(edited), at);
}

void MainWindow::seekToEdit(int editNumber) {
    const core::Scenario& scenario = m_document->scenario();
    for (const core::EditRef& edit : core::labEdits(scenario)) {
        if (edit.number == editNumber)
            m_playback->seekTime(core::editTime(scenario, *m_document->trace(), edit));
    }
}

void MainWindow::removeEdit(int editNumber) {
    const core::Scenario& scenario = m_document->scenario();
    core::Micros at{0};
    for (const core::EditRef& edit : core::labEdits(scenario)) {
        if (edit.number == editNumber)
            at = core::editTime(scenario, *m_document->trace(), edit);
    }
    m_document->applyEdit(tr("Remove edit %1").arg(editNumber),
                          core::withoutEdit(scenario, editNumber), at);
}

} // namespace app
