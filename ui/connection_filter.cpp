#include "connection_filter.h"

#include "connection_list_model.h"

namespace ui {

namespace {

bool isPort(const QString& word) {
    bool ok = false;
    const uint port = word.toUInt(&ok);
    return ok && port <= 65535;
}

// `endpoints` is the model's FilterRole text: "addr:port addr:port".
bool matches(const QString& word, const QStringList& endpoints) {
    for (const QString& endpoint : endpoints) {
        if (isPort(word) ? endpoint.section(u':', -1) == word
                         : endpoint.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

ConnectionFilter::ConnectionFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ConnectionListModel::SortRole);
}

void ConnectionFilter::setFilterText(const QString& text) {
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool ConnectionFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_words.isEmpty())
        return true;
    const QStringList endpoints = sourceModel()
                                      ->index(sourceRow, 0, sourceParent)
                                      .data(ConnectionListModel::FilterRole)
                                      .toString()
                                      .split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : m_words)
        if (!matches(word, endpoints))
            return false;
    return true;
}

} // namespace ui
