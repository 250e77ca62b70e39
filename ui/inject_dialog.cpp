#include "ui/inject_dialog.h"

#include "ui/edit_text.h"
#include "ui/lab_state_at.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>
#include <map>

namespace ui {
namespace {

using namespace std::chrono_literals;

std::optional<std::uint32_t> parseSeq(const QString& text) {
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    if (!ok || value > 0xFFFFFFFFull)
        return std::nullopt;
    return static_cast<std::uint32_t>(value);
}

QString endpointOf(const core::Trace& trace, core::Address address, core::Port port) {
    for (std::size_t h = 0; h < trace.hosts.size(); ++h)
        if (trace.hosts[h].address == address)
            return QString::fromStdString(trace.endpointName(static_cast<core::HostId>(h), port));
    return QString::fromStdString(core::toString(address)) + u':' + QString::number(port);
}

QString stateName(core::State s) {
    const std::string_view name = core::toString(s);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace

InjectDialog::InjectDialog(const core::Scenario& scenario, std::shared_ptr<const core::Trace> trace,
                           core::Micros now, QWidget* parent)
    : QDialog(parent), m_scenario(scenario), m_trace(std::move(trace)), m_now(now) {
    setWindowTitle(tr("Inject a RST"));
    auto* intro = new QLabel(
        tr("A RST ends a connection at once. An attacker who cannot see the traffic must "
           "guess a sequence number the receiver accepts. Pick a connection and a number, "
           "then watch whether TCP is fooled."),
        this);
    intro->setWordWrap(true);

    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_inject = buttons->addButton(tr("Inject"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_inject, &QPushButton::clicked, this, [this] {
        if (const auto s = spec()) {
            emit injectRequested(*s);
            accept();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(makeTargetPart());
    layout->addWidget(makeCraftPart());
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    fillTargets();
    refresh();
}

QWidget* InjectDialog::makeTargetPart() {
    auto* part = new QWidget(this);
    auto* form = new QFormLayout(part);
    form->setContentsMargins(0, 0, 0, 0);
    m_target = new QComboBox(part);
    form->addRow(tr("Target connection"), m_target);

    m_fromPeer = new QRadioButton(part);
    m_offPath = new QRadioButton(part);
    m_offPath->setChecked(true);
    auto* senders = new QVBoxLayout;
    senders->addWidget(m_offPath);
    senders->addWidget(m_fromPeer);
    form->addRow(tr("Sent by"), senders);

    m_inWindow = new QRadioButton(part);
    m_outOfWindow = new QRadioButton(part);
    m_exact = new QRadioButton(tr("Exactly"), part);
    m_exactSeq = new QLineEdit(part);
    m_exactSeq->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,10}")), part));
    m_exactSeq->setAccessibleName(tr("Sequence number"));
    m_seqGroup = new QButtonGroup(part);
    for (QRadioButton* b : {m_inWindow, m_outOfWindow, m_exact})
        m_seqGroup->addButton(b);
    m_inWindow->setChecked(true);
    auto* exactRow = new QHBoxLayout;
    exactRow->addWidget(m_exact);
    exactRow->addWidget(m_exactSeq, 1);
    auto* numbers = new QVBoxLayout;
    numbers->addWidget(m_inWindow);
    numbers->addWidget(m_outOfWindow);
    numbers->addLayout(exactRow);
    form->addRow(tr("Sequence number"), numbers);

    connect(m_target, &QComboBox::currentIndexChanged, this, &InjectDialog::refresh);
    for (QRadioButton* b : {m_fromPeer, m_offPath, m_inWindow, m_outOfWindow, m_exact})
        connect(b, &QRadioButton::toggled, this, &InjectDialog::refresh);
    connect(m_exactSeq, &QLineEdit::textEdited, this, [this] {
        m_exact->setChecked(true);
        refresh();
    });
    return part;
}

QWidget* InjectDialog::makeCraftPart() {
    auto* part = new QWidget(this);
    m_craftToggle = new QCheckBox(tr("Craft the segment yourself"), part);
    // The fields show only when crafting: most of the time they are noise.
    m_craft = new QGroupBox(part);
    m_craft->setVisible(false);
    auto* partLayout = new QVBoxLayout(part);
    partLayout->setContentsMargins(0, 0, 0, 0);
    partLayout->addWidget(m_craftToggle);
    partLayout->addWidget(m_craft);
    auto* form = new QFormLayout(m_craft);
    auto* flagRow = new QHBoxLayout;
    for (const core::Flag f : {core::Flag::Syn, core::Flag::Ack, core::Flag::Fin, core::Flag::Rst,
                               core::Flag::Psh, core::Flag::Urg}) {
        const std::string_view name = core::flagName(f);
        auto* box = new QCheckBox(QString::fromLatin1(name.data(), qsizetype(name.size())));
        flagRow->addWidget(box);
        m_flags.emplace_back(f, box);
        connect(box, &QCheckBox::toggled, this, &InjectDialog::refresh);
    }
    form->addRow(tr("Flags"), flagRow);
    auto* numberValidator =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,10}")), m_craft);
    m_seq = new QLineEdit(m_craft);
    m_ack = new QLineEdit(m_craft);
    for (QLineEdit* e : {m_seq, m_ack}) {
        e->setValidator(numberValidator);
        connect(e, &QLineEdit::textChanged, this, &InjectDialog::refresh);
    }
    form->addRow(tr("seq"), m_seq);
    form->addRow(tr("ack"), m_ack);
    m_payload = new QLineEdit(m_craft);
    m_payload->setPlaceholderText(tr("Data the segment carries (none)"));
    connect(m_payload, &QLineEdit::textChanged, this, &InjectDialog::refresh);
    form->addRow(tr("Data"), m_payload);
    m_count = new QSpinBox(m_craft);
    m_count->setRange(1, 100000);
    m_every = new QSpinBox(m_craft);
    m_every->setRange(0, 60000);
    m_every->setValue(10);
    m_every->setSuffix(tr(" ms apart"));
    auto* copies = new QHBoxLayout;
    copies->addWidget(m_count);
    copies->addWidget(m_every);
    form->addRow(tr("Copies"), copies);
    for (QSpinBox* box : {m_count, m_every})
        connect(box, &QSpinBox::valueChanged, this, &InjectDialog::refresh);
    connect(m_craftToggle, &QCheckBox::toggled, this, [this](bool on) {
        if (const auto base = rst(); on && base)
            fillCraftFields(*base);
        m_craft->setVisible(on);
        adjustSize();
        refresh();
    });
    return part;
}

// The open connections, as "srv/1 (server:80 ↔ client:49152, ESTABLISHED)".
void InjectDialog::fillTargets() {
    const std::map<core::ConnId, core::State> states = statesAt(*m_trace, m_now);
    m_targets = rstTargetsAt(*m_trace, m_now);
    for (const core::ConnId conn : m_targets) {
        const core::ConnInfo& info = m_trace->conns[static_cast<std::size_t>(conn)];
        m_target->addItem(tr("%1 (%2 ↔ %3, %4)")
                              .arg(QString::fromStdString(info.socket),
                                   QString::fromStdString(m_trace->endpointName(conn)),
                                   endpointOf(*m_trace, info.remoteAddress, info.remotePort),
                                   stateName(states.at(conn))));
    }
}

void InjectDialog::setTarget(core::ConnId conn) {
    const auto it = std::find(m_targets.begin(), m_targets.end(), conn);
    if (it != m_targets.end())
        m_target->setCurrentIndex(static_cast<int>(it - m_targets.begin()));
}

void InjectDialog::setSender(core::RstSender sender) {
    (sender == core::RstSender::Peer ? m_fromPeer : m_offPath)->setChecked(true);
}

void InjectDialog::setSeqChoice(core::SeqChoice choice) {
    if (choice.kind == core::SeqChoice::Kind::Exact)
        m_exactSeq->setText(QString::number(choice.seq));
    (choice.kind == core::SeqChoice::Kind::InWindow      ? m_inWindow
     : choice.kind == core::SeqChoice::Kind::OutOfWindow ? m_outOfWindow
                                                         : m_exact)
        ->setChecked(true);
    refresh();
}

void InjectDialog::setCrafted(bool crafted) {
    m_craftToggle->setChecked(crafted);
}

QCheckBox* InjectDialog::flagBox(core::Flag flag) const {
    for (const auto& [f, box] : m_flags)
        if (f == flag)
            return box;
    return nullptr;
}

QString InjectDialog::preview() const {
    return m_preview->text();
}

core::SeqChoice InjectDialog::seqChoice() const {
    if (m_outOfWindow->isChecked())
        return {core::SeqChoice::Kind::OutOfWindow, 0};
    if (m_exact->isChecked())
        return {core::SeqChoice::Kind::Exact, parseSeq(m_exactSeq->text()).value_or(0)};
    return {};
}

// The RST the target, sender and number choices make.
std::optional<core::InjectSpec> InjectDialog::rst() const {
    const int index = m_target->currentIndex();
    if (index < 0)
        return std::nullopt;
    if (m_exact->isChecked() && !parseSeq(m_exactSeq->text()))
        return std::nullopt;
    const auto sender = m_fromPeer->isChecked() ? core::RstSender::Peer : core::RstSender::OffPath;
    try {
        return core::rstInto(*m_trace, m_scenario, m_now,
                             m_targets[static_cast<std::size_t>(index)], sender, seqChoice());
    } catch (const core::EditError&) {
        return std::nullopt; // e.g. the peer's address belongs to no host
    }
}

std::optional<core::InjectSpec> InjectDialog::spec() const {
    std::optional<core::InjectSpec> s = rst();
    if (!s || !m_craftToggle->isChecked())
        return s;
    const auto seq = parseSeq(m_seq->text());
    const auto ack = parseSeq(m_ack->text());
    if (!seq || !ack)
        return std::nullopt;
    s->flags = {};
    for (const auto& [f, box] : m_flags)
        if (box->isChecked())
            s->flags |= f;
    s->seq = *seq;
    s->ack = *ack;
    s->payload = m_payload->text().toStdString();
    s->count = m_count->value();
    s->every = s->count > 1 ? m_every->value() * 1ms : 0ms;
    return s;
}

void InjectDialog::fillCraftFields(const core::InjectSpec& spec) {
    for (const auto& [f, box] : m_flags) {
        const QSignalBlocker block(box);
        box->setChecked(spec.flags.has(f));
    }
    const QSignalBlocker blockSeq(m_seq);
    const QSignalBlocker blockAck(m_ack);
    m_seq->setText(QString::number(spec.seq));
    m_ack->setText(QString::number(spec.ack));
}

} // namespace ui
