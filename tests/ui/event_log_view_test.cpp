#include "panels_test_support.h"
#include "ui/event_log_model.h"
#include "ui/event_log_view.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using panels_test::builtInTrace;
using ui::EventLogModel;
using ui::EventLogView;

namespace {

int selectedEvent(const EventLogView& view) {
    const QModelIndexList rows = view.tableView()->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(EventLogModel::EventIndexRole).toInt() : -1;
}

} // namespace

TEST(EventLogView, followEvent_selectsTheRowWithoutActivating) {
    EventLogView view;
    view.resize(600, 300);
    view.setTrace(builtInTrace("default"));
    QSignalSpy activated(&view, &EventLogView::eventActivated);
    view.followEvent(7);
    EXPECT_EQ(selectedEvent(view), 7);
    EXPECT_EQ(view.model()->currentEvent(), 7);
    view.followEvent(-1);
    EXPECT_EQ(selectedEvent(view), -1);
    EXPECT_EQ(activated.count(), 0);
}

TEST(EventLogView, clickOnRow_activatesItsEvent) {
    EventLogView view;
    view.resize(600, 300);
    view.setTrace(builtInTrace("default"));
    view.show();
    QSignalSpy activated(&view, &EventLogView::eventActivated);
    QTableView* table = view.tableView();
    const QRect cell = table->visualRect(table->model()->index(3, EventLogModel::EventColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_GE(activated.count(), 1);
    EXPECT_EQ(activated.last().at(0).toInt(), 3);
}

TEST(EventLogView, enterOnRow_activatesItsEvent) {
    EventLogView view;
    view.setTrace(builtInTrace("default"));
    view.followEvent(9);
    QSignalSpy activated(&view, &EventLogView::eventActivated);
    QTest::keyClick(view.tableView(), Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toInt(), 9);
}

TEST(EventLogView, textFilter_keepsMatchingRows_andActivationMapsToTheTrace) {
    EventLogView view;
    view.resize(600, 300);
    view.setTrace(builtInTrace("setup-closed-port"));
    view.filterEdit()->setText("rst");
    view.applyTextFilter();
    const QAbstractItemModel* shown = view.tableView()->model();
    ASSERT_EQ(shown->rowCount(), 3); // sent, arrived, and CLOSED by RST
    for (int row = 0; row < shown->rowCount(); ++row)
        EXPECT_TRUE(
            shown->index(row, 0).data(EventLogModel::SentenceRole).toString().contains("RST"));

    view.show();
    QSignalSpy activated(&view, &EventLogView::eventActivated);
    const QRect cell = view.tableView()->visualRect(shown->index(1, EventLogModel::EventColumn));
    QTest::mouseClick(view.tableView()->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_GE(activated.count(), 1);
    EXPECT_EQ(activated.last().at(0).toInt(),
              shown->index(1, 0).data(EventLogModel::EventIndexRole).toInt());
    EXPECT_GT(activated.last().at(0).toInt(), 1);
}

TEST(EventLogView, kindFilter_stateChanges_hidesOtherRows) {
    EventLogView view;
    view.setTrace(builtInTrace("default"));
    view.kindFilter()->setCurrentIndex(view.kindFilter()->findText("State changes"));
    const QAbstractItemModel* shown = view.tableView()->model();
    ASSERT_GT(shown->rowCount(), 5);
    for (int row = 0; row < shown->rowCount(); ++row)
        EXPECT_EQ(shown->index(row, 0).data(EventLogModel::EventKindRole).toInt(),
                  static_cast<int>(ui::EventKind::StateChange));
    view.followEvent(4); // the SYN: filtered out, so nothing is selected
    EXPECT_EQ(selectedEvent(view), -1);
    view.followEvent(3); // CLOSED -> SYN-SENT
    EXPECT_EQ(selectedEvent(view), 3);
}
