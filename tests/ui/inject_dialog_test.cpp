#include "core/scenario_edit.h"
#include "core/simulate.h"
#include "qt_printers.h"
#include "scenario_builder.h"
#include "trace_queries.h"
#include "ui/inject_dialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <gtest/gtest.h>

using namespace core;
using testsupport::ScenarioBuilder;

namespace {

// client:49152 (ISN 100) connects at 100 ms to server:80 (ISN 300) over 50 ms
// links; at 1 s both ends are ESTABLISHED, RCV.NXT 301 and 101.
Scenario connection(Profile profile = textbookProfile()) {
    ScenarioBuilder b = ScenarioBuilder::clientServer(std::move(profile));
    b.connectAt(100ms, "client", "server", 80).sendAt(2s, "client", 5).end(10s);
    return b.build();
}

struct Fixture {
    explicit Fixture(const Scenario& s = connection(), Micros now = 1s)
        : scenario(s), trace(std::make_shared<const Trace>(simulate(s))),
          dialog(scenario, trace, now) {}
    ConnId conn(const std::string& socket) const { return testsupport::connNamed(*trace, socket); }

    Scenario scenario;
    std::shared_ptr<const Trace> trace;
    ui::InjectDialog dialog;
};

TEST(InjectDialog, targets_areTheOpenConnectionsAtNow) {
    Fixture f;
    EXPECT_EQ(f.dialog.targets(), (std::vector<ConnId>{f.conn("client"), f.conn("srv/1")}));
    Fixture early(connection(), 120ms);
    EXPECT_EQ(early.dialog.targets(), (std::vector<ConnId>{early.conn("client")})) << "SYN-SENT";
}

TEST(InjectDialog, defaults_offPathRstInTheWindowOfTheFirstTarget) {
    Fixture f;
    const auto spec = f.dialog.spec();
    ASSERT_TRUE(spec);
    EXPECT_EQ(*spec, rstInto(*f.trace, f.scenario, 1s, f.conn("client"), RstSender::OffPath, {}));
    EXPECT_EQ(spec->seq, 301u);
    EXPECT_TRUE(f.dialog.preview().contains("resets the connection"))
        << f.dialog.preview().toStdString();
}

TEST(InjectDialog, choices_makeTheMatchingRst) {
    Fixture f;
    f.dialog.setTarget(f.conn("srv/1"));
    f.dialog.setSender(RstSender::Peer);
    f.dialog.setSeqChoice({SeqChoice::Kind::OutOfWindow, 0});
    auto spec = f.dialog.spec();
    ASSERT_TRUE(spec);
    EXPECT_EQ(spec->from, "client");
    EXPECT_EQ(spec->to, "server");
    EXPECT_EQ(spec->seq, 101u + (1u << 30));
    EXPECT_TRUE(f.dialog.preview().contains("outside every possible receive window"));

    f.dialog.setSeqChoice({SeqChoice::Kind::Exact, 4000});
    spec = f.dialog.spec();
    ASSERT_TRUE(spec);
    EXPECT_EQ(spec->seq, 4000u);
    EXPECT_TRUE(f.dialog.preview().contains("If seq lies in the target's receive window"));
}

TEST(InjectDialog, linuxProfile_warnsOfTheChallengeAck) {
    Fixture f(connection(linuxProfile()));
    f.dialog.setSeqChoice({SeqChoice::Kind::Exact, 305});
    EXPECT_TRUE(f.dialog.preview().contains("challenge ACK")) << f.dialog.preview().toStdString();
}

TEST(InjectDialog, synSentTarget_offersAnAckOfItsSyn) {
    Fixture f(connection(), 120ms);
    const auto spec = f.dialog.spec();
    ASSERT_TRUE(spec);
    EXPECT_EQ(spec->flags, Flag::Rst | Flag::Ack);
    EXPECT_EQ(spec->ack, 101u);
    EXPECT_TRUE(f.dialog.preview().contains("the connection is refused"));
}

TEST(InjectDialog, crafted_takesFlagsNumbersDataAndCopiesFromTheFields) {
    Fixture f;
    f.dialog.setCrafted(true);
    EXPECT_TRUE(f.dialog.flagBox(Flag::Rst)->isChecked()) << "starts from the RST";
    EXPECT_EQ(f.dialog.seqEdit()->text(), "301");
    f.dialog.flagBox(Flag::Rst)->setChecked(false);
    f.dialog.flagBox(Flag::Syn)->setChecked(true);
    f.dialog.seqEdit()->setText("5000");
    f.dialog.payloadEdit()->setText("x");
    f.dialog.countBox()->setValue(3);
    const auto spec = f.dialog.spec();
    ASSERT_TRUE(spec);
    EXPECT_EQ(spec->flags, Flags(Flag::Syn));
    EXPECT_EQ(spec->seq, 5000u);
    EXPECT_EQ(spec->payload, "x");
    EXPECT_EQ(spec->count, 3);
    EXPECT_EQ(spec->every, 10ms);
    EXPECT_EQ(spec->to, "client") << "still aimed at the target";
}

TEST(InjectDialog, badNumber_disablesInject) {
    Fixture f;
    f.dialog.setSeqChoice({SeqChoice::Kind::Exact, 0});
    f.dialog.exactSeqEdit()->clear();
    f.dialog.setSeqChoice({SeqChoice::Kind::Exact, 0});
    EXPECT_TRUE(f.dialog.spec()) << "setting the choice fills in the number";
    f.dialog.exactSeqEdit()->clear();
    f.dialog.setSeqChoice({SeqChoice::Kind::InWindow, 0});
    f.dialog.setCrafted(true);
    f.dialog.ackEdit()->setText("4294967296");
    EXPECT_FALSE(f.dialog.spec());
    EXPECT_FALSE(f.dialog.injectButton()->isEnabled());
    EXPECT_EQ(f.dialog.preview(), "Give sequence numbers from 0 to 4294967295.");
}

TEST(InjectDialog, inject_emitsTheSpecOnceAndCloses) {
    Fixture f;
    f.dialog.show();
    std::vector<InjectSpec> sent;
    QObject::connect(&f.dialog, &ui::InjectDialog::injectRequested,
                     [&sent](const InjectSpec& s) { sent.push_back(s); });
    f.dialog.injectButton()->click();
    ASSERT_EQ(sent.size(), 1u);
    EXPECT_EQ(sent[0], *f.dialog.spec());
    EXPECT_EQ(f.dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(f.dialog.isVisible());
}

TEST(InjectDialog, senderThatIsDown_cannotInject) {
    Scenario s = connection();
    s.hosts.push_back({"attacker", *parseAddress("10.0.0.66")});
    Fixture f(crashHost(s, 500ms, "attacker"));
    EXPECT_FALSE(f.dialog.injectButton()->isEnabled());
    EXPECT_EQ(f.dialog.preview(), "attacker is down at 1.000 s and cannot send anything. Restart "
                                  "it first.");
    f.dialog.setSender(RstSender::Peer);
    EXPECT_TRUE(f.dialog.injectButton()->isEnabled()) << "the peer is up";
}

TEST(InjectDialog, noOpenConnection_saysSoAndCannotInject) {
    Fixture f(connection(), 50ms);
    EXPECT_TRUE(f.dialog.targets().empty());
    EXPECT_FALSE(f.dialog.injectButton()->isEnabled());
    EXPECT_TRUE(f.dialog.preview().startsWith("No connection is open at 0.050 s"));
}

} // namespace
