#pragma once

#include "core/capture_import.h"
#include "core/capture_scan.h"

#include <QDialog>
#include <QStringList>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ui {

class CaptureWorker;
class ConnectionFilter;
class ConnectionListModel;

// File > Open Capture: reads one capture (or two of the same traffic) on a
// pool thread, with a progress bar and a Stop button, then lists its TCP
// connections like Wireshark's Conversations (sortable, filtered by address
// or port) and lets the learner pick one. A file that cannot be read gets a
// message naming it and what is wrong, and OK stays disabled.
//
//   CaptureDialog dialog(paths, this);
//   if (dialog.exec() == QDialog::Accepted)
//       if (auto imported = CaptureDialog::importWithProgress(this, paths,
//                                                             *dialog.selectedConnection()))
//           ... core::traceFromConnection(*imported) ...
class CaptureDialog : public QDialog {
    Q_OBJECT

public:
    explicit CaptureDialog(QStringList paths, QWidget* parent = nullptr);
    ~CaptureDialog() override;

    // The connection selected in the table; nullopt when there is none.
    std::optional<core::ConnectionSummary> selectedConnection() const;
    // The finished listing; nullptr while scanning, after an error or a stop.
    const core::CaptureListing* listing() const;
    bool isScanning() const;
    // The message shown instead of the table ("" when the listing is shown).
    QString message() const;

    // Reads the files again from the start. Called when the dialog is first
    // shown; public for tests.
    void startScan();
    // Stops a running scan (the Stop button; closing the dialog does it too).
    void cancelScan();

    // The summary line under the table: "1,234 packets, 3 TCP connections;
    // 12 packets skipped (UDP 10, ARP 2); 1 packet could not be decoded".
    static QString summaryText(const core::CaptureListing& listing);
    // What "Details…" shows: per file, packets by kind and each packet that
    // could not be decoded (number, byte, what was wrong).
    static QString detailsText(const core::CaptureListing& listing);

    // Reads the packets of `connection` (a row of this dialog's listing) from
    // `paths` on a pool thread, while a modal progress dialog (shown after a
    // moment, with Cancel) keeps the window responsive. Returns nullopt when
    // the user cancelled; throws core::CaptureError when a file cannot be
    // read (the file changed since it was listed).
    static std::optional<core::ImportedConnection>
    importWithProgress(QWidget* parent, const QStringList& paths,
                       const core::ConnectionSummary& connection);

signals:
    void scanFinished();
    void scanFailed(const QString& message);
    void scanCancelled();

protected:
    void showEvent(QShowEvent* event) override;
    void reject() override;

private:
    void buildUi();
    QWidget* makeProgressRow();
    QWidget* makeSummaryRow();
    void onScanSucceeded();
    void onScanFailed(const QString& error);
    void onScanCancelled();
    void showMessage(const QString& text, bool isError);
    void showDetails();
    void fitColumns();
    void updateOk();

    QStringList m_paths;
    std::optional<core::CaptureListing> m_listing;
    // Where the worker's job puts its listing; shared, so that it outlives the
    // dialog if the job does.
    std::shared_ptr<std::optional<core::CaptureListing>> m_pending;
    bool m_started = false;

    CaptureWorker* m_worker = nullptr;
    ConnectionListModel* m_model = nullptr;
    ConnectionFilter* m_filter = nullptr;
    QLabel* m_reading = nullptr;
    QWidget* m_progressRow = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_summaryRow = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_messageBox = nullptr;
    QLabel* m_messageIcon = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ui
