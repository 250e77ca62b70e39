#include "ui/narration_panel.h"

#include <QEvent>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

NarrationPanel::NarrationPanel(QWidget* parent) : QWidget(parent), m_text(new QTextBrowser(this)) {
    m_text->setReadOnly(true);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setObjectName(QStringLiteral("narrationText"));
    m_basePointSize = m_text->font().pointSizeF();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_text);
    setMinimumWidth(220);
}

void NarrationPanel::setTrace(std::shared_ptr<const core::Trace> trace) {
    m_trace = std::move(trace);
    m_index = -1;
    render();
}

void NarrationPanel::setEventIndex(int eventIndex) {
    if (eventIndex == m_index)
        return;
    m_index = eventIndex;
    render();
}

void NarrationPanel::setFontScale(double scale) {
    if (scale <= 0.0 || scale == m_scale)
        return;
    m_scale = scale;
    QFont font = m_text->font();
    if (m_basePointSize > 0.0)
        font.setPointSizeF(m_basePointSize * scale);
    m_text->setFont(font);
    render();
}

QString NarrationPanel::html() const {
    return m_text->toHtml();
}

QString NarrationPanel::plainText() const {
    return m_text->toPlainText();
}

void NarrationPanel::changeEvent(QEvent* event) {
    // Another language: the sentences are made again in it.
    if (event->type() == QEvent::LanguageChange && m_trace)
        render();
    QWidget::changeEvent(event);
}

namespace {

// Escaped for HTML, with "client:49152" and state names kept on one line: a
// WORD JOINER after the colon forbids a line break there.
QString rich(const QString& text) {
    static const QRegularExpression endpoint(QStringLiteral("(\\w):(\\d)"));
    QString html = text.toHtmlEscaped();
    html.replace(endpoint, QStringLiteral("\\1:\u2060\\2"));
    // "TIME-WAIT", "FIN-WAIT-2": a non-breaking hyphen keeps a state name whole.
    static const QRegularExpression stateName(QStringLiteral("([A-Z])-(?=[A-Z0-9])"));
    html.replace(stateName, QStringLiteral("\\1\u2011"));
    return html;
}

} // namespace

void NarrationPanel::render() {
    ++m_renders;
    if (!m_trace) {
        m_narration = {};
        m_text->clear();
        return;
    }
    m_narration = narrate(*m_trace, m_index);
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString html =
        QStringLiteral("<p style=\"font-size:large\"><b>%1</b></p>").arg(rich(m_narration.title));
    html += QStringLiteral("<p>%1</p>").arg(rich(m_narration.what));
    if (!m_narration.why.isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>")
                    .arg(tr("Why:").toHtmlEscaped(), rich(m_narration.why));
    if (!m_narration.waiting.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul style=\"margin-left:-20px\">")
                    .arg(tr("Now:").toHtmlEscaped());
        for (const QString& line : m_narration.waiting)
            html += QStringLiteral("<li>%1</li>").arg(rich(line));
        html += QStringLiteral("</ul>");
    }
    if (!m_narration.rfc.isEmpty())
        html += QStringLiteral("<p style=\"font-size:small; color:%1\">%2</p>")
                    .arg(muted, m_narration.rfc.toHtmlEscaped());
    m_text->setHtml(html);
}

} // namespace ui
