#include "synthetic_capture.h"
#include "ui/capture_dialog.h"
#include "ui/capture_worker.h"
#include "ui/connection_list_model.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

using ui::CaptureDialog;
using ui::ConnectionListModel;

namespace {

// Generous: a scan of a checked-in capture takes a few waits.
constexpr int kMaxWaits = 3000;
constexpr int kWaitMilliseconds = 5;

QString capturePath(const QString& name) {
    return QStringLiteral(HL_SOURCE_DIR "/tests/data/captures/") + name;
}

// Runs the event loop in short waits until `done` holds; the number of waits
// it took, or -1 when it never held.
int waitUntil(const std::function<bool()>& done) {
    for (int waits = 0; waits < kMaxWaits; ++waits) {
        if (done())
            return waits;
        QTest::qWait(kWaitMilliseconds);
    }
    return done() ? kMaxWaits : -1;
}

bool scanned(CaptureDialog& dialog) {
    dialog.startScan();
    return waitUntil([&] { return !dialog.isScanning(); }) >= 0;
}

QStringList column(const QTableView& table, int column) {
    QStringList values;
    for (int row = 0; row < table.model()->rowCount(); ++row)
        values << table.model()->index(row, column).data().toString();
    return values;
}

QPushButton* openButton(const CaptureDialog& dialog) {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open);
}

// A synthetic capture of 200,000 packets (2,000 connections), about 17 MB,
// shared by the tests that need a scan that takes a while.
class LargeCapture : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = std::make_unique<QTemporaryDir>();
        s_path = s_dir->filePath(QStringLiteral("large.pcap"));
        testsupport::writeSyntheticCapture(s_path.toStdString(), 2000, 100);
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    static std::unique_ptr<QTemporaryDir> s_dir;
    static QString s_path;
};
std::unique_ptr<QTemporaryDir> LargeCapture::s_dir;
QString LargeCapture::s_path;

} // namespace

TEST(CaptureDialog, checkedInCapture_listsWhatCoreLists_firstPreselected) {
    const QString path = capturePath("loopback-reuse.pcapng");
    CaptureDialog dialog({path});
    QSignalSpy finished(&dialog, &CaptureDialog::scanFinished);
    ASSERT_TRUE(scanned(dialog));
    EXPECT_EQ(finished.count(), 1);

    const core::CaptureListing expected = core::listConnections({path.toStdString()});
    ASSERT_NE(dialog.listing(), nullptr);
    ASSERT_EQ(dialog.listing()->connections.size(), expected.connections.size());
    const auto* table = dialog.findChild<QTableView*>();
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(column(*table, ConnectionListModel::AColumn),
              QStringList({"127.0.0.1:40123", "127.0.0.1:40123"}));
    EXPECT_EQ(column(*table, ConnectionListModel::EndColumn), QStringList({"FIN", "FIN"}));

    const std::optional<core::ConnectionSummary> selected = dialog.selectedConnection();
    ASSERT_TRUE(selected);
    EXPECT_EQ(selected->startMicros, expected.connections[0].startMicros);
    EXPECT_EQ(selected->isn, expected.connections[0].isn);
    EXPECT_TRUE(openButton(dialog)->isEnabled());
    EXPECT_EQ(dialog.message(), "");
}

TEST(CaptureDialog, twoCaptures_sortByBytesAndFilterByPort) {
    CaptureDialog dialog(
        {capturePath("rst-closed-port.pcap"), capturePath("loopback-handshake.pcap")});
    ASSERT_TRUE(scanned(dialog));
    auto* table = dialog.findChild<QTableView*>();
    ASSERT_EQ(table->model()->rowCount(), 2);

    table->sortByColumn(ConnectionListModel::BytesAToBColumn, Qt::DescendingOrder);
    EXPECT_EQ(column(*table, ConnectionListModel::BytesAToBColumn), QStringList({"5", "0"}));
    EXPECT_EQ(table->model()
                  ->index(0, ConnectionListModel::BytesAToBColumn)
                  .data(ConnectionListModel::SortRole)
                  .typeId(),
              QMetaType::ULongLong);
    table->sortByColumn(ConnectionListModel::BytesAToBColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(*table, ConnectionListModel::EndColumn), QStringList({"RST", "FIN"}));

    dialog.findChild<QLineEdit*>()->setText("5555");
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(column(*table, ConnectionListModel::BColumn), QStringList({"127.0.0.1:5555"}));
    ASSERT_TRUE(dialog.selectedConnection());
    EXPECT_EQ(dialog.selectedConnection()->b.port, 5555);

    dialog.findChild<QLineEdit*>()->setText("8080");
    EXPECT_EQ(table->model()->rowCount(), 0);
    EXPECT_FALSE(dialog.selectedConnection());
    EXPECT_FALSE(openButton(dialog)->isEnabled());
}

