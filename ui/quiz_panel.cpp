#include "ui/quiz_panel.h"

#include "ui/event_text.h"
#include "ui/trace_tables.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ui {

namespace {

// A typed sequence number: empty or out of the 32-bit range is no answer.
std::optional<std::uint32_t> parseNumber(const QString& text) {
    bool ok = false;
    const qulonglong value = text.trimmed().toULongLong(&ok);
    if (!ok || value > 0xFFFFFFFFull)
        return std::nullopt;
    return static_cast<std::uint32_t>(value);
}

QLabel* wrappingLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

QuizPanel::QuizPanel(QWidget* parent) : QWidget(parent) {
    createWidgets();
    m_explainer = [this](int index) {
        if (!m_trace || index < 0 || static_cast<std::size_t>(index) >= m_trace->events.size())
            return QString();
        return describeEvent(*m_trace, m_trace->events[static_cast<std::size_t>(index)]).sentence;
    };
    showQuestion();
}

void QuizPanel::createWidgets() {
    m_progress = wrappingLabel(this, QStringLiteral("quizProgress"));
    m_score = wrappingLabel(this, QStringLiteral("quizScore"));
    m_score->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_prompt = wrappingLabel(this, QStringLiteral("quizPrompt"));
    m_prompt->setTextFormat(Qt::PlainText);
    QFont bigger = m_prompt->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    bigger.setBold(true);
    m_prompt->setFont(bigger);
    m_context = wrappingLabel(this, QStringLiteral("quizContext"));
    m_context->setTextFormat(Qt::PlainText);
    QFont italic = m_context->font();
    italic.setItalic(true); // background to the question, not part of it
    m_context->setFont(italic);

    m_choiceBox = new QGroupBox(this);
    m_choiceLayout = new QVBoxLayout(m_choiceBox);
    m_choices = new QButtonGroup(this);

    m_numbers = new QWidget(this);
    auto* grid = new QGridLayout(m_numbers);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto numberEdit = [this](const QString& name) {
        auto* edit = new QLineEdit(m_numbers);
        edit->setObjectName(name);
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,10}")), edit));
        edit->setPlaceholderText(tr("absolute or relative"));
        return edit;
    };
    m_seq = numberEdit(QStringLiteral("quizSeq"));
    m_ack = numberEdit(QStringLiteral("quizAck"));
    m_seqLabel = new QLabel(QStringLiteral("seq ="), m_numbers);
    m_ackLabel = new QLabel(QStringLiteral("ack ="), m_numbers);
    m_seqLabel->setBuddy(m_seq);
    m_ackLabel->setBuddy(m_ack);
    grid->addWidget(m_seqLabel, 0, 0);
    grid->addWidget(m_seq, 0, 1);
    grid->addWidget(m_ackLabel, 1, 0);
    grid->addWidget(m_ack, 1, 1);

    m_check = new QPushButton(this);
    m_next = new QPushButton(this);
    m_restart = new QPushButton(this);
    connect(m_check, &QPushButton::clicked, this, &QuizPanel::check);
    connect(m_next, &QPushButton::clicked, this, &QuizPanel::next);
    connect(m_restart, &QPushButton::clicked, this, &QuizPanel::restart);
    m_feedback = wrappingLabel(this, QStringLiteral("quizFeedback"));
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_score);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_restart);
    // A dock can be short: the question scrolls rather than being clipped.
    auto* inner = new QWidget;
    auto* layout = new QVBoxLayout(inner);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the labels wrap instead
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    layout->addLayout(top);
    layout->addWidget(m_prompt);
    layout->addWidget(m_context);
    layout->addWidget(m_choiceBox);
    layout->addWidget(m_numbers);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
    changeEvent(nullptr);
    // Never narrower than the buttons: the dock keeps room for them.
    scroll->setMinimumWidth(inner->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
}

void QuizPanel::setTrace(std::shared_ptr<const core::Trace> trace) {
    m_trace = std::move(trace);
    m_quiz = m_trace ? Quiz(*m_trace) : Quiz();
    showQuestion();
}

