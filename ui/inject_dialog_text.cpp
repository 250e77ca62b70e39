// What the inject dialog says: the choices with their numbers for the chosen
// connection, and what RFC 9293 (or RFC 5961) makes of the segment.
#include "ui/edit_text.h"
#include "ui/inject_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

namespace ui {
namespace {

// The largest receive window TCP can offer: 65535 scaled by 2^14 (RFC 7323 2.3).
constexpr std::uint32_t kLargestWindow = 65535u << 14;

std::optional<core::InjectSpec> tryRst(const core::Trace& trace, const core::Scenario& scenario,
                                       core::Micros now, core::ConnId target,
                                       core::RstSender sender, core::SeqChoice::Kind kind) {
    try {
        return core::rstInto(trace, scenario, now, target, sender, {kind, 0});
    } catch (const core::EditError&) {
        return std::nullopt;
    }
}

bool hasHost(const core::Scenario& scenario, const std::string& name) {
    return std::any_of(scenario.hosts.begin(), scenario.hosts.end(),
                       [&name](const core::HostSpec& h) { return h.name == name; });
}

} // namespace

void InjectDialog::refresh() {
    const int index = m_target->currentIndex();
    const bool crafted = m_craftToggle->isChecked(); // the fields say seq and ack
    for (QWidget* w : std::initializer_list<QWidget*>{m_fromPeer, m_offPath})
        w->setEnabled(index >= 0);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_inWindow, m_outOfWindow, m_exact, m_exactSeq})
        w->setEnabled(index >= 0 && !crafted);
    m_every->setEnabled(m_count->value() > 1);
    if (index < 0) {
        m_preview->setText(tr("No connection is open at %1, so there is nothing to reset. Move "
                              "the playhead to a time when a connection is open.")
                               .arg(EditText::time(m_now)));
        m_inject->setEnabled(false);
        return;
    }
    updateChoiceTexts(m_targets[static_cast<std::size_t>(index)]);
    updatePreview();
}

// The sender and number choices name the hosts and numbers they stand for.
void InjectDialog::updateChoiceTexts(core::ConnId target) {
    using Kind = core::SeqChoice::Kind;
    const auto peer = tryRst(*m_trace, m_scenario, m_now, target, core::RstSender::Peer, {});
    const auto in = tryRst(*m_trace, m_scenario, m_now, target, core::RstSender::OffPath, {});
    const auto out =
        tryRst(*m_trace, m_scenario, m_now, target, core::RstSender::OffPath, Kind::OutOfWindow);
    if (!in || !out)
        return;
    const QString claimed = QString::fromStdString(in->src) + u':' + QString::number(in->srcPort);
    const QString attacker = QString::fromStdString(in->from);
    m_offPath->setText(
        hasHost(m_scenario, in->from)
            ? tr("An off-path host, %1, that claims to be %2").arg(attacker, claimed)
            : tr("An off-path host, %1 (added to the scenario), that claims to be %2")
                  .arg(attacker, claimed));
    m_fromPeer->setText(tr("Its peer %1 itself").arg(claimed));
    m_fromPeer->setEnabled(peer.has_value());
    if (!peer && m_fromPeer->isChecked())
        m_offPath->setChecked(true);

    const bool synSent = in->flags.has(core::Flag::Ack);
    m_inWindow->setText(
        synSent ? tr("Acceptable: ack=%1, which acknowledges its SYN").arg(in->ack)
                : tr("In the window: seq=%1, just what it expects next (RCV.NXT)").arg(in->seq));
    m_outOfWindow->setText(synSent
                               ? tr("Unacceptable: ack=%1").arg(out->ack)
                               : tr("Out of the window: seq=%1 (RCV.NXT + 2^30)").arg(out->seq));
    m_exactSeq->setPlaceholderText(QString::number(in->seq));
}

void InjectDialog::updatePreview() {
    const std::optional<core::InjectSpec> s = spec();
    if (s && hasHost(m_scenario, s->from) && !core::hostUpAt(m_scenario, s->from, m_now)) {
        m_inject->setEnabled(false); // a host that is down sends nothing
        m_preview->setText(tr("%1 is down at %2 and cannot send anything. Restart it first.")
                               .arg(QString::fromStdString(s->from), EditText::time(m_now)));
        return;
    }
    m_inject->setEnabled(s.has_value());
    m_preview->setText(
        s ? tr("At %1 this sends %2.").arg(EditText::time(m_now), EditText::injected(*s)) +
                QStringLiteral("\n\n") + expectation(*s)
          : tr("Give sequence numbers from 0 to 4294967295."));
}

// What the target does with the segment, as far as the choice decides it.
QString InjectDialog::expectation(const core::InjectSpec& spec) const {
    if (!spec.flags.has(core::Flag::Rst))
        return tr("Watch the diagram for what the target makes of it.");
    const core::ConnId target = m_targets[static_cast<std::size_t>(m_target->currentIndex())];
    const std::optional<core::SeqNum> rcvNxt = core::rcvNxtAt(*m_trace, target, m_now);
    if (!rcvNxt) {
        const auto in = tryRst(*m_trace, m_scenario, m_now, target, core::RstSender::OffPath, {});
        const bool acceptable = in && spec.flags.has(core::Flag::Ack) && spec.ack == in->ack;
        return acceptable ? tr("In SYN-SENT a RST counts only when its ACK acknowledges the SYN. "
                               "This one does: the connection is refused (RFC 9293 3.10.7.3).")
                          : tr("In SYN-SENT a RST counts only when its ACK acknowledges the SYN. "
                               "This one does not: the target drops it (RFC 9293 3.10.7.3).");
    }
    if (spec.seq == rcvNxt->value())
        return tr("seq is exactly the number the target expects next, so it resets the "
                  "connection (RFC 9293 3.10.7.4). Even the stricter check of RFC 5961 accepts "
                  "this number.");
    if (spec.seq - rcvNxt->value() >= kLargestWindow)
        return tr("seq lies outside every possible receive window: the target drops the RST "
                  "without an answer (RFC 9293 3.10.7.4).");
    return m_scenario.profile.challengeAcks
               ? tr("seq is not the number the target expects next. If it lies in the receive "
                    "window, this profile answers with a challenge ACK instead of resetting "
                    "(RFC 5961 3.2); outside the window the RST is dropped.")
               : tr("If seq lies in the target's receive window, the connection is reset (RFC "
                    "9293 3.10.7.4); outside the window the RST is dropped.");
}

} // namespace ui
