#include "panels_test_support.h"
#include "ui/scenario_list_model.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using panels_test::builtInItems;
using ui::LibraryItem;
using ui::ScenarioListModel;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QStringList topLevel(const QAbstractItemModel& model) {
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data().toString();
    return names;
}

QStringList childIds(const QAbstractItemModel& model, const QModelIndex& parent) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row)
        ids << model.index(row, 0, parent).data(ScenarioListModel::IdRole).toString();
    return ids;
}

} // namespace

TEST(ScenarioListModel, builtIns_topicsInTeachingOrder) {
    ScenarioListModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setItems(builtInItems());
    EXPECT_EQ(
        topLevel(model),
        QStringList({"Connection setup", "Why three handshakes", "Connection teardown", "TIME-WAIT",
                     "Loss and retransmission", "What identifies a connection", "Keep-alive",
                     "TCP vs UDP", "Attacks and defences", "RFC 9293 figures"}));
}

TEST(ScenarioListModel, builtIns_scenariosUnderTheirTopic_numbersByValue) {
    ScenarioListModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setItems(builtInItems());
    const QModelIndex figures = model.index(9, 0);
    EXPECT_EQ(figures.data(ScenarioListModel::TopicRole).toString(), "rfc-figures");
    EXPECT_EQ(childIds(model, figures),
              QStringList({"rfc-figure-6", "rfc-figure-7", "rfc-figure-8", "rfc-figure-9",
                           "rfc-figure-10", "rfc-figure-11", "rfc-figure-12", "rfc-figure-13"}));
    EXPECT_EQ(childIds(model, model.index(0, 0)),
              QStringList({"default", "setup-closed-port", "setup-data-on-ack",
                           "setup-simultaneous-open", "setup-three-way"}));
}

TEST(ScenarioListModel, scenarioRoles_titleIdDescription) {
    ScenarioListModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setItems(builtInItems());
    const QModelIndex lossSyn = model.indexOfScenario("loss-syn");
    ASSERT_TRUE(lossSyn.isValid());
    EXPECT_EQ(lossSyn.parent().data().toString(), "Loss and retransmission");
    EXPECT_EQ(lossSyn.data().toString(), "The SYN is lost twice: retransmission with backoff");
    EXPECT_EQ(lossSyn.data(ScenarioListModel::IdRole).toString(), "loss-syn");
    EXPECT_TRUE(
        lossSyn.data(ScenarioListModel::DescriptionRole).toString().startsWith("The client"))
        << lossSyn.data(ScenarioListModel::DescriptionRole).toString().toStdString();
    EXPECT_TRUE(lossSyn.data(Qt::ToolTipRole).toString().contains("retransmi"));
    EXPECT_FALSE(lossSyn.data(ScenarioListModel::IsTopicRole).toBool());
    EXPECT_EQ(model.item(lossSyn)->id, "loss-syn");
    EXPECT_EQ(model.item(lossSyn.parent()), nullptr);
    EXPECT_FALSE(model.indexOfScenario("no-such-scenario").isValid());
}

TEST(ScenarioListModel, unknownTopic_shownAsIs_afterTheKnownOnes) {
    ScenarioListModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setItems(
        {{"b", "B", "zebras", "about zebras"}, {"a", "A", "teardown", ""}, {"c", "", "setup", ""}});
    EXPECT_EQ(topLevel(model), QStringList({"Connection setup", "Connection teardown", "zebras"}));
    EXPECT_EQ(model.index(0, 0, model.index(0, 0)).data().toString(), "c"); // no title: the id
    model.setItems({});
    EXPECT_EQ(model.rowCount(), 0);
}
