#include "library_scenarios.h"
#include "ui/segment_fields_model.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using namespace core;
using ui::SegmentFieldsModel;

namespace {

QString cell(const SegmentFieldsModel& m, const QString& field, int column) {
    const int row = m.rowOf(field);
    if (row < 0)
        return QStringLiteral("<no row %1>").arg(field);
    return m.data(m.index(row, column)).toString();
}

QString value(const SegmentFieldsModel& m, const QString& field) {
    return cell(m, field, SegmentFieldsModel::ValueColumn);
}

QString note(const SegmentFieldsModel& m, const QString& field) {
    return cell(m, field, SegmentFieldsModel::NoteColumn);
}

} // namespace

TEST(SegmentFieldsModel, passesTheModelTester_throughSetAndClear) {
    const Trace t = testsupport::runLibraryScenario("tcp-vs-udp");
    SegmentFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), 3);
    model.setSegment(t, 0); // TCP
    EXPECT_GT(model.rowCount(), 20);
    model.setSegment(t, 1); // UDP
    EXPECT_GT(model.rowCount(), 5);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
}

TEST(SegmentFieldsModel, synAckOfDefault_showsItsFields) {
    const Trace t = testsupport::runLibraryScenario("default");
    SegmentFieldsModel m;
    m.setSegment(t, 1);
    EXPECT_EQ(value(m, "Source"), QStringLiteral("10.0.0.2:80"));
    EXPECT_EQ(note(m, "Source"), QStringLiteral("server"));
    EXPECT_EQ(value(m, "Destination"), QStringLiteral("10.0.0.1:49152"));
    EXPECT_EQ(value(m, "Sequence number"), QStringLiteral("300"));
    EXPECT_EQ(note(m, "Sequence number"), QStringLiteral("relative 0 (ISN 300)"));
    EXPECT_EQ(value(m, "Acknowledgment number"), QStringLiteral("101"));
    EXPECT_EQ(note(m, "Acknowledgment number"), QStringLiteral("relative 1 (ISN 100)"));
    EXPECT_EQ(value(m, "SYN"), QStringLiteral("1"));
    EXPECT_EQ(value(m, "ACK"), QStringLiteral("1"));
    EXPECT_EQ(value(m, "FIN"), QStringLiteral("0"));
    EXPECT_EQ(value(m, "RST"), QStringLiteral("0"));
    EXPECT_EQ(value(m, "Data offset"), QStringLiteral("6")); // 20 bytes + the 4-byte MSS option
    EXPECT_EQ(value(m, "MSS"), QStringLiteral("1460"));
    EXPECT_EQ(value(m, "Window"), QStringLiteral("65535"));
    EXPECT_EQ(value(m, "Sent"), QStringLiteral("0.150000 s"));
    EXPECT_EQ(value(m, "Arrived"), QStringLiteral("0.200000 s"));
    EXPECT_EQ(value(m, "Payload length"), QStringLiteral("0 bytes"));
    EXPECT_EQ(m.rowOf("Payload (text)"), -1);
}

TEST(SegmentFieldsModel, checksum_isTheOneOnTheWire_andVerified) {
    const Trace t = testsupport::runLibraryScenario("default");
    SegmentFieldsModel m;
    m.setSegment(t, 3); // the client's "hello"
    const std::uint16_t sent = t.segments[3].header.checksum;
    EXPECT_EQ(value(m, "Checksum"), QStringLiteral("0x%1").arg(sent, 4, 16, QLatin1Char('0')));
    EXPECT_TRUE(note(m, "Checksum").startsWith(QStringLiteral("correct")));
    EXPECT_EQ(value(m, "Payload length"), QStringLiteral("5 bytes"));
    EXPECT_EQ(value(m, "Payload (text)"), QStringLiteral("hello"));
    EXPECT_EQ(value(m, "Payload (hex)"), QStringLiteral("68 65 6c 6c 6f"));
    EXPECT_EQ(value(m, "PSH"), QStringLiteral("1"));
    EXPECT_EQ(note(m, "Sequence number"), QStringLiteral("relative 1 (ISN 100)"));
}

TEST(SegmentFieldsModel, firstSyn_hasNoAcknowledgment) {
    const Trace t = testsupport::runLibraryScenario("default");
    SegmentFieldsModel m;
    m.setSegment(t, 0);
    EXPECT_EQ(note(m, "Acknowledgment number"), QStringLiteral("not significant: ACK is not set"));
    EXPECT_EQ(note(m, "Sequence number"), QStringLiteral("relative 0 (ISN 100)"));
}

TEST(SegmentFieldsModel, udpDatagram_showsPortsLengthAndPayloadOnly) {
    const Trace t = testsupport::runLibraryScenario("tcp-vs-udp");
    SegmentFieldsModel m;
    m.setSegment(t, 1);
    EXPECT_EQ(value(m, "Destination"), QStringLiteral("10.0.0.2:9000"));
    EXPECT_EQ(value(m, "Length"), QString::number(8 + t.segments[1].payloadLength));
    EXPECT_EQ(m.rowOf("Sequence number"), -1);
    EXPECT_EQ(m.rowOf("SYN"), -1);
    EXPECT_TRUE(note(m, "Checksum").startsWith(QStringLiteral("correct")));
}

TEST(SegmentFieldsModel, isnBefore_followsTheLastNewSynOfEachDirection) {
    const Trace t = testsupport::runLibraryScenario("loss-syn");
    // The retransmitted SYN #2 counts from the first SYN's number, the
    // SYN-ACK #3 from its own, and its ACK field from the client's.
    EXPECT_EQ(ui::isnBefore(t, 2, false), 100u);
    EXPECT_EQ(ui::isnBefore(t, 3, false), 300u);
    EXPECT_EQ(ui::isnBefore(t, 3, true), 100u);
    EXPECT_EQ(ui::isnBefore(t, 0, true), std::nullopt);
}
