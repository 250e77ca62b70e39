#include "ui/event_log_view.h"

#include "ui/event_icons.h"
#include "ui/event_log_model.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <optional>

namespace ui {

namespace {

using KindMask = unsigned;

constexpr KindMask bit(EventKind kind) {
    return 1u << static_cast<unsigned>(kind);
}

constexpr KindMask kAllKinds = (1u << kEventKindCount) - 1;

} // namespace

// Keeps the rows whose kind is in a set and whose sentence contains a text.
// Kinds are checked first: they cost nothing, while the text needs the row
// formatted. Not dynamic: the playhead moving must not re-filter anything.
class EventFilterModel : public QSortFilterProxyModel {
public:
    explicit EventFilterModel(EventLogModel* source, QObject* parent)
        : QSortFilterProxyModel(parent), m_source(source) {
        setDynamicSortFilter(false);
        setSourceModel(source);
    }

    void setKinds(KindMask kinds) {
        m_kinds = kinds;
        invalidateRowsFilter();
    }
    void setText(const QString& text) {
        m_text = text;
        invalidateRowsFilter();
    }
    bool isFiltering() const {
        return m_kinds != kAllKinds || !m_text.isEmpty() || m_lastShown.has_value();
    }
    // Rows after `last` are hidden; nullopt shows them all.
    void setLastShown(std::optional<int> last) {
        if (last == m_lastShown)
            return;
        m_lastShown = last;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override {
        if (m_lastShown && row > *m_lastShown)
            return false;
        if ((m_kinds & bit(m_source->kindOf(row))) == 0)
            return false;
        return m_text.isEmpty() ||
               m_source->textOf(row).sentence.contains(m_text, Qt::CaseInsensitive);
    }

private:
    EventLogModel* m_source;
    KindMask m_kinds = kAllKinds;
    QString m_text;
    std::optional<int> m_lastShown;
};

EventLogView::EventLogView(QWidget* parent)
    : QWidget(parent), m_model(new EventLogModel(this)),
      m_filter(new EventFilterModel(m_model, this)), m_table(new QTableView(this)),
      m_filterEdit(new QLineEdit(this)), m_kindFilter(new QComboBox(this)),
      m_count(new QLabel(this)), m_filterDelay(new QTimer(this)) {
    setupFilters();
    setupTable();
    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    filterRow->setContentsMargins(0, 0, 4, 0);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_kindFilter);
    filterRow->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &EventLogView::applyTextFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &EventLogView::applyKindFilter);
    connect(m_table, &QTableView::clicked, this, &EventLogView::activateRow);
    connect(m_table, &QTableView::activated, this, &EventLogView::activateRow);
    sizeColumns();
    updateCount();
}

EventLogView::~EventLogView() = default;

void EventLogView::setupFilters() {
    m_filterEdit->setPlaceholderText(tr("Filter events\u2026"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setToolTip(
        tr("Show only the events whose text contains this, e.g. RST or ESTABLISHED"));

    const struct {
        QString name;
        KindMask kinds;
        EventKind icon;
    } choices[] = {
        {tr("All events"), kAllKinds, EventKind::StateChange},
        {tr("Segments"), bit(EventKind::Sent) | bit(EventKind::Arrived) | bit(EventKind::Dropped),
         EventKind::Sent},
        {tr("State changes"), bit(EventKind::StateChange), EventKind::StateChange},
        {tr("Timers"), bit(EventKind::Timer), EventKind::Timer},
        {tr("Application"),
         bit(EventKind::AppCall) | bit(EventKind::AppResult) | bit(EventKind::Data) |
             bit(EventKind::Queue),
         EventKind::AppCall},
        {tr("Losses and faults"),
         bit(EventKind::Dropped) | bit(EventKind::Fault) | bit(EventKind::Host),
         EventKind::Dropped},
    };
    for (const auto& choice : choices)
        m_kindFilter->addItem(choice.kinds == kAllKinds ? QIcon()
                                                        : eventKindIcon(choice.icon, palette()),
                              choice.name, choice.kinds);
    m_kindFilter->setToolTip(tr("Show only events of one kind"));

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250); // filtering a long trace formats every row: wait for a pause
}

void EventLogView::setupTable() {
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setIconSize(QSize(16, 16));
}

void EventLogView::setTrace(std::shared_ptr<const core::Trace> trace) {
    m_model->setTrace(std::move(trace));
    sizeColumns();
    updateCount();
}

void EventLogView::followEvent(int index) {
    m_model->setCurrentEvent(index);
    if (m_hideFuture) {
        m_filter->setLastShown(m_model->currentEvent());
        updateCount();
    }
    const QModelIndex proxy =
        m_filter->mapFromSource(m_model->indexOfEvent(m_model->currentEvent()));
    const QScopedValueRollback<bool> guard(m_following, true);
    if (!proxy.isValid()) {
        m_table->selectionModel()->clearSelection();
        if (m_model->currentEvent() < 0)
            m_table->scrollToTop();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(proxy, QAbstractItemView::EnsureVisible);
}

void EventLogView::setHideFuture(bool hide) {
    m_hideFuture = hide;
    m_filter->setLastShown(hide ? std::optional<int>(m_model->currentEvent()) : std::nullopt);
    followEvent(m_model->currentEvent());
    updateCount();
}

void EventLogView::applyTextFilter() {
    m_filterDelay->stop();
    m_filter->setText(m_filterEdit->text().trimmed());
    followEvent(m_model->currentEvent());
    updateCount();
}

void EventLogView::applyKindFilter() {
    m_filter->setKinds(m_kindFilter->currentData().toUInt());
    followEvent(m_model->currentEvent());
    updateCount();
}

void EventLogView::activateRow(const QModelIndex& proxyIndex) {
    if (m_following || !proxyIndex.isValid())
        return;
    emit eventActivated(m_filter->mapToSource(proxyIndex).row());
}

void EventLogView::sizeColumns() {
    // Widths come from the longest time and the endpoint names in the trace's
    // tables: measuring every row of a long trace would take seconds.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding =
        2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 12;
    const core::Trace* trace = m_model->trace();
    const core::Micros last =
        trace && !trace->events.empty() ? trace->events.back().t : core::Micros{};
    const QString widestTime = eventTimeText(std::max(last, core::Micros{9'999'999}));
    QString widestName = QStringLiteral("server:65535");
    if (trace) {
        for (std::size_t i = 0; i < trace->conns.size(); ++i) {
            const QString name =
                QString::fromStdString(trace->endpointName(static_cast<core::ConnId>(i)));
            if (metrics.horizontalAdvance(name) > metrics.horizontalAdvance(widestName))
                widestName = name;
        }
    }
    m_table->verticalHeader()->setMinimumSectionSize(metrics.height() + 4);
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);
    m_table->setColumnWidth(EventLogModel::TimeColumn,
                            metrics.horizontalAdvance(widestTime) + padding);
    m_table->setColumnWidth(
        EventLogModel::EndpointColumn,
        std::min(metrics.horizontalAdvance(widestName) + padding, 28 * metrics.averageCharWidth()));
}

void EventLogView::updateCount() {
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const QLocale locale;
    if (m_filter->isFiltering())
        m_count->setText(tr("%1 of %2 events").arg(locale.toString(shown), locale.toString(total)));
    else
        m_count->setText(total == 1 ? tr("1 event") : tr("%1 events").arg(locale.toString(total)));
}

} // namespace ui
