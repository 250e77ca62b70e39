#pragma once

#include "core/scenario.h"
#include "core/trace.h"

#include <QWidget>
#include <memory>
#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ui {

class InjectDialog;
class LabAppEditor;
class LabLinkEditor;

// The hands-on lab, for a dock: change a link from now on, crash or restart a
// host, make an application call, inject a RST. Each control asks for an edit
// by a signal; the owner adds it to the scenario at the current time, simulates
// again and calls setContext() with the result.
class LabPanel : public QWidget {
    Q_OBJECT

public:
    explicit LabPanel(QWidget* parent = nullptr);

    // Shows the scenario at virtual time `now`: the link values in force, which
    // hosts are up, the sockets that exist. Emits nothing.
    void setContext(const core::Scenario& scenario, std::shared_ptr<const core::Trace> trace,
                    core::Micros now);

    // The parts, for tests and for the owner's keyboard shortcuts.
    const std::vector<LabLinkEditor*>& linkEditors() const { return m_links; }
    QPushButton* crashButton(const QString& host) const;
    QPushButton* restartButton(const QString& host) const;
    LabAppEditor* appEditor() const { return m_app; }
    QPushButton* injectButton() const { return m_inject; }
    // Opens the inject dialog for the current context (window-modal, not
    // blocking) and returns it; it deletes itself when closed.
    InjectDialog* openInjectDialog();

signals:
    void linkChangeRequested(const QString& from, const QString& to,
                             const core::LinkParams& params);
    void crashRequested(const QString& host);
    void restartRequested(const QString& host);
    void appCallRequested(const core::AppAction& action);
    void injectRequested(const core::InjectSpec& spec);

private:
    QWidget* makeLinksPart();
    QWidget* makeHostsPart();
    QWidget* makeAttackPart();
    void updateLinks();
    void updateHosts();

    struct HostRow {
        QString name;
        QLabel* label = nullptr;
        QLabel* status = nullptr;
        QPushButton* crash = nullptr;
        QPushButton* restart = nullptr;
    };

    core::Scenario m_scenario;
    std::shared_ptr<const core::Trace> m_trace;
    core::Micros m_now{};

    QLabel* m_nowLabel = nullptr;
    QVBoxLayout* m_linksLayout = nullptr;
    QLabel* m_noTraffic = nullptr;
    std::vector<LabLinkEditor*> m_links;
    QGridLayout* m_hostsGrid = nullptr;
    std::vector<HostRow> m_hosts;
    LabAppEditor* m_app = nullptr;
    QPushButton* m_inject = nullptr;
};

} // namespace ui
