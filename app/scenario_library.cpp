#include "scenario_library.h"

#include "core/scenario_json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <filesystem>

namespace app {

namespace {

const QString kResourceDir = QStringLiteral(":/scenarios");

ScenarioLibrary::Entry readBuiltIn(const QFileInfo& file) {
    const std::string source = file.filePath().toStdString();
    QFile in(file.filePath());
    if (!in.open(QIODevice::ReadOnly))
        throw core::ScenarioError(source, "", "cannot read the built-in scenario");
    const QByteArray json = in.readAll();
    ScenarioLibrary::Entry entry;
    entry.scenario = core::parseScenario(
        std::string_view(json.constData(), static_cast<std::size_t>(json.size())), source);
    entry.id =
        entry.scenario.id.empty() ? file.completeBaseName().toStdString() : entry.scenario.id;
    entry.title = entry.scenario.title.empty() ? entry.id : entry.scenario.title;
    return entry;
}

bool namesFile(const std::string& idOrFile) {
    std::error_code ignored;
    return idOrFile.ends_with(".json") || std::filesystem::is_regular_file(idOrFile, ignored);
}

} // namespace

ScenarioLibrary ScenarioLibrary::builtIn() {
    std::vector<Entry> entries;
    const QDir dir(kResourceDir);
    for (const QFileInfo& file : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        entries.push_back(readBuiltIn(file));
    return ScenarioLibrary(std::move(entries));
}

ScenarioLibrary::ScenarioLibrary(std::vector<Entry> entries) : m_entries(std::move(entries)) {
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.id < b.id; });
}

const ScenarioLibrary::Entry* ScenarioLibrary::find(const std::string& id) const {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry& e) { return e.id == id; });
    return it == m_entries.end() ? nullptr : &*it;
}

core::Scenario ScenarioLibrary::resolve(const std::string& idOrFile) const {
    if (namesFile(idOrFile))
        return core::loadScenarioFile(idOrFile);
    if (const Entry* entry = find(idOrFile))
        return entry->scenario;
    throw UnknownScenarioError("unknown scenario '" + idOrFile +
                               "': not a file and not a built-in id (built-in: " + knownIds() +
                               ")");
}

std::string ScenarioLibrary::knownIds() const {
    if (m_entries.empty())
        return "(none)";
    std::string ids;
    for (const Entry& entry : m_entries) {
        if (!ids.empty())
            ids += ", ";
        ids += entry.id;
    }
    return ids;
}

} // namespace app