TEST(CaptureDialog, notACapture_namesTheFile_openDisabled) {
    const QString path = capturePath("garbage.pcap");
    CaptureDialog dialog({path});
    QSignalSpy failed(&dialog, &CaptureDialog::scanFailed);
    ASSERT_TRUE(scanned(dialog));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).toString(), path + ": not a pcap or pcapng file");
    EXPECT_TRUE(dialog.message().contains(path + ": not a pcap or pcapng file"))
        << dialog.message().toStdString();
    EXPECT_EQ(dialog.listing(), nullptr);
    EXPECT_FALSE(openButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.findChild<QTableView*>()->isHidden());
}

TEST(CaptureDialog, truncatedOrMissingFile_saysWhereAndWhat) {
    CaptureDialog truncated({capturePath("truncated.pcap")});
    ASSERT_TRUE(scanned(truncated));
    EXPECT_TRUE(truncated.message().endsWith("truncated.pcap: truncated after packet 1"))
        << truncated.message().toStdString();

    CaptureDialog missing({capturePath("no-such-file.pcap")});
    ASSERT_TRUE(scanned(missing));
    EXPECT_TRUE(missing.message().endsWith("no-such-file.pcap: No such file or directory"))
        << missing.message().toStdString();
    EXPECT_FALSE(openButton(missing)->isEnabled());
}

TEST(CaptureDialog, undecodablePackets_countedAndListed_restStillOpens) {
    CaptureDialog dialog({capturePath("bad-headers.pcap")});
    ASSERT_TRUE(scanned(dialog));
    ASSERT_NE(dialog.listing(), nullptr);
    EXPECT_FALSE(dialog.listing()->connections.empty());
    EXPECT_TRUE(dialog.selectedConnection());
    const QString summary = CaptureDialog::summaryText(*dialog.listing());
    EXPECT_TRUE(summary.endsWith("; 2 packets could not be decoded")) << summary.toStdString();
    const QString details = CaptureDialog::detailsText(*dialog.listing());
    EXPECT_TRUE(details.contains("Could not be decoded: 2")) << details.toStdString();
    EXPECT_TRUE(details.contains("packet 1, byte ")) << details.toStdString();
    EXPECT_TRUE(details.contains("packet 2, byte ")) << details.toStdString();
}

TEST(CaptureDialog, summary_countsPacketsConnectionsAndSkippedKinds) {
    core::CaptureListing listing;
    listing.connections.resize(3);
    core::CaptureFileStats file;
    file.file = "/tmp/x.pcap";
    file.packets = 1234;
    file.tcpPackets = 1221;
    file.skipped[static_cast<std::size_t>(core::SkippedKind::Udp)] = 10;
    file.skipped[static_cast<std::size_t>(core::SkippedKind::Arp)] = 2;
    file.malformed = 1;
    file.problems.push_back({17, 14, "IPv4 header length 4 words (< 5)"});
    listing.files.push_back(file);
    EXPECT_EQ(CaptureDialog::summaryText(listing),
              "1,234 packets, 3 TCP connections; 12 packets skipped (UDP 10, ARP 2); 1 packet "
              "could not be decoded");
    EXPECT_EQ(CaptureDialog::detailsText(listing),
              "x.pcap: 1,234 packets, 1,221 TCP\n"
              "  Skipped (not TCP): UDP 10, ARP 2\n"
              "  Could not be decoded: 1\n"
              "    packet 17, byte 14: IPv4 header length 4 words (< 5)");
}

TEST(CaptureDialog, captureWithoutTcp_saysSo) {
    QTemporaryDir dir;
    const QString path = dir.filePath("empty.pcap");
    testsupport::writeSyntheticCapture(path.toStdString(), 0, 6);
    CaptureDialog dialog({path});
    ASSERT_TRUE(scanned(dialog));
    ASSERT_NE(dialog.listing(), nullptr);
    EXPECT_EQ(dialog.message(), "empty.pcap: no TCP connection in this capture.");
    EXPECT_FALSE(openButton(dialog)->isEnabled());
}

