#include "ui/lab_panel.h"

#include "core/scenario_edit.h"
#include "ui/edit_text.h"
#include "ui/inject_dialog.h"
#include "ui/lab_app_editor.h"
#include "ui/lab_link_editor.h"
#include "ui/lab_state_at.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <utility>

namespace ui {
namespace {

QLabel* note(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// Each direction between two hosts that carried a segment, in order of the first.
std::vector<std::pair<QString, QString>> directionsWithTraffic(const core::Trace& trace) {
    std::vector<std::pair<QString, QString>> directions;
    for (const core::SegmentRecord& r : trace.segments) {
        if (r.fromHost == core::kNone || r.toHost == core::kNone || r.fromHost == r.toHost)
            continue;
        std::pair<QString, QString> d{
            QString::fromStdString(trace.hosts[static_cast<std::size_t>(r.fromHost)].name),
            QString::fromStdString(trace.hosts[static_cast<std::size_t>(r.toHost)].name)};
        if (std::find(directions.begin(), directions.end(), d) == directions.end())
            directions.push_back(std::move(d));
    }
    return directions;
}

} // namespace

LabPanel::LabPanel(QWidget* parent) : QWidget(parent) {
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    m_nowLabel = new QLabel(content);
    QFont large = m_nowLabel->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.2);
    m_nowLabel->setFont(large);
    column->addWidget(m_nowLabel);
    column->addWidget(note(tr("Every change takes effect from this time on and is added to the "
                              "list of edits."),
                           content));
    column->addWidget(makeLinksPart());
    column->addWidget(makeHostsPart());
    auto* appBox = new QGroupBox(tr("Application"), content);
    m_app = new LabAppEditor(appBox);
    auto* appLayout = new QVBoxLayout(appBox);
    appLayout->addWidget(m_app);
    connect(m_app, &LabAppEditor::callRequested, this, &LabPanel::appCallRequested);
    column->addWidget(appBox);
    column->addWidget(makeAttackPart());
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QWidget* LabPanel::makeLinksPart() {
    auto* box = new QGroupBox(tr("Links"));
    auto* column = new QVBoxLayout(box);
    column->addWidget(note(tr("Delay, jitter and loss of each direction. Segments already on "
                              "their way keep the values they were sent with."),
                           box));
    m_noTraffic = note(tr("No segment has been sent yet."), box);
    m_noTraffic->setEnabled(false);
    column->addWidget(m_noTraffic);
    m_linksLayout = new QVBoxLayout;
    m_linksLayout->setSpacing(12);
    column->addLayout(m_linksLayout);
    return box;
}

QWidget* LabPanel::makeHostsPart() {
    auto* box = new QGroupBox(tr("Hosts"));
    auto* column = new QVBoxLayout(box);
    column->addWidget(note(tr("A crash loses every connection at once and tells no one; a "
                              "restarted host has no connections."),
                           box));
    m_hostsGrid = new QGridLayout;
    m_hostsGrid->setColumnStretch(1, 1);
    column->addLayout(m_hostsGrid);
    return box;
}

QWidget* LabPanel::makeAttackPart() {
    auto* box = new QGroupBox(tr("Attack"));
    auto* column = new QVBoxLayout(box);
    column->addWidget(note(tr("Forge a RST to end a connection, as a blind attacker would."), box));
    m_inject = new QPushButton(tr("Inject RST…"), box);
    connect(m_inject, &QPushButton::clicked, this, &LabPanel::openInjectDialog);
    column->addWidget(m_inject, 0, Qt::AlignLeft);
    return box;
}

void LabPanel::setContext(const core::Scenario& scenario, std::shared_ptr<const core::Trace> trace,
                          core::Micros now) {
    m_scenario = scenario;
    m_trace = std::move(trace);
    m_now = now;
    m_nowLabel->setText(tr("Now: %1").arg(EditText::time(now)));
    updateLinks();
    updateHosts();
    m_app->setContext(m_scenario, *m_trace, now);
    m_inject->setEnabled(!rstTargetsAt(*m_trace, now).empty());
    m_inject->setToolTip(m_inject->isEnabled() ? QString()
                                               : tr("No connection is open at this time"));
}

// Editors are replaced only when the directions change, and deleted later:
// setContext() may run inside a signal of the editor that asked for the edit.
void LabPanel::updateLinks() {
    const auto directions = directionsWithTraffic(*m_trace);
    bool same = directions.size() == m_links.size();
    for (std::size_t i = 0; same && i < directions.size(); ++i)
        same = directions[i] == std::pair{m_links[i]->from(), m_links[i]->to()};
    if (!same) {
        for (LabLinkEditor* editor : m_links) {
            editor->hide();
            editor->deleteLater();
        }
        m_links.clear();
        for (const auto& [from, to] : directions) {
            auto* editor = new LabLinkEditor(from, to);
            connect(editor, &LabLinkEditor::changeRequested, this, &LabPanel::linkChangeRequested);
            m_linksLayout->addWidget(editor);
            m_links.push_back(editor);
        }
    }
    for (LabLinkEditor* editor : m_links)
        editor->setParams(core::currentLink(m_scenario, m_now, editor->from().toStdString(),
                                            editor->to().toStdString()));
    m_noTraffic->setVisible(m_links.empty());
}

void LabPanel::updateHosts() {
    bool same = m_scenario.hosts.size() == m_hosts.size();
    for (std::size_t i = 0; same && i < m_hosts.size(); ++i)
        same = m_hosts[i].name.toStdString() == m_scenario.hosts[i].name;
    if (!same) {
        for (const HostRow& row : m_hosts)
            for (QWidget* w :
                 std::initializer_list<QWidget*>{row.label, row.status, row.crash, row.restart}) {
                w->hide();
                w->deleteLater();
            }
        while (QLayoutItem* item = m_hostsGrid->takeAt(0))
            delete item;
        m_hosts.clear();
        for (const core::HostSpec& h : m_scenario.hosts) {
            const QString name = QString::fromStdString(h.name);
            HostRow row{name, new QLabel(name), new QLabel, new QPushButton(tr("Crash")),
                        new QPushButton(tr("Restart"))};
            const int line = static_cast<int>(m_hosts.size());
            m_hostsGrid->addWidget(row.label, line, 0);
            m_hostsGrid->addWidget(row.status, line, 1);
            m_hostsGrid->addWidget(row.crash, line, 2);
            m_hostsGrid->addWidget(row.restart, line, 3);
            connect(row.crash, &QPushButton::clicked, this,
                    [this, name = row.name] { emit crashRequested(name); });
            connect(row.restart, &QPushButton::clicked, this,
                    [this, name = row.name] { emit restartRequested(name); });
            m_hosts.push_back(row);
        }
    }
    for (const HostRow& row : m_hosts) {
        const bool up = core::hostUpAt(m_scenario, row.name.toStdString(), m_now);
        row.status->setText(up ? tr("up") : tr("down"));
        QPalette palette = row.label->palette(); // a host that is down says so in red
        if (!up)
            palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
        row.status->setPalette(palette);
        row.crash->setEnabled(up);
        row.restart->setEnabled(!up);
    }
}

QPushButton* LabPanel::crashButton(const QString& host) const {
    for (const HostRow& row : m_hosts)
        if (row.name == host)
            return row.crash;
    return nullptr;
}

QPushButton* LabPanel::restartButton(const QString& host) const {
    for (const HostRow& row : m_hosts)
        if (row.name == host)
            return row.restart;
    return nullptr;
}

InjectDialog* LabPanel::openInjectDialog() {
    auto* dialog = new InjectDialog(m_scenario, m_trace, m_now, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &InjectDialog::injectRequested, this, &LabPanel::injectRequested);
    dialog->show();
    return dialog;
}

} // namespace ui
