#include "ui/scenario_list_model.h"

#include <QCoreApplication>
#include <QFont>
#include <algorithm>
#include <array>

namespace ui {

namespace {

struct KnownTopic {
    const char* key;
    const char* name;
};

// The order a course would take: open a connection, see why it takes three
// segments, close it, then what goes wrong and what the RFC draws.
constexpr std::array<KnownTopic, 10> kTopics = {{
    {"setup", QT_TRANSLATE_NOOP("ScenarioTopics", "Connection setup")},
    {"handshake-why", QT_TRANSLATE_NOOP("ScenarioTopics", "Why three handshakes")},
    {"teardown", QT_TRANSLATE_NOOP("ScenarioTopics", "Connection teardown")},
    {"time-wait", QT_TRANSLATE_NOOP("ScenarioTopics", "TIME-WAIT")},
    {"loss", QT_TRANSLATE_NOOP("ScenarioTopics", "Loss and retransmission")},
    {"four-tuple", QT_TRANSLATE_NOOP("ScenarioTopics", "What identifies a connection")},
    {"keepalive", QT_TRANSLATE_NOOP("ScenarioTopics", "Keep-alive")},
    {"tcp-vs-udp", QT_TRANSLATE_NOOP("ScenarioTopics", "TCP vs UDP")},
    {"attacks", QT_TRANSLATE_NOOP("ScenarioTopics", "Attacks and defences")},
    {"rfc-figures", QT_TRANSLATE_NOOP("ScenarioTopics", "RFC 9293 figures")},
}};

// Known topics in teaching order, then unknown ones in the order they appear.
std::size_t topicRank(const QString& key) {
    for (std::size_t i = 0; i < kTopics.size(); ++i)
        if (key == QLatin1String(kTopics[i].key))
            return i;
    return kTopics.size();
}

constexpr quintptr kTopicId = 0;

// "rfc-figure-6" before "rfc-figure-10": runs of digits compare by value.
// (QCollator's numeric mode needs ICU, which not every Qt build has.)
bool naturalLess(const QString& a, const QString& b) {
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            const qulonglong x = a.mid(startA, i - startA).toULongLong();
            const qulonglong y = b.mid(startB, j - startB).toULongLong();
            if (x != y)
                return x < y;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

} // namespace

ScenarioListModel::ScenarioListModel(QObject* parent) : QAbstractItemModel(parent) {}

QString ScenarioListModel::topicName(const QString& topic) {
    const std::size_t rank = topicRank(topic);
    if (rank < kTopics.size())
        return QCoreApplication::translate("ScenarioTopics", kTopics[rank].name);
    return topic.isEmpty() ? QCoreApplication::translate("ScenarioTopics", "Other") : topic;
}

void ScenarioListModel::setItems(std::vector<LibraryItem> items) {
    beginResetModel();
    m_topics.clear();
    for (LibraryItem& item : items) {
        auto it = std::find_if(m_topics.begin(), m_topics.end(),
                               [&](const Topic& t) { return t.key == item.topic; });
        if (it == m_topics.end())
            it = m_topics.insert(m_topics.end(), Topic{item.topic, {}});
        it->items.push_back(std::move(item));
    }
    std::stable_sort(m_topics.begin(), m_topics.end(), [](const Topic& a, const Topic& b) {
        return topicRank(a.key) < topicRank(b.key);
    });
    for (Topic& topic : m_topics)
        std::stable_sort(
            topic.items.begin(), topic.items.end(),
            [](const LibraryItem& a, const LibraryItem& b) { return naturalLess(a.id, b.id); });
    endResetModel();
}

QModelIndex ScenarioListModel::indexOfScenario(const QString& id) const {
    for (std::size_t t = 0; t < m_topics.size(); ++t) {
        const std::vector<LibraryItem>& items = m_topics[t].items;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].id == id)
                return createIndex(static_cast<int>(i), 0, static_cast<quintptr>(t + 1));
    }
    return {};
}

const LibraryItem* ScenarioListModel::item(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.internalId() == kTopicId)
        return nullptr;
    const Topic& topic = m_topics.at(index.internalId() - 1);
    return &topic.items.at(static_cast<std::size_t>(index.row()));
}

QModelIndex ScenarioListModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopicId);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex ScenarioListModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopicId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopicId);
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_topics.size());
    if (parent.column() != 0 || parent.internalId() != kTopicId)
        return 0;
    return static_cast<int>(m_topics.at(static_cast<std::size_t>(parent.row())).items.size());
}

int ScenarioListModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopicId)
        return topicData(m_topics.at(static_cast<std::size_t>(index.row())), role);
    const Topic& topic = m_topics.at(index.internalId() - 1);
    return itemData(topic.items.at(static_cast<std::size_t>(index.row())), topic, role);
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.internalId() == kTopicId ? base : base | Qt::ItemNeverHasChildren;
}

QVariant ScenarioListModel::topicData(const Topic& topic, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case SearchTextRole:
        return topicName(topic.key);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case TopicRole:
        return topic.key;
    case IsTopicRole:
        return true;
    case IdRole:
        return QString();
    default:
        return {};
    }
}

QVariant ScenarioListModel::itemData(const LibraryItem& item, const Topic& topic, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return item.title.isEmpty() ? item.id : item.title;
    case Qt::ToolTipRole: // rich text, so that a long description wraps
        return QStringLiteral("<p>%1</p>").arg(item.description.toHtmlEscaped());
    case DescriptionRole:
        return item.description;
    case IdRole:
        return item.id;
    case TopicRole:
        return topic.key;
    case IsTopicRole:
        return false;
    case SearchTextRole:
        return item.title + QLatin1Char('\n') + item.id + QLatin1Char('\n') + item.description;
    default:
        return {};
    }
}

} // namespace ui
