#pragma once

#include "core/scenario.h"
#include "core/trace.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ui {

// The application part of the lab panel: pick a socket, then call listen(),
// connect(), send(), close() or abort() on it now.
class LabAppEditor : public QWidget {
    Q_OBJECT

public:
    explicit LabAppEditor(QWidget* parent = nullptr);

    // The sockets that exist at `now` (core::socketsAt), each with its state
    // then. The chosen socket and connect target stay when they still exist.
    void setContext(const core::Scenario& scenario, const core::Trace& trace, core::Micros now);

    QComboBox* socketBox() const { return m_socket; }
    QComboBox* peerHostBox() const { return m_peerHost; }
    QSpinBox* peerPortBox() const { return m_peerPort; }
    QLineEdit* textEdit() const { return m_text; }
    QPushButton* button(core::AppCall call) const;

signals:
    // The call with its socket and arguments; the caller sets the time.
    void callRequested(const core::AppAction& action);

private:
    void request(core::AppCall call);
    void updateButtons();
    void fillPeers(const core::Scenario& scenario);

    QComboBox* m_socket = nullptr;
    QComboBox* m_peerHost = nullptr;
    QSpinBox* m_peerPort = nullptr;
    QLineEdit* m_text = nullptr;
    QPushButton* m_listen = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_abort = nullptr;
};

} // namespace ui
