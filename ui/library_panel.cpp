#include "ui/library_panel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

LibraryPanel::LibraryPanel(QWidget* parent)
    : QWidget(parent), m_model(new ScenarioListModel(this)),
      m_filter(new QSortFilterProxyModel(this)), m_filterEdit(new QLineEdit(this)),
      m_tree(new QTreeView(this)), m_explanation(new QTextBrowser(this)) {
    m_filterEdit->setPlaceholderText(tr("Filter scenarios\u2026"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setToolTip(tr("Show the scenarios whose title, id or description contains this"));

    setupTree();

    m_explanation->setOpenLinks(false);
    m_explanation->setFocusPolicy(Qt::ClickFocus);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filterEdit);
    layout->addWidget(splitter, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &LibraryPanel::applyFilter);
    connect(m_tree, &QTreeView::activated, this, &LibraryPanel::activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { explain(current); });
    explain({});
}

void LibraryPanel::setupTree() {
    // A topic stays when one of its scenarios matches; a matching topic name
    // keeps all its scenarios.
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(ScenarioListModel::SearchTextRole);

    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(false);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->installEventFilter(this);
}

void LibraryPanel::setItems(std::vector<LibraryItem> items) {
    const QString current = currentScenario();
    m_model->setItems(std::move(items));
    m_tree->expandAll();
    setCurrentScenario(current);
}

void LibraryPanel::setCurrentScenario(const QString& id) {
    const QModelIndex source = m_model->indexOfScenario(id);
    if (source.isValid() && !m_filter->mapFromSource(source).isValid())
        m_filterEdit->clear();
    const QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        m_tree->selectionModel()->clear();
        explain({});
        return;
    }
    m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
    m_tree->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
}

QString LibraryPanel::currentScenario() const {
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    if (!m_tree->selectionModel()->isSelected(current))
        return {};
    return current.data(ScenarioListModel::IdRole).toString();
}

void LibraryPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        explain(m_tree->selectionModel()->currentIndex()); // its colours come from the palette
}

void LibraryPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // A scenario chosen before the panel was shown was scrolled to in a tree
    // without a size; scroll again once the layout has given it one.
    QTimer::singleShot(0, this, [this] {
        const QModelIndex current = m_tree->selectionModel()->currentIndex();
        if (current.isValid())
            m_tree->scrollTo(current, QAbstractItemView::PositionAtCenter);
    });
}

bool LibraryPanel::eventFilter(QObject* watched, QEvent* event) {
    // The playback shortcuts (Left, Right, Home, End) work anywhere in the
    // window; in the tree these keys open and close topics and move the
    // selection, as in every tree, so the tree keeps them.
    if (watched == m_tree && event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool navigation = key->key() == Qt::Key_Left || key->key() == Qt::Key_Right ||
                                key->key() == Qt::Key_Home || key->key() == Qt::Key_End;
        if (navigation && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPanel::applyFilter(const QString& text) {
    m_filter->setFilterFixedString(text.trimmed());
    m_tree->expandAll();
    // The selection may have been filtered away: explain what is selected now.
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    explain(current);
    if (current.isValid())
        m_tree->scrollTo(current);
}

void LibraryPanel::activate(const QModelIndex& proxyIndex) {
    const QString id = proxyIndex.data(ScenarioListModel::IdRole).toString();
    if (!id.isEmpty())
        emit scenarioActivated(id);
}

void LibraryPanel::explain(const QModelIndex& proxyIndex) {
    const QString dim = palette().color(QPalette::PlaceholderText).name();
    if (!proxyIndex.isValid()) {
        m_explanation->setHtml(
            QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(dim, tr("Select a scenario to read what it shows. Double-click it or press "
                             "Enter to open it.")));
        return;
    }
    const QString title = proxyIndex.data().toString().toHtmlEscaped();
    if (proxyIndex.data(ScenarioListModel::IsTopicRole).toBool()) {
        const int count = m_filter->rowCount(proxyIndex);
        m_explanation->setHtml(
            QStringLiteral("<h3>%1</h3><p style='color:%2'>%3</p>")
                .arg(title, dim, count == 1 ? tr("1 scenario") : tr("%1 scenarios").arg(count)));
        return;
    }
    m_explanation->setHtml(
        QStringLiteral("<h3>%1</h3><p>%2</p><p style='color:%3'>%4</p>")
            .arg(title,
                 proxyIndex.data(ScenarioListModel::DescriptionRole).toString().toHtmlEscaped(),
                 dim,
                 tr("Scenario %1. Double-click or press Enter to open it.")
                     .arg(proxyIndex.data(ScenarioListModel::IdRole).toString().toHtmlEscaped())));
}

} // namespace ui