void QuizPanel::updateTrace(std::shared_ptr<const core::Trace> trace) {
    if (!m_running || !m_trace || !trace) {
        setTrace(std::move(trace));
        return;
    }
    m_trace = std::move(trace);
    m_quiz.updateTrace(*m_trace);
    showQuestion();
}

void QuizPanel::setExplainer(Explainer explainer) {
    m_explainer = std::move(explainer);
}

void QuizPanel::start() {
    m_running = true;
    restart();
}

void QuizPanel::stop() {
    m_running = false;
}

void QuizPanel::restart() {
    m_quiz.restart();
    showQuestion();
}

QList<QRadioButton*> QuizPanel::choiceButtons() const {
    QList<QRadioButton*> buttons;
    for (QAbstractButton* b : m_choices->buttons())
        buttons << static_cast<QRadioButton*>(b);
    return buttons;
}

void QuizPanel::setChoices(const QStringList& texts) {
    for (QAbstractButton* b : m_choices->buttons()) {
        m_choices->removeButton(b);
        delete b;
    }
    for (int i = 0; i < texts.size(); ++i) {
        auto* button = new QRadioButton(texts[i], m_choiceBox);
        m_choices->addButton(button, i);
        m_choiceLayout->addWidget(button);
    }
}

void QuizPanel::setNumbersShown(bool seq, bool ack) {
    m_seq->clear();
    m_ack->clear();
    m_seqLabel->setVisible(seq);
    m_seq->setVisible(seq);
    m_ackLabel->setVisible(ack);
    m_ack->setVisible(ack);
    m_numbers->setVisible(seq || ack);
}

void QuizPanel::showQuestion() {
    m_feedback->clear();
    updateScore();
    const QuizQuestion* q = m_quiz.current();
    if (!q) {
        showEnd();
        return;
    }
    m_progress->setText(
        tr("Question %1 of %2").arg(m_quiz.currentIndex() + 1).arg(m_quiz.questionCount()));
    m_prompt->setText(q->prompt);
    m_context->setText(q->context.isEmpty() ? QString() : tr("Just before: %1").arg(q->context));
    m_context->setVisible(!q->context.isEmpty());
    QStringList texts;
    if (q->kind == QuizKind::Segment) {
        m_choiceBox->setTitle(tr("Flags"));
        for (const core::Flags f : q->flagChoices)
            texts << flagsText(f);
        setNumbersShown(q->asksSeq, q->asksAck);
    } else {
        m_choiceBox->setTitle(tr("Next state"));
        for (const core::State s : q->stateChoices)
            texts << qs(core::toString(s));
        setNumbersShown(false, false);
    }
    setChoices(texts);
    m_choiceBox->setVisible(true);
    m_choiceBox->setEnabled(true);
    m_numbers->setEnabled(true);
    m_check->setVisible(true);
    m_check->setEnabled(true);
    m_next->setVisible(true);
    m_next->setEnabled(false);
    if (!m_choices->buttons().isEmpty())
        m_choices->buttons().first()->setFocus();
    if (m_running)
        emit seekRequested(q->eventIndex - 1);
}

void QuizPanel::showEnd() {
    m_progress->setText(m_quiz.questionCount() == 0 ? tr("Nothing to ask") : tr("Quiz over"));
    m_prompt->setText(m_quiz.questionCount() == 0
                          ? tr("This trace has no segment or state change to predict.")
                          : tr("You answered %1 of %2 questions right.")
                                .arg(m_quiz.score())
                                .arg(m_quiz.answeredCount()));
    m_context->setVisible(false);
    setChoices({});
    m_choiceBox->setVisible(false);
    m_numbers->setVisible(false);
    m_check->setVisible(false);
    m_next->setVisible(false);
    m_restart->setFocus();
    if (m_running && m_trace)
        emit seekRequested(static_cast<int>(m_trace->events.size()) - 1);
}

