#pragma once

#include <QPlainTextEdit>

namespace core {
struct Trace;
}

namespace ui {

// A read-only, monospace view of a trace in the text format of
// docs/trace-format.md: one line per event, no wrapping.
class TraceTextView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit TraceTextView(QWidget* parent = nullptr);

    // Replaces what is shown with the lines of `trace`.
    void setTrace(const core::Trace& trace);
};

} // namespace ui
