#pragma once

// The classic interview questions about TCP connection management, each with a
// short answer and the built-in scenarios that show it happen. Data only: the
// questions panel (ui/questions_panel.h) shows them.

#include <QString>
#include <QStringList>
#include <vector>

namespace ui {

struct InterviewQuestion {
    QString id;            // stable, e.g. "three-way"
    QString question;      // translated
    QString answer;        // translated rich text (a few paragraphs, simple HTML)
    QStringList scenarios; // ids of built-in scenarios (resources/scenarios/<id>.json)
    std::vector<InterviewQuestion> followUps; // what an interviewer asks next
};

// Every question, in the order an interview usually goes, translated into the
// current language.
std::vector<InterviewQuestion> interviewQuestions();

} // namespace ui
