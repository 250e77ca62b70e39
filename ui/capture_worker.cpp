#include "capture_worker.h"

#include "core/capture_reader.h"

#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <string>

namespace ui {

namespace {

// A few updates a second: smooth enough, and cheap next to the reading.
constexpr int kPollMilliseconds = 40;

} // namespace

// What the pool thread and the GUI thread share. The outcome fields are
// written by the job before its future finishes and read after.
struct CaptureWorker::Shared {
    std::atomic<std::uint64_t> bytesRead{0};
    std::atomic<std::uint64_t> bytesTotal{0};
    std::atomic<bool> stop{false};
    enum class Outcome { Done, Failed, Cancelled } outcome = Outcome::Done;
    std::string error;
};

CaptureWorker::CaptureWorker(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &CaptureWorker::finish);
    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &CaptureWorker::poll);
}

CaptureWorker::~CaptureWorker() {
    m_watcher.disconnect(this);
    if (m_shared)
        m_shared->stop = true;
    m_watcher.waitForFinished();
}

void CaptureWorker::start(Job job) {
    if (m_running)
        return;
    m_running = true;
    m_lastProgress = -1;
    m_shared = std::make_shared<Shared>();
    std::shared_ptr<Shared> shared = m_shared;
    m_watcher.setFuture(QtConcurrent::run([shared, job = std::move(job)] {
        core::ScanProgress progress{[&shared](std::uint64_t read, std::uint64_t total) {
            shared->bytesTotal = total;
            shared->bytesRead = read;
            return !shared->stop.load();
        }};
        try {
            job(progress);
        } catch (const core::CaptureCancelled&) {
            shared->outcome = Shared::Outcome::Cancelled;
        } catch (const std::exception& error) {
            shared->outcome = Shared::Outcome::Failed;
            shared->error = error.what();
        }
    }));
    m_poll.start();
    poll();
}

void CaptureWorker::cancel() {
    if (m_running)
        m_shared->stop = true;
}

int CaptureWorker::progress() const {
    if (!m_shared)
        return 0;
    const std::uint64_t total = m_shared->bytesTotal;
    if (total == 0)
        return 0;
    return static_cast<int>(m_shared->bytesRead * std::uint64_t{kProgressMaximum} / total);
}

void CaptureWorker::poll() {
    const int value = progress();
    if (value != m_lastProgress) {
        m_lastProgress = value;
        emit progressChanged(value);
    }
}

void CaptureWorker::finish() {
    m_poll.stop();
    m_running = false;
    // A job stopped after its last report still counts as cancelled: the
    // caller asked, and may already have moved on.
    if (m_shared->stop)
        m_shared->outcome = Shared::Outcome::Cancelled;
    switch (m_shared->outcome) {
    case Shared::Outcome::Done:
        poll();
        emit succeeded();
        break;
    case Shared::Outcome::Failed:
        emit failed(QString::fromStdString(m_shared->error));
        break;
    case Shared::Outcome::Cancelled:
        emit cancelled();
        break;
    }
}

} // namespace ui
