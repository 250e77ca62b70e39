// The window as a learner uses it: click a segment, drop it, undo; step with
// the keyboard; jump from the state machine; open from the library.

#include "app/main_window.h"
#include "app/scenario_document.h"
#include "core/capture_scan.h"
#include "core/scenario_edit.h"
#include "ui/edit_list.h"
#include "ui/export_dialog.h"
#include "ui/event_log_view.h"
#include "ui/lab_panel.h"
#include "ui/library_panel.h"
#include "ui/playback.h"
#include "ui/segment_fields_model.h"
#include "ui/segment_inspector.h"
#include "ui/sequence_view.h"
#include "ui/state_machine_view.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTimer>
#include <QClipboard>
#include <QDockWidget>
#include <QLabel>
#include <QGuiApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

namespace {

class MainWindowLab : public ::testing::Test {
protected:
    MainWindowLab() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        window = std::make_unique<app::MainWindow>(library());
        window->setSavePrompt([] { return QMessageBox::Discard; });
        window->resize(1600, 1000);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->openBuiltIn(QStringLiteral("default"));
    }
    ~MainWindowLab() override { QSettings().clear(); }

    static const app::ScenarioLibrary& library() {
        static const app::ScenarioLibrary built = app::ScenarioLibrary::builtIn();
        return built;
    }
    const core::Trace& trace() const { return *window->document()->trace(); }

    // Clicks the middle of a segment's arrow, as a learner would.
    void clickSegment(core::SegId seg) {
        ui::SequenceView* view = window->sequenceView();
        const ui::Arrow& arrow = view->diagram().arrows.at(static_cast<std::size_t>(seg));
        const QPointF middle((arrow.from.x + arrow.to.x) / 2, (arrow.from.y + arrow.to.y) / 2);
        view->setFollowPlayhead(false);
        view->verticalScrollBar()->setValue(0);
        const QPoint at = view->mapFromLogical(middle).toPoint();
        ASSERT_TRUE(view->viewport()->rect().contains(at)) << at.x() << "," << at.y();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    }

    QString fieldValue(const QString& field) const {
        const ui::SegmentFieldsModel* model = window->inspector()->fieldsModel();
        const int row = model->rowOf(field);
        return row < 0 ? QString()
                       : model->index(row, ui::SegmentFieldsModel::ValueColumn).data().toString();
    }

    std::unique_ptr<app::MainWindow> window;
};

bool hasRetransmission(const core::Trace& t) {
    return std::any_of(t.segments.begin(), t.segments.end(), [](const core::SegmentRecord& r) {
        return r.origin == core::SegmentOrigin::Retransmission;
    });
}

QAction* menuAction(const QMenuBar* bar, const QString& menu, const QString& text) {
    for (QAction* m : bar->actions()) {
        if (m->text() == menu && m->menu()) {
            for (QAction* a : m->menu()->actions())
                if (a->text().startsWith(text))
                    return a;
        }
    }
    return nullptr;
}

constexpr core::SegId kSynAck = 1; // the default scenario's second segment

} // namespace

TEST_F(MainWindowLab, clickingASegment_showsItsFieldsInTheInspector) {
    ASSERT_TRUE(trace().segments[kSynAck].header.flags.has(core::Flag::Syn));
    clickSegment(kSynAck);
    EXPECT_EQ(window->inspector()->segmentId(), kSynAck);
    EXPECT_EQ(window->sequenceView()->selectedSegment(), kSynAck);
    EXPECT_TRUE(fieldValue(QStringLiteral("Sequence number")).startsWith(QStringLiteral("300")))
        << fieldValue(QStringLiteral("Sequence number")).toStdString();
}

TEST_F(MainWindowLab, droppingTheSynAck_bringsARetransmission_andUndoRestoresTheTraceByteForByte) {
    const core::Trace before = trace();
    ASSERT_FALSE(hasRetransmission(before));
    clickSegment(kSynAck);
    QTest::keyClick(window->sequenceView(), Qt::Key_D);

    EXPECT_NE(trace(), before);
    EXPECT_TRUE(hasRetransmission(trace()));
    EXPECT_TRUE(window->document()->isModified());
    EXPECT_EQ(window->editList()->listWidget()->count(), 1);
    EXPECT_EQ(core::labEdits(window->document()->scenario()).size(), 1u);

    QAction* undo = menuAction(window->menuBar(), QStringLiteral("&Edit"), QStringLiteral("&Undo"));
    ASSERT_NE(undo, nullptr);
    undo->trigger();
    EXPECT_EQ(trace(), before);
    EXPECT_FALSE(window->document()->isModified());
    EXPECT_EQ(window->editList()->listWidget()->count(), 0);
}

TEST_F(MainWindowLab, crashFromTheLab_happensAtThePlayhead) {
    window->playback()->seekTime(core::Micros{120000});
    emit window->labPanel()->crashRequested(QStringLiteral("server"));
    const auto crash =
        std::find_if(trace().events.begin(), trace().events.end(), [](const core::TraceEvent& e) {
            return std::holds_alternative<core::HostCrashed>(e.body);
        });
    ASSERT_NE(crash, trace().events.end());
    EXPECT_EQ(crash->t, core::Micros{120000});
    EXPECT_EQ(window->playback()->time(), core::Micros{120000}); // the playhead stays
}

