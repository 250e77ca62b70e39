#include "library_scenarios.h"
#include "ui/segment_inspector.h"
#include "ui/tcp_header_diagram.h"

#include <QAbstractItemModel>
#include <QTableView>
#include <gtest/gtest.h>
#include <optional>

using namespace core;
using ui::SegmentInspector;
using ui::TcpHeaderDiagram;

namespace {

std::shared_ptr<const Trace> library(const std::string& id) {
    return std::make_shared<const Trace>(testsupport::runLibraryScenario(id));
}

// The Value cell of the table row whose Field cell reads `field`.
QString tableValue(const SegmentInspector& inspector, const QString& field) {
    const QAbstractItemModel* m = inspector.fieldsView()->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, 0).data().toString() == field)
            return m->index(row, 1).data().toString();
    }
    return QStringLiteral("<no row %1>").arg(field);
}

std::optional<TcpHeaderDiagram::Cell> headerCell(const SegmentInspector& inspector,
                                                 const QString& name) {
    for (const TcpHeaderDiagram::Cell& c : inspector.headerDiagram()->cells()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

} // namespace

TEST(SegmentInspector, empty_asksForAClick) {
    const SegmentInspector inspector;
    EXPECT_EQ(inspector.segmentId(), kNone);
    EXPECT_EQ(inspector.fateText(),
              QStringLiteral("Click a segment in the diagram to inspect it."));
    EXPECT_EQ(inspector.fieldsView()->model()->rowCount(), 0);
}

TEST(SegmentInspector, setSegment_showsFateTableAndHeader) {
    SegmentInspector inspector;
    inspector.resize(640, 800);
    inspector.setSegment(library("default"), 1);
    EXPECT_EQ(inspector.segmentId(), 1);
    EXPECT_TRUE(inspector.fateText().startsWith(QStringLiteral("#1 server:80 → client:49152")));
    EXPECT_EQ(tableValue(inspector, "Sequence number"), QStringLiteral("300"));
    EXPECT_EQ(tableValue(inspector, "Acknowledgment number"), QStringLiteral("101"));
    EXPECT_EQ(tableValue(inspector, "SYN"), QStringLiteral("1"));
    EXPECT_EQ(tableValue(inspector, "FIN"), QStringLiteral("0"));

    const auto syn = headerCell(inspector, "SYN");
    ASSERT_TRUE(syn);
    EXPECT_TRUE(syn->set);
    EXPECT_EQ(syn->value, QStringLiteral("1"));
    const auto fin = headerCell(inspector, "FIN");
    ASSERT_TRUE(fin);
    EXPECT_FALSE(fin->set);
    EXPECT_EQ(headerCell(inspector, "Sequence Number")->value, QStringLiteral("300"));
    EXPECT_EQ(headerCell(inspector, "Source Port")->value, QStringLiteral("80"));
}

TEST(SegmentInspector, headerDiagram_flagCellsAreOneBitWide_andInHeaderOrder) {
    SegmentInspector inspector;
    inspector.resize(640, 800);
    inspector.setSegment(library("default"), 1);
    const auto cells = inspector.headerDiagram()->cells();
    std::vector<QString> flags;
    double bit = 0.0;
    for (const TcpHeaderDiagram::Cell& c : cells) {
        if (c.flag) {
            flags.push_back(c.name);
            bit = c.rect.width();
        }
    }
    EXPECT_EQ(flags,
              (std::vector<QString>{"CWR", "ECE", "URG", "ACK", "PSH", "RST", "SYN", "FIN"}));
    const auto seq = headerCell(inspector, "Sequence Number");
    ASSERT_TRUE(seq);
    EXPECT_DOUBLE_EQ(seq->rect.width(), 32 * bit);
}

TEST(SegmentInspector, udpDatagram_saysItHasNoHandshake) {
    SegmentInspector inspector;
    inspector.setSegment(library("tcp-vs-udp"), 1);
    EXPECT_TRUE(inspector.fateText().contains(
        QStringLiteral("UDP datagram: no sequence numbers, no handshake")));
    EXPECT_EQ(tableValue(inspector, "Destination"), QStringLiteral("10.0.0.2:9000"));
    EXPECT_FALSE(headerCell(inspector, "SYN"));
    EXPECT_TRUE(headerCell(inspector, "Length"));
}

TEST(SegmentInspector, clearAndBadIds_returnToTheEmptyState) {
    SegmentInspector inspector;
    const auto trace = library("default");
    inspector.setSegment(trace, 2);
    inspector.clear();
    EXPECT_EQ(inspector.segmentId(), kNone);
    EXPECT_EQ(inspector.fieldsView()->model()->rowCount(), 0);
    EXPECT_TRUE(headerCell(inspector, "SYN")->value.isEmpty());
    inspector.setSegment(trace, static_cast<SegId>(trace->segments.size()));
    EXPECT_EQ(inspector.segmentId(), kNone);
    inspector.setSegment(nullptr, 0);
    EXPECT_EQ(inspector.segmentId(), kNone);
}
