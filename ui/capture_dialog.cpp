#include "capture_dialog.h"

#include "capture_worker.h"
#include "connection_filter.h"
#include "connection_list_model.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

std::vector<std::string> toStdPaths(const QStringList& paths) {
    std::vector<std::string> result;
    for (const QString& path : paths)
        result.push_back(path.toStdString());
    return result;
}

// "client.pcap and server.pcap", for the window's title and messages.
QString fileNames(const QStringList& paths) {
    QStringList names;
    for (const QString& path : paths)
        names << QFileInfo(path).fileName();
    return names.size() == 2 ? CaptureDialog::tr("%1 and %2").arg(names[0], names[1])
                             : names.join(QStringLiteral(", "));
}

qint64 totalSize(const QStringList& paths) {
    qint64 total = 0;
    for (const QString& path : paths)
        total += QFileInfo(path).size();
    return total;
}

} // namespace

CaptureDialog::CaptureDialog(QStringList paths, QWidget* parent)
    : QDialog(parent), m_paths(std::move(paths)),
      m_pending(std::make_shared<std::optional<core::CaptureListing>>()) {
    m_worker = new CaptureWorker(this);
    m_model = new ConnectionListModel(this);
    m_filter = new ConnectionFilter(this);
    m_filter->setSourceModel(m_model);
    buildUi();
    connect(m_worker, &CaptureWorker::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_worker, &CaptureWorker::succeeded, this, &CaptureDialog::onScanSucceeded);
    connect(m_worker, &CaptureWorker::failed, this, &CaptureDialog::onScanFailed);
    connect(m_worker, &CaptureWorker::cancelled, this, &CaptureDialog::onScanCancelled);
}

// The worker goes first: it stops and waits for its job while the dialog's
// members still exist.
CaptureDialog::~CaptureDialog() {
    delete m_worker;
}

void CaptureDialog::buildUi() {
    setWindowTitle(tr("Open Capture — %1").arg(fileNames(m_paths)));
    m_filterEdit = new QLineEdit;
    m_filterEdit->setPlaceholderText(tr("Filter by address or port, e.g. 443 or 10.0.0.2"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterText(text);
        if (!m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0)
            m_table->selectRow(0);
        updateOk();
    });

    m_table = new QTableView;
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConnectionListModel::NumberColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // One line of text a row, as in Wireshark's lists: many rows fit.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    fitColumns();
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (selectedConnection())
            accept();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CaptureDialog::updateOk);

    m_messageIcon = new QLabel;
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageBox = new QWidget;
    auto* messageLayout = new QHBoxLayout(m_messageBox);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_message, 1);
    m_messageBox->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeProgressRow());
    layout->addWidget(m_messageBox);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_table, 1);
    layout->addWidget(makeSummaryRow());
    layout->addStretch(); // takes the room when the table is hidden
    layout->addWidget(m_buttons);
    resize(880, 440);
    updateOk();
}

QWidget* CaptureDialog::makeProgressRow() {
    m_progressRow = new QWidget;
    m_reading =
        new QLabel(tr("Reading %1 (%2)…")
                       .arg(fileNames(m_paths), QLocale().formattedDataSize(totalSize(m_paths))));
    m_progress = new QProgressBar;
    m_progress->setRange(0, CaptureWorker::kProgressMaximum);
    m_progress->setFormat(tr("%p%"));
    QSizePolicy keepRoom = m_progress->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepRoom);
    m_stop = new QPushButton(tr("Stop"));
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (isScanning())
            cancelScan();
        else
            startScan();
    });
    auto* layout = new QHBoxLayout(m_progressRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reading);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_stop);
    return m_progressRow;
}