TEST(CaptureDialog, shown_startsScanning_doubleClickAccepts) {
    CaptureDialog dialog({capturePath("loopback-handshake.pcapng")});
    dialog.show();
    EXPECT_TRUE(dialog.isScanning() || dialog.listing());
    ASSERT_GE(waitUntil([&] { return !dialog.isScanning(); }), 0);
    auto* table = dialog.findChild<QTableView*>();
    const QRect cell = table->visualRect(table->model()->index(0, ConnectionListModel::AColumn));
    // Qt 6.4's mouseDClick sends no press of its own, which the view needs first.
    QTest::mousePress(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(CaptureDialog, importWithProgress_returnsTheConnectionsPackets) {
    const QString path = capturePath("loopback-handshake.pcapng");
    const core::CaptureListing listing = core::listConnections({path.toStdString()});
    ASSERT_EQ(listing.connections.size(), 1u);
    const core::ConnectionSummary& c = listing.connections[0];
    const std::optional<core::ImportedConnection> imported =
        CaptureDialog::importWithProgress(nullptr, {path}, c);
    ASSERT_TRUE(imported);
    EXPECT_EQ(imported->packets.size(), c.packets[0] + c.packets[1]);
}

TEST(CaptureDialog, importWithProgress_unreadableFile_throwsCaptureError) {
    core::ConnectionSummary c;
    c.files[0].id = 0;
    EXPECT_THROW(CaptureDialog::importWithProgress(nullptr, {capturePath("garbage.pcap")}, c),
                 core::CaptureError);
}

TEST_F(LargeCapture, whileScanning_eventsRun_progressGrows) {
    CaptureDialog dialog({s_path});
    auto* bar = dialog.findChild<QProgressBar*>();
    QElapsedTimer clock;
    clock.start();
    dialog.startScan();
    QList<int> seen;
    while (dialog.isScanning() && seen.size() < kMaxWaits) {
        QTest::qWait(kWaitMilliseconds);
        if (seen.isEmpty() || seen.back() != bar->value())
            seen << bar->value();
    }
    std::printf("[ measured ] listing 200,000 packets in the dialog: %lld ms\n",
                static_cast<long long>(clock.elapsed()));
    ASSERT_FALSE(dialog.isScanning());
    ASSERT_NE(dialog.listing(), nullptr);
    EXPECT_EQ(dialog.listing()->connections.size(), 2000u);
    // Values strictly between empty and full, seen while the GUI thread ran.
    const auto between = std::count_if(seen.begin(), seen.end(), [](int v) {
        return v > 0 && v < ui::CaptureWorker::kProgressMaximum;
    });
    EXPECT_GE(between, 1) << "progress values seen: " << seen.size();
}

TEST_F(LargeCapture, cancel_stopsTheScanSoon_noListing) {
    CaptureDialog dialog({s_path});
    QSignalSpy cancelled(&dialog, &CaptureDialog::scanCancelled);
    auto* bar = dialog.findChild<QProgressBar*>();
    dialog.startScan();
    ASSERT_GE(waitUntil([&] { return bar->value() > 0 || !dialog.isScanning(); }), 0);
    ASSERT_TRUE(dialog.isScanning()) << "the scan ended before it could be cancelled";
    QElapsedTimer clock;
    clock.start();
    dialog.cancelScan();
    int waits = 0;
    while (dialog.isScanning() && waits < 100) {
        QTest::qWait(kWaitMilliseconds);
        ++waits;
    }
    std::printf("[ measured ] cancel took %lld ms, %d event-loop waits\n",
                static_cast<long long>(clock.elapsed()), waits);
    EXPECT_FALSE(dialog.isScanning());
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_EQ(dialog.listing(), nullptr);
    EXPECT_FALSE(openButton(dialog)->isEnabled());
}

TEST_F(LargeCapture, importCancelled_returnsNothing) {
    const core::CaptureListing listing = core::listConnections({s_path.toStdString()});
    QTimer::singleShot(0, [] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* progress = qobject_cast<QProgressDialog*>(w))
                progress->findChild<QPushButton*>()->click();
    });
    EXPECT_FALSE(CaptureDialog::importWithProgress(nullptr, {s_path}, listing.connections.back()));
}
