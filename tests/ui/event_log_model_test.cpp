#include "panels_test_support.h"
#include "ui/event_log_model.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace core;
using panels_test::builtInTrace;
using ui::EventLogModel;

namespace {

// The first row whose description is `text`, -1 if none.
int rowWithDescription(const EventLogModel& model, const QString& text) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, EventLogModel::EventColumn).data().toString() == text)
            return row;
    return -1;
}

QAbstractItemModelTester::FailureReportingMode kFatal =
    QAbstractItemModelTester::FailureReportingMode::Fatal;

} // namespace

TEST(EventLogModel, defaultScenario_oneRowPerEventInThreeColumns) {
    EventLogModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    const auto trace = builtInTrace("default");
    model.setTrace(trace);
    EXPECT_EQ(model.rowCount(), static_cast<int>(trace->events.size()));
    EXPECT_EQ(model.columnCount(), 3);
    EXPECT_EQ(model.headerData(EventLogModel::TimeColumn, Qt::Horizontal).toString(), "Time");
    EXPECT_EQ(model.headerData(EventLogModel::EventColumn, Qt::Horizontal).toString(), "Event");
}

TEST(EventLogModel, synRow_showsTimeEndpointAndWords) {
    EventLogModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setTrace(builtInTrace("default"));
    const int row = rowWithDescription(model, "sends SYN seq=100");
    ASSERT_EQ(row, 4); // listen, LISTEN, connect(), SYN-SENT, then the SYN
    EXPECT_EQ(model.index(row, EventLogModel::TimeColumn).data().toString(),
              QString::fromUtf8("0.100\u2009000\u00a0s"));
    EXPECT_EQ(model.index(row, EventLogModel::EndpointColumn).data().toString(), "client:49152");
    EXPECT_EQ(model.index(row, 0).data(Qt::ToolTipRole).toString(),
              QString::fromUtf8("0.100\u2009000\u00a0s \u2014 client:49152 sends SYN seq=100"));
    EXPECT_EQ(model.index(row, 1).data(EventLogModel::EventIndexRole).toInt(), row);
    EXPECT_EQ(model.eventIndex(model.index(row, 2)), row);
    EXPECT_EQ(model.index(row, 2).data(EventLogModel::EventKindRole).toInt(),
              static_cast<int>(ui::EventKind::Sent));
    EXPECT_FALSE(model.index(row, EventLogModel::EventColumn).data(Qt::DecorationRole).isNull());
}

TEST(EventLogModel, stateChange_isBold_dropIsRed) {
    EventLogModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setTrace(builtInTrace("loss-syn"));
    model.setDimFuture(false);
    const int state =
        rowWithDescription(model, QString::fromUtf8("CLOSED → LISTEN (passive OPEN)"));
    ASSERT_GE(state, 0);
    EXPECT_TRUE(model.index(state, 2).data(Qt::FontRole).value<QFont>().bold());
    const int drop = rowWithDescription(model, "SYN seq=100 dropped by a fault");
    ASSERT_GE(drop, 0);
    const QColor red = model.index(drop, 2).data(Qt::ForegroundRole).value<QBrush>().color();
    EXPECT_GT(red.red(), 2 * red.green());
    EXPECT_FALSE(model.index(drop, 2).data(Qt::FontRole).value<QFont>().bold());
}

TEST(EventLogModel, currentEvent_highlightsItsRowAndDimsTheFuture) {
    EventLogModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setTrace(builtInTrace("default"));
    EXPECT_EQ(model.currentEvent(), -1);
    EXPECT_TRUE(model.index(0, 0).data(EventLogModel::IsFutureRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCurrentEvent(5);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 0);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), 5);
    EXPECT_TRUE(model.index(5, 1).data(EventLogModel::IsCurrentRole).toBool());
    EXPECT_FALSE(model.index(4, 1).data(EventLogModel::IsCurrentRole).toBool());
    EXPECT_TRUE(model.index(5, 1).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model.index(4, 1).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model.index(5, 1).data(EventLogModel::IsFutureRole).toBool());
    EXPECT_TRUE(model.index(6, 1).data(EventLogModel::IsFutureRole).toBool());
    EXPECT_TRUE(model.index(6, 1).data(Qt::ForegroundRole).isValid()); // dimmed

    model.setCurrentEvent(3);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(1).at(0).toModelIndex().row(), 3);
    EXPECT_EQ(changed.at(1).at(1).toModelIndex().row(), 5);
    model.setCurrentEvent(3);
    EXPECT_EQ(changed.count(), 2); // no change, no signal
}

TEST(EventLogModel, currentEvent_isClampedToTheTrace) {
    EventLogModel model;
    model.setTrace(builtInTrace("default"));
    model.setCurrentEvent(100000);
    EXPECT_EQ(model.currentEvent(), model.rowCount() - 1);
    model.setCurrentEvent(-7);
    EXPECT_EQ(model.currentEvent(), -1);
}

TEST(EventLogModel, newTrace_resetsThePlayhead) {
    EventLogModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setTrace(builtInTrace("default"));
    model.setCurrentEvent(10);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const auto other = builtInTrace("setup-closed-port");
    model.setTrace(other);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.currentEvent(), -1);
    EXPECT_EQ(model.rowCount(), static_cast<int>(other->events.size()));
    model.setTrace(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}
