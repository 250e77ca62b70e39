#include "ui/lab_app_editor.h"

#include "core/scenario_edit.h"
#include "ui/lab_state_at.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <map>

namespace ui {
namespace {

// Each socket name's state at `now`: that of its newest connection.
std::map<std::string, core::State> socketStatesAt(const core::Trace& trace, core::Micros now) {
    std::map<std::string, core::State> states;
    for (const auto& [conn, state] : statesAt(trace, now)) // in order of ConnId: newest last
        states[trace.conns[static_cast<std::size_t>(conn)].socket] = state;
    return states;
}

QString stateName(core::State s) {
    const std::string_view name = core::toString(s);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace

LabAppEditor::LabAppEditor(QWidget* parent) : QWidget(parent) {
    m_socket = new QComboBox(this);
    m_socket->setToolTip(tr("The socket the application calls"));
    m_listen = new QPushButton(tr("listen()"), this);
    m_listen->setToolTip(tr("Passive open: wait for a connection (RFC 9293 3.10.1)"));
    m_close = new QPushButton(tr("close()"), this);
    m_close->setToolTip(
        tr("Close this direction: a FIN follows the queued data (RFC 9293 3.10.4)"));
    m_abort = new QPushButton(tr("abort()"), this);
    m_abort->setToolTip(tr("Drop the connection at once, with a RST if it is synchronized "
                           "(RFC 9293 3.10.5)"));
    m_connect = new QPushButton(tr("connect()"), this);
    m_connect->setToolTip(tr("Active open: send a SYN to this host and port (RFC 9293 3.10.1)"));
    m_peerHost = new QComboBox(this);
    m_peerHost->setAccessibleName(tr("Host to connect to"));
    m_peerPort = new QSpinBox(this);
    m_peerPort->setRange(1, 65535);
    m_peerPort->setValue(80);
    m_peerPort->setAccessibleName(tr("Port to connect to"));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Text to send"));
    m_text->setText(tr("hello"));
    m_send = new QPushButton(tr("send()"), this);
    m_send->setToolTip(tr("Hand this text to TCP to send"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* socketLabel = new QLabel(tr("Socket"), this);
    socketLabel->setBuddy(m_socket);
    grid->addWidget(socketLabel, 0, 0);
    grid->addWidget(m_socket, 0, 1, 1, 3);
    auto* calls = new QHBoxLayout;
    calls->addWidget(m_listen);
    calls->addWidget(m_close);
    calls->addWidget(m_abort);
    grid->addLayout(calls, 1, 0, 1, 4);
    grid->addWidget(m_connect, 2, 0);
    grid->addWidget(m_peerHost, 2, 1);
    grid->addWidget(new QLabel(QStringLiteral(":"), this), 2, 2);
    grid->addWidget(m_peerPort, 2, 3);
    grid->addWidget(m_send, 3, 0);
    grid->addWidget(m_text, 3, 1, 1, 3);
    grid->setColumnStretch(1, 1);

    for (const auto& [button, call] :
         {std::pair{m_listen, core::AppCall::Listen}, std::pair{m_connect, core::AppCall::Connect},
          std::pair{m_send, core::AppCall::Send}, std::pair{m_close, core::AppCall::Close},
          std::pair{m_abort, core::AppCall::Abort}})
        connect(button, &QPushButton::clicked, this, [this, c = call] { request(c); });
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_send->isEnabled())
            request(core::AppCall::Send);
    });
    connect(m_socket, &QComboBox::currentIndexChanged, this, &LabAppEditor::updateButtons);
    connect(m_text, &QLineEdit::textChanged, this, &LabAppEditor::updateButtons);
    updateButtons();
}

QPushButton* LabAppEditor::button(core::AppCall call) const {
    switch (call) {
    case core::AppCall::Listen:
        return m_listen;
    case core::AppCall::Connect:
        return m_connect;
    case core::AppCall::Send:
        return m_send;
    case core::AppCall::Close:
        return m_close;
    case core::AppCall::Abort:
        return m_abort;
    default:
        return nullptr;
    }
}

void LabAppEditor::setContext(const core::Scenario& scenario, const core::Trace& trace,
                              core::Micros now) {
    const QString chosen = m_socket->currentData().toString();
    const std::map<std::string, core::State> states = socketStatesAt(trace, now);
    const QSignalBlocker block(m_socket);
    m_socket->clear();
    for (const std::string& name : core::socketsAt(scenario, trace, now)) {
        const QString id = QString::fromStdString(name);
        const auto state = states.find(name);
        m_socket->addItem(
            state == states.end() ? id : tr("%1 (%2)").arg(id, stateName(state->second)), id);
    }
    m_socket->setCurrentIndex(std::max(0, m_socket->findData(chosen)));
    fillPeers(scenario);
    updateButtons();
}

// The hosts to connect to; the first time, a socket that some action listens on.
void LabAppEditor::fillPeers(const core::Scenario& scenario) {
    const QString chosen = m_peerHost->currentText();
    const QSignalBlocker block(m_peerHost);
    m_peerHost->clear();
    for (const core::HostSpec& h : scenario.hosts)
        m_peerHost->addItem(QString::fromStdString(h.name));
    if (!chosen.isEmpty() && m_peerHost->findText(chosen) >= 0) {
        m_peerHost->setCurrentText(chosen);
        return;
    }
    for (const core::AppAction& a : scenario.script) {
        if (a.call != core::AppCall::Listen)
            continue;
        for (const core::SocketSpec& s : scenario.sockets)
            if (s.id == a.socket && s.port != 0) {
                m_peerHost->setCurrentText(QString::fromStdString(s.host));
                m_peerPort->setValue(s.port);
                return;
            }
    }
}

void LabAppEditor::updateButtons() {
    const QString socket = m_socket->currentData().toString();
    const bool any = !socket.isEmpty();
    // listen and connect open a socket of the scenario, not an accepted connection.
    const bool own = any && !socket.contains(u'/');
    m_listen->setEnabled(own);
    m_connect->setEnabled(own && m_peerHost->count() > 0);
    m_send->setEnabled(any && !m_text->text().isEmpty());
    m_close->setEnabled(any);
    m_abort->setEnabled(any);
}

void LabAppEditor::request(core::AppCall call) {
    core::AppAction action;
    action.socket = m_socket->currentData().toString().toStdString();
    action.call = call;
    if (call == core::AppCall::Connect) {
        action.peerHost = m_peerHost->currentText().toStdString();
        action.peerPort = static_cast<core::Port>(m_peerPort->value());
    } else if (call == core::AppCall::Send) {
        action.text = m_text->text().toStdString();
    }
    emit callRequested(action);
}

} // namespace ui