TEST_F(MainWindowLab, arrowKeysStepThroughEvents_andHomeEndJump) {
    window->sequenceView()->setFocus();
    EXPECT_EQ(window->playback()->eventIndex(), -1); // ready to press Play
    QTest::keyClick(window.get(), Qt::Key_Right);
    QTest::keyClick(window.get(), Qt::Key_Right);
    EXPECT_EQ(window->playback()->eventIndex(), 1);
    QTest::keyClick(window.get(), Qt::Key_Left);
    EXPECT_EQ(window->playback()->eventIndex(), 0);
    QTest::keyClick(window.get(), Qt::Key_End);
    EXPECT_EQ(window->playback()->eventIndex(), static_cast<int>(trace().events.size()) - 1);
    QTest::keyClick(window.get(), Qt::Key_Home);
    EXPECT_EQ(window->playback()->eventIndex(), -1);
}

TEST_F(MainWindowLab, aFocusedTableKeepsItsArrowKeys_insteadOfStepping) {
    QTableView* log = window->eventLog()->tableView();
    window->findChild<QDockWidget*>(QStringLiteral("eventLogDock"))->raise();
    log->setFocus();
    QTest::keyClick(log, Qt::Key_Right);
    QTest::keyClick(log, Qt::Key_End);
    EXPECT_EQ(window->playback()->eventIndex(), -1);
}

TEST_F(MainWindowLab, clickingAState_jumpsToWhenAnEndpointEnteredIt) {
    emit window->stateMachineView()->stateClicked(core::State::Established);
    const int index = window->playback()->eventIndex();
    ASSERT_GE(index, 0);
    const auto* change =
        std::get_if<core::StateChanged>(&trace().events.at(static_cast<std::size_t>(index)).body);
    ASSERT_NE(change, nullptr);
    EXPECT_EQ(change->to, core::State::Established);
    // The state machine now lights ESTABLISHED for that endpoint.
    const auto& endpoints = window->stateMachineView()->endpoints();
    EXPECT_TRUE(std::any_of(endpoints.begin(), endpoints.end(), [](const ui::EndpointStatus& e) {
        return e.state == core::State::Established;
    }));
}

TEST_F(MainWindowLab, activatingALibraryEntry_opensIt) {
    emit window->libraryPanel()->scenarioActivated(QStringLiteral("syn-flood"));
    EXPECT_EQ(window->document()->builtInId(), QStringLiteral("syn-flood"));
    EXPECT_EQ(window->libraryPanel()->currentScenario(), QStringLiteral("syn-flood"));
    EXPECT_EQ(window->playback()->eventIndex(), -1);
}

TEST_F(MainWindowLab, copyViewAsImage_putsTheDiagramOnTheClipboard) {
    QGuiApplication::clipboard()->clear();
    QAction* copy = menuAction(window->menuBar(), QStringLiteral("&Edit"),
                               QStringLiteral("&Copy View as Image"));
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    copy->trigger();
    const QImage image = QGuiApplication::clipboard()->image();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), window->sequenceView()->viewport()->size() *
                                window->sequenceView()->devicePixelRatio());
}

TEST_F(MainWindowLab, aCapturedConnection_isShownWithItsTimingNote_andReplaysAsAScenario) {
    const std::string path = HL_SOURCE_DIR "/tests/data/captures/loopback-handshake.pcapng";
    const core::CaptureListing listing = core::listConnections({path});
    ASSERT_FALSE(listing.connections.empty());
    const QStringList paths{QString::fromStdString(path)};
    ASSERT_TRUE(window->openCaptureConnection(
        paths, core::importConnection({path}, listing.connections.front())));
    EXPECT_TRUE(window->document()->isCapture());
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("loopback-handshake.pcapng: ")))
        << window->windowTitle().toStdString();
    EXPECT_FALSE(window->labPanel()->isEnabled());
    const auto* note = window->findChild<QLabel*>(QStringLiteral("captureNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("inferred"))) << note->text().toStdString();
    EXPECT_EQ(window->playback()->eventIndex(), -1);

    // Dropping a captured segment is refused: it already happened.
    const core::Trace captured = trace();
    emit window->sequenceView()->dropSegmentRequested(0);
    EXPECT_EQ(trace(), captured);

    QAction* replay = menuAction(window->menuBar(), QStringLiteral("&File"),
                                 QStringLiteral("Re&play in Simulator"));
    ASSERT_NE(replay, nullptr);
    ASSERT_TRUE(replay->isEnabled());
    replay->trigger();
    EXPECT_FALSE(window->document()->isCapture());
    EXPECT_TRUE(window->labPanel()->isEnabled());
    EXPECT_TRUE(window->document()->isModified()); // a new scenario no file holds yet
    // The replay starts with the captured SYN's sequence number.
    EXPECT_EQ(trace().segments.at(0).header.seq, captured.segments.at(0).header.seq);
}

TEST_F(MainWindowLab, fileExport_opensTheExportDialog_whichWritesTheShownDiagram) {
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shown.png"));
    bool exported = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::ExportDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setPath(path);
        exported = dialog->exportNow().ok();
        dialog->reject();
    });
    QAction* exportAction =
        menuAction(window->menuBar(), QStringLiteral("&File"), QStringLiteral("&Export"));
    ASSERT_NE(exportAction, nullptr);
    exportAction->trigger();
    EXPECT_TRUE(exported);
    EXPECT_FALSE(QImage(path).isNull());
}
