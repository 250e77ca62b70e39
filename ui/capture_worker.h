#pragma once

#include "core/capture_scan.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace ui {

// Runs one capture reading (listing or import) on a pool thread so that the
// window stays responsive, shows how far it has come and stops it when asked.
// The GUI thread never waits for the job, except in the destructor, which
// stops it first (within a few milliseconds: core reports every
// core::kProgressInterval packets).
class CaptureWorker : public QObject {
    Q_OBJECT

public:
    // Runs on the pool thread. Hands `progress` to core (listConnections,
    // importConnection); throws core::CaptureError (or another exception) on
    // failure and core::CaptureCancelled when stopped. It keeps its own
    // result: it finishes before succeeded() is emitted.
    using Job = std::function<void(const core::ScanProgress& progress)>;

    static constexpr int kProgressMaximum = 1000;

    explicit CaptureWorker(QObject* parent = nullptr);
    ~CaptureWorker() override;

    // Starts `job`; one at a time (a start while running is ignored).
    void start(Job job);
    // Asks the running job to stop; cancelled() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    // Bytes read of the total, 0 .. kProgressMaximum.
    int progress() const;

signals:
    // Polled on the GUI thread a few times a second while the job runs.
    void progressChanged(int value);
    void succeeded();
    void failed(const QString& message);
    void cancelled();

private:
    struct Shared;
    void finish();
    void poll();

    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<void> m_watcher;
    QTimer m_poll;
    int m_lastProgress = -1;
    bool m_running = false;
};

} // namespace ui
