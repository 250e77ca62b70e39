// View > Language: the language the next start speaks, and a restart.

#include "app/language.h"
#include "app/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace app {

namespace {
// The arguments to start again with: all but --lang, which would otherwise
// override the language just chosen.
QStringList restartArguments() {
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang")) {
            ++i; // and its value
            continue;
        }
        if (!arguments[i].startsWith(QLatin1String("--lang=")))
            kept << arguments[i];
    }
    return kept;
}
} // namespace

void MainWindow::createLanguageMenu(QMenu* view) {
    QMenu* menu = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    // Each language is named in itself, so that a reader finds their own
    // whatever language the menu is in now.
    const std::pair<QString, QString> languages[] = {
        {QString(), tr("&System Default")},
        {QString::fromLatin1(kEnglish), QStringLiteral("English")},
        {QString::fromLatin1(kChinese), QStringLiteral("简体中文")},
    };
    const QString saved = savedLanguage();
    for (const auto& [code, name] : languages) {
        QAction* action = menu->addAction(name, this, [this, c = code] { setLanguage(c); });
        action->setCheckable(true);
        action->setChecked(code == saved ||
                           (code.isEmpty() && !isKnownLanguage(saved.toStdString())));
        group->addAction(action);
    }
}

void MainWindow::setLanguage(const QString& code) {
    if (code == savedLanguage())
        return;
    saveLanguage(code);
    if (m_restartPrompt ? m_restartPrompt() : askToRestart())
        restart();
}

bool MainWindow::askToRestart() {
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("The new language applies the next time Handshake Lab starts."),
                    QMessageBox::NoButton, this);
    QPushButton* now = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == now;
}

void MainWindow::restart() {
    // close() asks about unsaved edits first; keeping them cancels the restart.
    if (!close())
        return;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), restartArguments()))
        warn(tr("Language"), tr("Handshake Lab could not start again. Start it yourself to "
                                "see the new language."));
}

} // namespace app