QWidget* CaptureDialog::makeSummaryRow() {
    m_summaryRow = new QWidget;
    m_summary = new QLabel;
    m_summary->setTextFormat(Qt::PlainText);
    auto* details = new QPushButton(tr("Details…"));
    details->setAutoDefault(false);
    connect(details, &QPushButton::clicked, this, &CaptureDialog::showDetails);
    auto* layout = new QHBoxLayout(m_summaryRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(details);
    m_summaryRow->hide();
    return m_summaryRow;
}

std::optional<core::ConnectionSummary> CaptureDialog::selectedConnection() const {
    if (!m_listing)
        return std::nullopt;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const core::ConnectionSummary* c =
        m_model->connection(m_filter->mapToSource(rows.front()).row());
    return c ? std::optional(*c) : std::nullopt;
}

const core::CaptureListing* CaptureDialog::listing() const {
    return m_listing ? &*m_listing : nullptr;
}

bool CaptureDialog::isScanning() const {
    return m_worker->isRunning();
}

QString CaptureDialog::message() const {
    return m_messageBox->isHidden() ? QString() : m_message->text();
}

void CaptureDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (!m_started)
        startScan();
}

void CaptureDialog::reject() {
    cancelScan();
    QDialog::reject();
}

void CaptureDialog::startScan() {
    if (isScanning())
        return;
    m_started = true;
    m_listing.reset();
    m_model->setListing({});
    m_pending->reset();
    m_messageBox->hide();
    m_summaryRow->hide();
    m_filterEdit->show();
    m_table->show();
    m_progressRow->show();
    m_progress->show();
    m_progress->setValue(0);
    m_reading->setText(
        tr("Reading %1 (%2)…")
            .arg(fileNames(m_paths), QLocale().formattedDataSize(totalSize(m_paths))));
    m_stop->setText(tr("Stop"));
    m_filterEdit->setEnabled(false);
    m_table->setEnabled(false);
    updateOk();
    m_worker->start(
        [paths = toStdPaths(m_paths), result = m_pending](const core::ScanProgress& progress) {
            *result = core::listConnections(paths, progress);
        });
}

void CaptureDialog::cancelScan() {
    m_worker->cancel();
}

void CaptureDialog::onScanSucceeded() {
    m_listing = std::move(*m_pending);
    m_pending->reset();
    m_model->setListing(*m_listing);
    m_progressRow->hide();
    m_summary->setText(summaryText(*m_listing));
    m_summaryRow->show();
    m_filterEdit->setEnabled(true);
    m_table->setEnabled(true);
    fitColumns();
    if (m_listing->connections.empty())
        showMessage(tr("%1: no TCP connection in this capture.").arg(fileNames(m_paths)), false);
    else if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
    updateOk();
    emit scanFinished();
}

void CaptureDialog::onScanFailed(const QString& error) {
    m_reading->setText(tr("Could not read %1.").arg(fileNames(m_paths)));
    m_progress->hide();
    m_stop->setText(tr("Read Again"));
    m_filterEdit->hide();
    m_table->hide();
    showMessage(tr("This capture cannot be opened:\n%1").arg(error), true);
    updateOk();
    emit scanFailed(error);
}

void CaptureDialog::onScanCancelled() {
    m_reading->setText(tr("Stopped reading %1.").arg(fileNames(m_paths)));
    m_progress->hide();
    m_stop->setText(tr("Read Again"));
    updateOk();
    emit scanCancelled();
}

// Wide enough for their contents; the two address columns, left-aligned side
// by side, get some air so that A and B do not read as one.
void CaptureDialog::fitColumns() {
    m_table->resizeColumnsToContents();
    const int air = 2 * fontMetrics().averageCharWidth();
    for (int column : {ConnectionListModel::AColumn, ConnectionListModel::BColumn})
        m_table->setColumnWidth(column, m_table->columnWidth(column) + air);
}

void CaptureDialog::showMessage(const QString& text, bool isError) {
    const QStyle::StandardPixmap icon =
        isError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_message->setText(text);
    m_messageBox->show();
}

void CaptureDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(selectedConnection().has_value());
}

} // namespace ui
