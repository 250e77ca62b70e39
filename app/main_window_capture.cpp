// Real captures in the window: the note on how their times were measured, and
// turning a captured connection into a scenario that can be broken.

#include "app/main_window.h"
#include "app/scenario_document.h"
#include "core/capture_decode.h"
#include "core/capture_replay.h"
#include "core/capture_trace.h"
#include "ui/capture_dialog.h"
#include "ui/lab_panel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>

namespace app {

namespace {

const QString kCaptureDirKey = QStringLiteral("files/lastCaptureDirectory");

QString seconds(core::Micros t) {
    return QString::number(static_cast<double>(t.count()) / 1000.0, 'f', 3) + MainWindow::tr(" ms");
}

} // namespace

// What a learner must know before reading slopes off a captured connection.
QString MainWindow::captureNote(const core::Trace& trace) {
    if (!trace.capture)
        return {};
    const core::CaptureOrigin& origin = *trace.capture;
    QString where;
    if (origin.capturedAt != core::kNone)
        where = tr("Captured at %1. ")
                    .arg(QString::fromStdString(
                        trace.hosts[static_cast<std::size_t>(origin.capturedAt)].name));
    switch (origin.timing) {
    case core::CaptureTiming::TwoCaptures:
        return tr("Captured at both ends: send and arrival times are both measured (median "
                  "one-way delay %1). States are inferred from the segments; \"?\" marks what "
                  "the capture cannot show.")
            .arg(seconds(origin.oneWayDelay));
    case core::CaptureTiming::HandshakeEstimate:
        return where + tr("The far end's times are estimated: one-way delay %1, half the "
                          "handshake's round trip. States are inferred from the segments; \"?\" "
                          "marks what the capture cannot show.")
                           .arg(seconds(origin.oneWayDelay));
    case core::CaptureTiming::NoEstimate:
        break;
    }
    return where + tr("No complete handshake to estimate the delay from: arrows are drawn "
                      "level. States are inferred from the segments; \"?\" marks what the "
                      "capture cannot show.");
}

void MainWindow::showCaptureNote() {
    const QString note = captureNote(*m_document->trace());
    m_captureNote->setText(note);
    m_captureNote->setVisible(!note.isEmpty());
    m_lab->setEnabled(!m_document->isCapture());
    m_replayAction->setEnabled(m_document->isCapture());
}

void MainWindow::openCaptureDialog() {
    const QString dir = QSettings().value(kCaptureDirKey, QDir::homePath()).toString();
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Open Capture (one, or one from each end)"), dir,
                                      tr("Packet captures (*.pcap *.pcapng *.cap);;All files (*)"));
    if (paths.isEmpty())
        return;
    QSettings().setValue(kCaptureDirKey, QFileInfo(paths.front()).absolutePath());
    openCapture(paths.mid(0, 2));
}

bool MainWindow::openCapture(const QStringList& paths) {
    ui::CaptureDialog dialog(paths, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedConnection())
        return false;
    try {
        const std::optional<core::ImportedConnection> connection =
            ui::CaptureDialog::importWithProgress(this, paths, *dialog.selectedConnection());
        return connection && openCaptureConnection(paths, *connection);
    } catch (const core::CaptureError& e) {
        warn(tr("Cannot open the capture"), QString::fromStdString(e.what()));
        return false;
    }
}

bool MainWindow::openCaptureConnection(const QStringList& paths,
                                       const core::ImportedConnection& connection) {
    if (!maybeKeepEdits())
        return false;
    QStringList names;
    for (const QString& path : paths)
        names << QFileInfo(path).fileName();
    const QString title =
        tr("%1: %2:%3 ↔ %4:%5")
            .arg(names.join(QStringLiteral(" + ")),
                 QString::fromStdString(core::hostName(connection.summary.a.address)))
            .arg(connection.summary.a.port)
            .arg(QString::fromStdString(core::hostName(connection.summary.b.address)))
            .arg(connection.summary.b.port);
    m_opening = true;
    m_document->openCapture(core::traceFromConnection(connection), title,
                            core::scenarioFromConnection(connection));
    m_opening = false;
    updateTitle();
    return true;
}

void MainWindow::replayInSimulator() {
    if (!m_document->isCapture())
        return;
    const core::Scenario replay = m_document->replayScenario();
    openScenario(replay, {}, {});
    m_document->markUnsaved(); // a new scenario that no file holds yet
}

} // namespace app
