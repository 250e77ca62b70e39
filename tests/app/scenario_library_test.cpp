#include "app/scenario_library.h"
#include "core/scenario_json.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using app::ScenarioLibrary;

namespace {

ScenarioLibrary::Entry entry(std::string id, std::string title) {
    ScenarioLibrary::Entry e;
    e.id = std::move(id);
    e.title = std::move(title);
    e.scenario.id = e.id;
    e.scenario.title = e.title;
    return e;
}

} // namespace

TEST(ScenarioLibrary, builtIn_containsDefault) {
    const ScenarioLibrary library = ScenarioLibrary::builtIn();
    const ScenarioLibrary::Entry* defaultEntry = library.find(app::kDefaultScenarioId);
    ASSERT_NE(defaultEntry, nullptr);
    EXPECT_FALSE(defaultEntry->title.empty());
}

TEST(ScenarioLibrary, entries_areSortedById) {
    const ScenarioLibrary library({entry("lost-syn", "b"), entry("default", "a")});
    ASSERT_EQ(library.entries().size(), 2u);
    EXPECT_EQ(library.entries()[0].id, "default");
    EXPECT_EQ(library.knownIds(), "default, lost-syn");
}

TEST(ScenarioLibrary, resolveBuiltInId_returnsItsScenario) {
    const ScenarioLibrary library({entry("default", "The default")});
    EXPECT_EQ(library.resolve("default").title, "The default");
}

TEST(ScenarioLibrary, resolveUnknownId_listsKnownIds) {
    const ScenarioLibrary library({entry("default", "a"), entry("lost-syn", "b")});
    try {
        library.resolve("lost-fin");
        FAIL() << "expected UnknownScenarioError";
    } catch (const app::UnknownScenarioError& e) {
        EXPECT_STREQ(e.what(), "unknown scenario 'lost-fin': not a file and not a built-in id "
                               "(built-in: default, lost-syn)");
    }
}

TEST(ScenarioLibrary, resolveMissingJsonFile_reportsPath) {
    const ScenarioLibrary library({entry("default", "a")});
    try {
        library.resolve("no-such-dir/lab.json");
        FAIL() << "expected ScenarioError";
    } catch (const core::ScenarioError& e) {
        EXPECT_NE(std::string(e.what()).find("no-such-dir/lab.json"), std::string::npos);
    }
}

TEST(ScenarioLibrary, resolveExistingFileWithoutJsonSuffix_loadsTheFile) {
    const ScenarioLibrary library({entry("default", "a")});
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("default"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not json");
    file.close();
    // An existing path is read as a file even without .json: here a malformed one.
    EXPECT_THROW(library.resolve(path.toStdString()), core::ScenarioError);
}
