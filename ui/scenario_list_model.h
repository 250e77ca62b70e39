#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <vector>

namespace ui {

// One scenario as the library lists it: plain data, so that ui does not need
// to know where scenarios come from.
struct LibraryItem {
    QString id;
    QString title;
    QString topic; // "setup", "teardown", ...: see ScenarioListModel::topicName()
    QString description;
};

// The scenario library as a tree: topics in teaching order, each holding its
// scenarios (ordered by id, numbers by value: figure 6 before figure 10).
class ScenarioListModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: a scenario's id; empty for a topic
        DescriptionRole,           // QString: a scenario's description
        TopicRole,                 // QString: the topic key, for topics and scenarios
        IsTopicRole,               // bool
        SearchTextRole,            // QString: what the library filter looks through
    };

    explicit ScenarioListModel(QObject* parent = nullptr);

    void setItems(std::vector<LibraryItem> items);

    // The index of the scenario with this id; invalid if there is none.
    QModelIndex indexOfScenario(const QString& id) const;
    // The scenario at `index`; nullptr for a topic or an invalid index.
    const LibraryItem* item(const QModelIndex& index) const;

    // "setup" -> "Connection setup" (translated); an unknown topic as it is.
    static QString topicName(const QString& topic);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Topic {
        QString key;
        std::vector<LibraryItem> items;
    };

    QVariant topicData(const Topic& topic, int role) const;
    QVariant itemData(const LibraryItem& item, const Topic& topic, int role) const;

    // Topic rows carry internal id 0; a scenario row carries its topic's row + 1.
    std::vector<Topic> m_topics;
};

} // namespace ui
