#include "app/scenario_document.h"
#include "app/scenario_library.h"
#include "core/scenario_json.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

core::Scenario builtIn(const std::string& id) {
    static const app::ScenarioLibrary library = app::ScenarioLibrary::builtIn();
    return library.find(id)->scenario;
}

// The same scenario with a slower link: a visible, simple edit.
core::Scenario slower(core::Scenario s) {
    s.defaultLink.delay *= 3;
    return s;
}

} // namespace

TEST(ScenarioDocument, open_simulatesAndIsUnmodified) {
    app::ScenarioDocument document;
    document.open(builtIn("default"), {}, QStringLiteral("default"));
    EXPECT_FALSE(document.trace()->events.empty());
    EXPECT_FALSE(document.isModified());
    EXPECT_FALSE(document.undoStack()->canUndo());
    EXPECT_EQ(document.builtInId(), QStringLiteral("default"));
}

TEST(ScenarioDocument, edit_resimulates_andUndoRestoresTheOldTraceByteForByte) {
    app::ScenarioDocument document;
    document.open(builtIn("default"), {}, QStringLiteral("default"));
    const core::Trace before = *document.trace();
    QSignalSpy changed(&document, &app::ScenarioDocument::traceChanged);

    document.applyEdit(QStringLiteral("slower link"), slower(document.scenario()), core::Micros{0});
    EXPECT_NE(*document.trace(), before);
    EXPECT_TRUE(document.isModified());

    document.undoStack()->undo();
    EXPECT_EQ(*document.trace(), before);
    EXPECT_FALSE(document.isModified());
    document.undoStack()->redo();
    EXPECT_NE(*document.trace(), before);
    EXPECT_EQ(changed.count(), 3);
}

TEST(ScenarioDocument, saveAs_writesTheEditedScenario_andMarksItClean) {
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.json"));
    app::ScenarioDocument document;
    document.open(builtIn("default"), {}, QStringLiteral("default"));
    document.applyEdit(QStringLiteral("slower link"), slower(document.scenario()), core::Micros{0});

    QString error;
    ASSERT_TRUE(document.saveAs(path, error)) << error.toStdString();
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.filePath(), path);
    EXPECT_EQ(core::toJson(core::loadScenarioFile(path.toStdString())),
              core::toJson(document.scenario()));
}

TEST(ScenarioDocument, saveAs_unwritablePlace_reportsItAndStaysModified) {
    app::ScenarioDocument document;
    document.open(builtIn("default"), {}, QStringLiteral("default"));
    document.applyEdit(QStringLiteral("slower link"), slower(document.scenario()), core::Micros{0});

    QString error;
    EXPECT_FALSE(document.saveAs(QStringLiteral("/nonexistent-dir/lab.json"), error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent-dir/lab.json"))) << error.toStdString();
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(document.filePath().isEmpty());
}

TEST(ScenarioDocument, capture_showsItsTrace_butCannotBeEditedOrSaved) {
    app::ScenarioDocument document;
    core::Trace trace;
    trace.hosts = {{"10.0.0.1", core::Address{1}}};
    trace.events = {{core::Micros{0}, core::HostCrashed{0}}};
    core::Scenario replay = builtIn("default");
    document.openCapture(trace, QStringLiteral("curl.pcapng: connection 1"), replay);
    EXPECT_TRUE(document.isCapture());
    EXPECT_EQ(*document.trace(), trace);
    EXPECT_EQ(document.title(), QStringLiteral("curl.pcapng: connection 1"));
    EXPECT_EQ(document.replayScenario().id, replay.id);

    document.applyEdit(QStringLiteral("slower"), slower(replay), core::Micros{0});
    EXPECT_EQ(*document.trace(), trace);
    EXPECT_FALSE(document.isModified());
    QString error;
    EXPECT_FALSE(document.saveAs(QStringLiteral("/tmp/never-written.json"), error));
    EXPECT_FALSE(error.isEmpty());

    document.open(builtIn("default"), {}, QStringLiteral("default"));
    EXPECT_FALSE(document.isCapture());
}
