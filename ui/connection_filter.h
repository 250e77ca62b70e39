#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ui {

// Sorts a ConnectionListModel by its SortRole (numbers as numbers) and keeps
// the rows whose endpoints match every word of the filter text: a word of
// digits is a port ("443" keeps 10.0.0.1:443 but not :4430), any other word is
// part of an address:port ("10.0.0.2", "::1", "10.0.0.2:80"; any case).
class ConnectionFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ConnectionFilter(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_words.join(u' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace ui
