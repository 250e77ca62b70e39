#pragma once

#include "ui/interview_questions.h"

#include <QHash>
#include <QWidget>

class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace ui {

// Interview questions: the questions with their follow-ups beneath them, the
// selected one's answer below, ending in one link per scenario that shows it
// ("Run: The three-way handshake"; links wrap in a narrow dock where buttons
// would not, and Tab and Enter reach them). Enter on a question runs its first
// scenario.
class QuestionsPanel : public QWidget {
    Q_OBJECT

public:
    explicit QuestionsPanel(QWidget* parent = nullptr);

    // Scenario titles by id, for the Run buttons; an id without a title shows itself.
    void setScenarioTitles(QHash<QString, QString> titles);

    // Selects a question (a follow-up too) by id and shows its answer.
    void selectQuestion(const QString& id);
    QString currentQuestion() const;

    QTreeWidget* tree() const { return m_tree; }
    QTextBrowser* answerView() const { return m_answer; }
    // The scenario ids the answer shown links to, in order.
    QStringList runLinks() const { return m_links; }

signals:
    void scenarioRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void showAnswer();
    const InterviewQuestion* find(const QString& id) const;

    std::vector<InterviewQuestion> m_questions;
    QHash<QString, QString> m_titles;
    QTreeWidget* m_tree = nullptr;
    QTextBrowser* m_answer = nullptr;
    QStringList m_links;
};

} // namespace ui
