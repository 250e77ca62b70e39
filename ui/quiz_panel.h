#pragma once

#include "ui/quiz.h"

#include <QWidget>
#include <functional>
#include <memory>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace ui {

// The quiz of learn mode: one question at a time (flags and states as radio
// buttons, seq and ack typed), Check for immediate feedback with the right
// answer and an explanation, Next, and the score at the end with Restart.
// While it runs it asks the window to put the playhead just before the event
// asked about (seekRequested), and onto it once answered.
class QuizPanel : public QWidget {
    Q_OBJECT

public:
    explicit QuizPanel(QWidget* parent = nullptr);

    // A new scenario: the quiz starts over on it.
    void setTrace(std::shared_ptr<const core::Trace> trace);
    // The same scenario after an edit: answers before the edit are kept and the
    // quiz goes on from where it was (Quiz::updateTrace).
    void updateTrace(std::shared_ptr<const core::Trace> trace);

    // The explanation shown after an answer; by default the event in words.
    using Explainer = std::function<QString(int eventIndex)>;
    void setExplainer(Explainer explainer);

    // Only a running quiz moves the playhead.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    void restart();

    const Quiz& quiz() const { return m_quiz; }
    QLabel* promptLabel() const { return m_prompt; }
    QList<QRadioButton*> choiceButtons() const;
    QLineEdit* seqEdit() const { return m_seq; }
    QLineEdit* ackEdit() const { return m_ack; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* nextButton() const { return m_next; }
    QLabel* feedbackLabel() const { return m_feedback; }
    QLabel* scoreLabel() const { return m_score; }

public slots:
    void check();
    void next();

signals:
    void seekRequested(int eventIndex);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void createWidgets();
    void showQuestion();
    void showEnd();
    void setChoices(const QStringList& texts);
    void setNumbersShown(bool seq, bool ack);
    QuizAnswer collectAnswer() const;
    void markChoices(const QuizQuestion& q);
    QString feedbackText(const QuizQuestion& q, const QuizGrade& grade) const;
    void updateScore();

    std::shared_ptr<const core::Trace> m_trace;
    Quiz m_quiz;
    Explainer m_explainer;
    bool m_running = false;

    QLabel* m_progress = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_context = nullptr;
    QGroupBox* m_choiceBox = nullptr;
    QVBoxLayout* m_choiceLayout = nullptr;
    QButtonGroup* m_choices = nullptr;
    QWidget* m_numbers = nullptr;
    QLabel* m_seqLabel = nullptr;
    QLineEdit* m_seq = nullptr;
    QLabel* m_ackLabel = nullptr;
    QLineEdit* m_ack = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_restart = nullptr;
    QLabel* m_feedback = nullptr;
};

} // namespace ui
