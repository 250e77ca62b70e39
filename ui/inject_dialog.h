#pragma once

#include "core/scenario_edit.h"

#include <QDialog>
#include <memory>
#include <optional>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ui {

// "Inject RST…": the learner picks a connection, who sends the RST (the peer
// itself or an off-path attacker claiming the peer's address) and its
// sequence number (in the window, out of it, or exact); or crafts any segment
// by hand. The dialog shows what will be sent and what RFC 9293 says happens.
class InjectDialog : public QDialog {
    Q_OBJECT

public:
    InjectDialog(const core::Scenario& scenario, std::shared_ptr<const core::Trace> trace,
                 core::Micros now, QWidget* parent = nullptr);

    // The connections offered, in the order of the target box: TCP connections
    // with a peer that are open (not CLOSED or LISTEN) at `now`.
    const std::vector<core::ConnId>& targets() const { return m_targets; }
    void setTarget(core::ConnId conn);
    void setSender(core::RstSender sender);
    void setSeqChoice(core::SeqChoice choice);
    // Crafting by hand: flags, seq, ack, payload and copies from the fields.
    void setCrafted(bool crafted);
    QCheckBox* flagBox(core::Flag flag) const;
    QLineEdit* exactSeqEdit() const { return m_exactSeq; }
    QLineEdit* seqEdit() const { return m_seq; }
    QLineEdit* ackEdit() const { return m_ack; }
    QLineEdit* payloadEdit() const { return m_payload; }
    QSpinBox* countBox() const { return m_count; }
    QPushButton* injectButton() const { return m_inject; }
    QString preview() const;

    // What "Inject" sends at `now`; nullopt when the choices make no segment.
    std::optional<core::InjectSpec> spec() const;

signals:
    // "Inject" was pressed: add this segment at the current time.
    void injectRequested(const core::InjectSpec& spec);

private:
    QWidget* makeTargetPart();
    QWidget* makeCraftPart();
    void fillTargets();
    std::optional<core::InjectSpec> rst() const;
    core::SeqChoice seqChoice() const;
    void refresh();
    void updateChoiceTexts(core::ConnId target);
    void updatePreview();
    void fillCraftFields(const core::InjectSpec& spec);
    QString expectation(const core::InjectSpec& spec) const;

    core::Scenario m_scenario;
    std::shared_ptr<const core::Trace> m_trace;
    core::Micros m_now{};
    std::vector<core::ConnId> m_targets;

    QComboBox* m_target = nullptr;
    QRadioButton* m_fromPeer = nullptr;
    QRadioButton* m_offPath = nullptr;
    QButtonGroup* m_seqGroup = nullptr;
    QRadioButton* m_inWindow = nullptr;
    QRadioButton* m_outOfWindow = nullptr;
    QRadioButton* m_exact = nullptr;
    QLineEdit* m_exactSeq = nullptr;
    QCheckBox* m_craftToggle = nullptr;
    QGroupBox* m_craft = nullptr;
    std::vector<std::pair<core::Flag, QCheckBox*>> m_flags;
    QLineEdit* m_seq = nullptr;
    QLineEdit* m_ack = nullptr;
    QLineEdit* m_payload = nullptr;
    QSpinBox* m_count = nullptr;
    QSpinBox* m_every = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_inject = nullptr;
};

} // namespace ui
