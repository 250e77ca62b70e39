// The Learn menu: interview questions and the quiz, each in a dock.

#include "app/main_window.h"
#include "app/scenario_document.h"
#include "app/scenario_texts.h"
#include "ui/event_log_view.h"
#include "ui/narration.h"
#include "ui/playback.h"
#include "ui/questions_panel.h"
#include "ui/quiz_panel.h"
#include "ui/sequence_view.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMenuBar>

namespace app {

namespace {

// Closing the quiz dock ends the quiz, so the diagram shows the future again.
class CloseWatcher : public QObject {
public:
    CloseWatcher(QObject* parent, std::function<void()> onClose)
        : QObject(parent), m_onClose(std::move(onClose)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Close)
            m_onClose();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onClose;
};

} // namespace

void MainWindow::createLearnMenu() {
    m_questions = new ui::QuestionsPanel(this);
    QHash<QString, QString> titles;
    for (const ScenarioLibrary::Entry& e : m_library.entries())
        titles.insert(QString::fromStdString(e.id), scenarioText(e.title));
    m_questions->setScenarioTitles(titles);
    m_questionsDock = addDock(m_questions, tr("Interview Questions"),
                              QStringLiteral("questionsDock"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(m_docks.front(), m_questionsDock);
    m_docks.front()->raise();
    m_questionsDock->hide();

    m_quiz = new ui::QuizPanel(this);
    m_quizDock = addDock(m_quiz, tr("Quiz"), QStringLiteral("quizDock"), Qt::RightDockWidgetArea);
    // Beside the diagram, in the lab's place: the state machine stays in view.
    if (auto* lab = findChild<QDockWidget*>(QStringLiteral("labDock")))
        tabifyDockWidget(lab, m_quizDock);
    m_quizDock->hide();
    m_quizDock->installEventFilter(new CloseWatcher(this, [this] { stopQuiz(); }));

    QMenu* learn = menuBar()->addMenu(tr("&Learn"));
    learn->addAction(tr("Interview &Questions"), this, [this] {
        m_questionsDock->show();
        m_questionsDock->raise();
        // Room for a question on one line and its answer in a few.
        resizeDocks({m_questionsDock}, {420}, Qt::Horizontal);
        m_questions->setFocus();
    });
    learn->addSeparator();
    QAction* start = learn->addAction(tr("Start &Quiz"), this, &MainWindow::startQuiz);
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    start->setToolTip(tr("Predict each segment and state change before it happens"));
    m_stopQuizAction = learn->addAction(tr("S&top Quiz"), this, &MainWindow::stopQuiz);
    m_stopQuizAction->setEnabled(false);
}

void MainWindow::connectLearn() {
    connect(m_questions, &ui::QuestionsPanel::scenarioRequested, this,
            [this](const QString& id) { openBuiltIn(id); });
    connect(m_quiz, &ui::QuizPanel::seekRequested, this, &MainWindow::seekForQuiz);
    // Connected after connectViews(): the playhead has been set for the new
    // trace when the quiz asks to move it.
    connect(m_document, &ScenarioDocument::traceChanged, this, [this] {
        if (m_opening)
            m_quiz->setTrace(m_document->trace());
        else
            m_quiz->updateTrace(m_document->trace());
    });
    m_quiz->setTrace(m_document->trace());
    // The feedback explains the event as the narration does.
    m_quiz->setExplainer([this](int eventIndex) {
        const ui::Narration n = ui::narrate(*m_document->trace(), eventIndex);
        return QStringList{n.what, n.why}.join(QLatin1Char(' ')).trimmed();
    });
}

void MainWindow::seekForQuiz(int eventIndex) {
    m_playback->pause();
    const ui::Quiz& quiz = m_quiz->quiz();
    const std::vector<core::Micros>& times = m_playback->eventTimes();
    const int asked = eventIndex + 1;
    // The diagram draws up to a time, not up to an event: a segment sent at
    // the same instant as the last event shown would be drawn, answer and all.
    // So while a question waits, stop just short of its event's time.
    if (quiz.current() && !quiz.isAnswered() && quiz.current()->eventIndex == asked &&
        asked < static_cast<int>(times.size())) {
        m_playback->seekTime(times[static_cast<std::size_t>(asked)] - core::Micros{1});
        return;
    }
    m_playback->seekEvent(eventIndex);
}

void MainWindow::startQuiz() {
    m_playback->pause();
    m_sequence->setShowFuture(false);
    m_eventLog->setHideFuture(true);
    m_quizDock->show();
    m_quizDock->raise();
    m_stopQuizAction->setEnabled(true);
    m_quiz->start();
    m_quiz->setFocus();
}

void MainWindow::stopQuiz() {
    if (!m_quiz->isRunning())
        return;
    m_quiz->stop();
    m_sequence->setShowFuture(true);
    m_eventLog->setHideFuture(false);
    m_stopQuizAction->setEnabled(false);
    m_quizDock->hide();
}

} // namespace app