QuizAnswer QuizPanel::collectAnswer() const {
    QuizAnswer a;
    const QuizQuestion* q = m_quiz.current();
    const int choice = m_choices->checkedId();
    if (q && choice >= 0) {
        const auto i = static_cast<std::size_t>(choice);
        if (q->kind == QuizKind::Segment)
            a.flags = q->flagChoices.at(i);
        else
            a.state = q->stateChoices.at(i);
    }
    a.seq = parseNumber(m_seq->text());
    a.ack = parseNumber(m_ack->text());
    return a;
}

void QuizPanel::check() {
    const QuizQuestion* q = m_quiz.current();
    if (!q || m_quiz.isAnswered())
        return;
    if (m_choices->checkedId() < 0) {
        m_feedback->setText(tr("Pick an answer first."));
        return;
    }
    const QuizQuestion& question = *q;
    const QuizGrade grade = m_quiz.answer(collectAnswer());
    m_feedback->setText(feedbackText(question, grade));
    markChoices(question);
    m_choiceBox->setEnabled(false);
    m_numbers->setEnabled(false);
    m_check->setEnabled(false);
    m_next->setEnabled(true);
    m_next->setFocus();
    updateScore();
    if (m_running)
        emit seekRequested(question.eventIndex);
}

QString QuizPanel::feedbackText(const QuizQuestion& q, const QuizGrade& grade) const {
    const QString mark = QStringLiteral("<span style=\"color:%1\">%2</span> ");
    QString text = grade.correct ? mark.arg(QStringLiteral("#2e7d32"), QStringLiteral("\u2714")) +
                                       tr("<b>Right.</b>")
                                 : mark.arg(QStringLiteral("#c62828"), QStringLiteral("\u2718")) +
                                       tr("<b>Not quite.</b>");
    text += QLatin1Char(' ') + tr("The answer: %1").arg(q.answerText.toHtmlEscaped());
    if (!grade.correct && q.kind == QuizKind::Segment) {
        QStringList wrong;
        if (!grade.flagsRight)
            wrong << tr("flags");
        if (!grade.seqRight)
            wrong << QStringLiteral("seq");
        if (!grade.ackRight)
            wrong << QStringLiteral("ack");
        text += QStringLiteral("<br>") + tr("Wrong: %1").arg(wrong.join(QStringLiteral(", ")));
    }
    const QString why = m_explainer ? m_explainer(q.eventIndex) : QString();
    if (!why.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(why.toHtmlEscaped());
    return text;
}

// The right choice gets a tick, a wrong pick a cross, so the answer is seen
// where it was asked.
void QuizPanel::markChoices(const QuizQuestion& q) {
    const QList<QAbstractButton*> buttons = m_choices->buttons();
    for (int i = 0; i < buttons.size(); ++i) {
        const auto at = static_cast<std::size_t>(i);
        const bool right = q.kind == QuizKind::Segment ? q.flagChoices.at(at) == q.flags
                                                       : q.stateChoices.at(at) == q.to;
        if (right)
            buttons[i]->setText(buttons[i]->text() + QStringLiteral("  \u2714"));
        else if (buttons[i]->isChecked())
            buttons[i]->setText(buttons[i]->text() + QStringLiteral("  \u2718"));
    }
}

void QuizPanel::next() {
    if (!m_quiz.isAnswered())
        return;
    m_quiz.next();
    showQuestion();
}

void QuizPanel::updateScore() {
    m_score->setText(tr("Score: %1 / %2").arg(m_quiz.score()).arg(m_quiz.answeredCount()));
}

// Enter checks, then moves on. It reaches here from the line edits too, which
// pass it on to their parent.
void QuizPanel::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_quiz.isAnswered())
            next();
        else
            check();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QuizPanel::changeEvent(QEvent* event) {
    if (!event || event->type() == QEvent::LanguageChange) {
        m_check->setText(tr("&Check"));
        m_next->setText(tr("&Next"));
        m_restart->setText(tr("&Restart"));
        m_seq->setToolTip(tr("The sequence number: absolute, or relative to this side's ISN"));
        m_ack->setToolTip(tr("The acknowledgment number: absolute, or relative to the peer's ISN"));
    }
    if (event)
        QWidget::changeEvent(event);
}

} // namespace ui
