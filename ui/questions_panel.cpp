#include "ui/questions_panel.h"

#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr char kScheme[] = "scenario"; // links "scenario:loss-syn"
} // namespace

QuestionsPanel::QuestionsPanel(QWidget* parent) : QWidget(parent) {
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("questionsTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_answer = new QTextBrowser(this);
    m_answer->setObjectName(QStringLiteral("answerView"));
    m_answer->setOpenLinks(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_answer);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setFocusProxy(m_tree);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &QuestionsPanel::showAnswer);
    connect(m_answer, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String(kScheme))
            emit scenarioRequested(url.path());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const InterviewQuestion* q = find(item->data(0, kIdRole).toString());
        if (q && !q->scenarios.isEmpty())
            emit scenarioRequested(q->scenarios.first());
    });
    fill();
}

void QuestionsPanel::setScenarioTitles(QHash<QString, QString> titles) {
    m_titles = std::move(titles);
    showAnswer();
}

void QuestionsPanel::fill() {
    const QString selected = currentQuestion();
    m_questions = interviewQuestions();
    m_tree->clear();
    for (const InterviewQuestion& q : m_questions) {
        auto* item = new QTreeWidgetItem(m_tree, {q.question});
        item->setData(0, kIdRole, q.id);
        item->setToolTip(0, q.question); // the full question where a narrow dock elides it
        for (const InterviewQuestion& f : q.followUps) {
            auto* child = new QTreeWidgetItem(item, {f.question});
            child->setData(0, kIdRole, f.id);
            child->setToolTip(0, f.question);
        }
    }
    m_tree->expandAll();
    selectQuestion(selected.isEmpty() ? m_questions.front().id : selected);
}

void QuestionsPanel::selectQuestion(const QString& id) {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kIdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
}

QString QuestionsPanel::currentQuestion() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

const InterviewQuestion* QuestionsPanel::find(const QString& id) const {
    for (const InterviewQuestion& q : m_questions) {
        if (q.id == id)
            return &q;
        for (const InterviewQuestion& f : q.followUps)
            if (f.id == id)
                return &f;
    }
    return nullptr;
}

void QuestionsPanel::showAnswer() {
    m_links.clear();
    const InterviewQuestion* q = find(currentQuestion());
    if (!q) {
        m_answer->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>%2").arg(q->question.toHtmlEscaped(), q->answer);
    if (!q->scenarios.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("See it happen:").toHtmlEscaped());
    for (const QString& id : q->scenarios) {
        html += QStringLiteral("<p>\u25B6 <a href=\"%1:%2\">%3</a></p>")
                    .arg(QLatin1String(kScheme), id,
                         tr("Run: %1").arg(m_titles.value(id, id)).toHtmlEscaped());
        m_links << id;
    }
    m_answer->setHtml(html);
}

void QuestionsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

} // namespace ui
