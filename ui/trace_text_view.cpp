#include "trace_text_view.h"

#include "core/trace_format.h"

#include <QFontDatabase>

namespace ui {

TraceTextView::TraceTextView(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("No trace to show."));
}

void TraceTextView::setTrace(const core::Trace& trace) {
    QString text = QString::fromStdString(core::textTrace(trace));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1); // every line ends with a newline; the view needs no empty last line
    setPlainText(text);
}

} // namespace ui
