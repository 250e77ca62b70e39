#include "core/capture_scan.h"
#include "ui/connection_filter.h"
#include "ui/connection_list_model.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using ui::ConnectionFilter;
using ui::ConnectionListModel;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

std::string capturePath(const std::string& name) {
    return std::string(HL_SOURCE_DIR) + "/tests/data/captures/" + name;
}

QStringList column(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

core::IpEndpoint endpoint(std::uint8_t last, core::Port port) {
    core::IpEndpoint e;
    e.address.bytes = {10, 0, 0, last};
    e.port = port;
    return e;
}

// Three connections whose bytes sort differently as text ("10" < "100" < "9").
core::CaptureListing threeConnections() {
    core::CaptureListing listing;
    const std::array<std::uint64_t, 3> bytes = {9, 100, 10};
    const std::array<core::Port, 3> ports = {443, 4430, 80};
    for (std::size_t i = 0; i < 3; ++i) {
        core::ConnectionSummary c;
        c.a = endpoint(static_cast<std::uint8_t>(i + 1), static_cast<core::Port>(40000 + i));
        c.b = endpoint(20, ports[i]);
        c.startMicros = 1'000'000 + static_cast<std::int64_t>(i) * 250'000;
        c.endMicros = c.startMicros + 1'500'000;
        c.packets = {3, 2};
        c.bytes = {bytes[i], 0};
        c.seen.synFromA = true;
        c.seen.synAckFromB = true;
        c.seen.fin = {true, true};
        listing.connections.push_back(c);
    }
    return listing;
}

} // namespace

TEST(ConnectionListModel, reusedTuple_twoRowsWithCountsAndEnd) {
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    const core::CaptureListing listing =
        core::listConnections({capturePath("loopback-reuse.pcapng")});
    model.setListing(listing);

    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), ConnectionListModel::ColumnCount);
    EXPECT_EQ(column(model, ConnectionListModel::NumberColumn), QStringList({"1", "2"}));
    EXPECT_EQ(column(model, ConnectionListModel::AColumn),
              QStringList({"127.0.0.1:40123", "127.0.0.1:40123"}));
    EXPECT_EQ(column(model, ConnectionListModel::BColumn),
              QStringList({"127.0.0.1:5558", "127.0.0.1:5558"}));
    EXPECT_EQ(column(model, ConnectionListModel::PacketsColumn), QStringList({"10", "10"}));
    EXPECT_EQ(column(model, ConnectionListModel::BytesAToBColumn), QStringList({"5", "5"}));
    EXPECT_EQ(column(model, ConnectionListModel::BytesBToAColumn), QStringList({"5", "5"}));
    EXPECT_EQ(column(model, ConnectionListModel::EndColumn), QStringList({"FIN", "FIN"}));
    EXPECT_EQ(model.index(0, ConnectionListModel::StartColumn).data().toString(), "0.000000");
    const std::int64_t secondStart =
        listing.connections[1].startMicros - listing.connections[0].startMicros;
    EXPECT_EQ(model.index(1, ConnectionListModel::StartColumn).data(ConnectionListModel::SortRole),
              QVariant::fromValue(static_cast<qlonglong>(secondStart)));
    EXPECT_GT(secondStart, 0);
    EXPECT_TRUE(model.index(0, ConnectionListModel::StartColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("(local time)"));
    EXPECT_EQ(model.headerData(ConnectionListModel::BytesAToBColumn, Qt::Horizontal).toString(),
              "Bytes A→B");
}

TEST(ConnectionListModel, refusedConnect_rstAndNoBytes) {
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setListing(core::listConnections({capturePath("rst-closed-port.pcap")}));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ConnectionListModel::EndColumn).data().toString(), "RST");
    EXPECT_EQ(model.index(0, ConnectionListModel::BColumn).data().toString(), "127.0.0.1:5557");
    EXPECT_EQ(model.index(0, ConnectionListModel::BytesAToBColumn).data().toString(), "0");
    EXPECT_EQ(model.index(0, ConnectionListModel::EndColumn).data(Qt::ToolTipRole).toString(),
              "A RST was seen");
    EXPECT_EQ(
        model.index(0, ConnectionListModel::DurationColumn).data(ConnectionListModel::SortRole),
        QVariant::fromValue(static_cast<qlonglong>(model.connection(0)->endMicros -
                                                   model.connection(0)->startMicros)));
    EXPECT_EQ(model.connection(1), nullptr);
}

TEST(ConnectionListModel, ends_allFiveTranslatableWords) {
    EXPECT_EQ(ConnectionListModel::endText(core::ConnectionEnd::Fin), "FIN");
    EXPECT_EQ(ConnectionListModel::endText(core::ConnectionEnd::Reset), "RST");
    EXPECT_EQ(ConnectionListModel::endText(core::ConnectionEnd::Open), "open");
    EXPECT_EQ(ConnectionListModel::endText(core::ConnectionEnd::HandshakeOnly), "handshake only");
    EXPECT_EQ(ConnectionListModel::endText(core::ConnectionEnd::Incomplete), "incomplete");
}

TEST(ConnectionListModel, startAndDuration_secondsFromTheFirstConnection) {
    ConnectionListModel model;
    model.setListing(threeConnections());
    EXPECT_EQ(column(model, ConnectionListModel::StartColumn),
              QStringList({"0.000000", "0.250000", "0.500000"}));
    EXPECT_EQ(column(model, ConnectionListModel::DurationColumn),
              QStringList({"1.500000", "1.500000", "1.500000"}));
    EXPECT_EQ(model.index(0, ConnectionListModel::PacketsColumn).data(Qt::ToolTipRole).toString(),
              "A→B: 3, B→A: 2");
}

TEST(ConnectionFilter, sortByBytes_isNumeric) {
    ConnectionListModel model;
    ConnectionFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, kFatal);
    model.setListing(threeConnections());
    filter.sort(ConnectionListModel::BytesAToBColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(filter, ConnectionListModel::BytesAToBColumn),
              QStringList({"9", "10", "100"}));
    filter.sort(ConnectionListModel::BytesAToBColumn, Qt::DescendingOrder);
    EXPECT_EQ(column(filter, ConnectionListModel::NumberColumn), QStringList({"2", "3", "1"}));
}

TEST(ConnectionFilter, digits_matchAPortExactly) {
    ConnectionListModel model;
    ConnectionFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, kFatal);
    model.setListing(threeConnections());
    filter.setFilterText("443");
    EXPECT_EQ(column(filter, ConnectionListModel::BColumn), QStringList({"10.0.0.20:443"}));
    filter.setFilterText("40002");
    EXPECT_EQ(column(filter, ConnectionListModel::NumberColumn), QStringList({"3"}));
}

TEST(ConnectionFilter, addressWords_matchPartOfAnEndpoint_allWordsMustMatch) {
    ConnectionListModel model;
    ConnectionFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, kFatal);
    model.setListing(threeConnections());
    filter.setFilterText("10.0.0.2");
    EXPECT_EQ(filter.rowCount(), 3); // every B is 10.0.0.20
    filter.setFilterText(" 10.0.0.2:  ");
    EXPECT_EQ(column(filter, ConnectionListModel::AColumn), QStringList({"10.0.0.2:40001"}));
    filter.setFilterText("10.0.0.20 80");
    EXPECT_EQ(column(filter, ConnectionListModel::NumberColumn), QStringList({"3"}));
    filter.setFilterText("10.0.0.1: 80");
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setFilterText("192.168");
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setFilterText("");
    EXPECT_EQ(filter.rowCount(), 3);
}
