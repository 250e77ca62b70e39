// Importing the chosen connection: the file is read again, which takes as
// long as the listing did for a large capture.
#include "capture_dialog.h"
#include "capture_worker.h"

#include <QEventLoop>
#include <QProgressDialog>

namespace ui {

namespace {

// Show the progress dialog only when reading takes longer than this.
constexpr int kShowAfterMilliseconds = 300;

} // namespace

std::optional<core::ImportedConnection>
CaptureDialog::importWithProgress(QWidget* parent, const QStringList& paths,
                                  const core::ConnectionSummary& connection) {
    QProgressDialog progress(tr("Reading the packets of %1 → %2…")
                                 .arg(QString::fromStdString(core::toString(connection.a)),
                                      QString::fromStdString(core::toString(connection.b))),
                             tr("Cancel"), 0, CaptureWorker::kProgressMaximum, parent);
    progress.setWindowTitle(tr("Open Capture"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kShowAfterMilliseconds);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    std::vector<std::string> files;
    for (const QString& path : paths)
        files.push_back(path.toStdString());
    auto result = std::make_shared<std::optional<core::ImportedConnection>>();
    CaptureWorker worker;
    QEventLoop loop;
    QString error;
    connect(&worker, &CaptureWorker::progressChanged, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &worker, &CaptureWorker::cancel);
    connect(&worker, &CaptureWorker::succeeded, &loop, &QEventLoop::quit);
    connect(&worker, &CaptureWorker::cancelled, &loop, &QEventLoop::quit);
    connect(&worker, &CaptureWorker::failed, &loop, [&](const QString& message) {
        error = message;
        loop.quit();
    });
    worker.start([files, result, connection](const core::ScanProgress& scan) {
        *result = core::importConnection(files, connection, scan);
    });
    loop.exec();
    if (!error.isEmpty())
        throw core::CaptureError(error.toStdString());
    if (progress.wasCanceled())
        return std::nullopt;
    return std::move(*result);
}

} // namespace ui
