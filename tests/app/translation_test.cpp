// The Simplified Chinese translation as the program loads it: catalogs
// embedded as resources, Qt's own, and the strings that must not change.
// (That every string has a translation is checked by the ctest
// translations_complete, which runs scripts/update-translations.sh --check.)

#include "app/language.h"
#include "app/main_window.h"
#include "app/scenario_texts.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>
#include <gtest/gtest.h>

namespace {

QString translate(const char* context, const char* text) {
    return QCoreApplication::translate(context, text);
}

// Loads Simplified Chinese for one test, and unloads it afterwards.
class ChineseTest : public ::testing::Test {
protected:
    ChineseTest() { installed = app::installTranslators(QStringLiteral("zh_CN")); }
    ~ChineseTest() override {
        QGuiApplication::setFont(m_font); // Chinese prefers a CJK face
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    int installed = 0;

private:
    const QFont m_font = QGuiApplication::font(); // before the constructor's body
};

} // namespace

TEST(Language, everyTranslationFile_isEmbedded) {
    const QStringList embedded = QDir(QStringLiteral(":/i18n")).entryList();
    const QStringList sources = QDir(QStringLiteral(HL_SOURCE_DIR "/resources/translations"))
                                    .entryList({QStringLiteral("*_zh_CN.ts")}, QDir::Files);
    ASSERT_TRUE(sources.contains(QStringLiteral("handshake-lab_zh_CN.ts")));
    for (QString name : sources)
        EXPECT_TRUE(embedded.contains(name.replace(QStringLiteral(".ts"), QStringLiteral(".qm"))))
            << name.toStdString();
}

TEST(Language, commandLine_winsOverSavedAndSystem) {
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    EXPECT_EQ(app::chooseLanguage(std::string("en"), QStringLiteral("zh_CN"), chinese),
              QStringLiteral("en"));
    EXPECT_EQ(app::chooseLanguage(std::string("zh_CN"), QString(), QLocale::c()),
              QStringLiteral("zh_CN"));
}

TEST(Language, savedChoice_winsOverSystem) {
    EXPECT_EQ(app::chooseLanguage({}, QStringLiteral("en"), QLocale(QLocale::Chinese)),
              QStringLiteral("en"));
    EXPECT_EQ(app::chooseLanguage({}, QStringLiteral("zh_CN"), QLocale(QLocale::French)),
              QStringLiteral("zh_CN"));
}

TEST(Language, systemDefault_anyChineseGivesZhCn_elseEnglish) {
    EXPECT_EQ(app::chooseLanguage({}, QString(), QLocale(QLocale::Chinese, QLocale::Taiwan)),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(app::chooseLanguage({}, QString(), QLocale(QLocale::Chinese, QLocale::China)),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(app::chooseLanguage({}, QString(), QLocale(QLocale::French, QLocale::France)),
              QStringLiteral("en"));
    // A saved value this version does not know (from a newer one) is ignored.
    EXPECT_EQ(app::chooseLanguage({}, QStringLiteral("ja"), QLocale(QLocale::German)),
              QStringLiteral("en"));
}

TEST(Language, english_installsNothing) {
    EXPECT_EQ(app::installTranslators(QStringLiteral("en")), 0);
    EXPECT_EQ(translate("app::MainWindow", "&File"), QStringLiteral("&File"));
}

TEST_F(ChineseTest, menusAndScenarioTitles_comeOutInChinese) {
    EXPECT_GE(installed, 1);
    EXPECT_EQ(translate("app::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    EXPECT_EQ(translate("app::MainWindow", "&View"), QStringLiteral("视图(&V)"));
    EXPECT_EQ(app::scenarioText("The three-way handshake"), QStringLiteral("三次握手"));
    EXPECT_EQ(translate("ScenarioTopics", "Loss and retransmission"), QStringLiteral("丢包与重传"));
    // A user's own scenario title has no translation and stays as written.
    EXPECT_EQ(app::scenarioText("My lab"), QStringLiteral("My lab"));
}

TEST_F(ChineseTest, window_showsChineseMenus) {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const app::MainWindow window(app::ScenarioLibrary::builtIn());
    QStringList menus;
    for (const QAction* action : window.menuBar()->actions())
        menus << action->text();
    EXPECT_TRUE(menus.contains(QStringLiteral("文件(&F)"))) << menus.join(' ').toStdString();
    EXPECT_TRUE(menus.contains(QStringLiteral("播放(&P)"))) << menus.join(' ').toStdString();
    QSettings().clear();
}

TEST_F(ChineseTest, rfcNames_stayInRfcSpelling) {
    const QString rst = translate("EventText", "RST received: back to LISTEN");
    EXPECT_NE(rst, QStringLiteral("RST received: back to LISTEN")); // it is translated
    EXPECT_TRUE(rst.contains(QStringLiteral("RST")) && rst.contains(QStringLiteral("LISTEN")));
    EXPECT_EQ(translate("ScenarioTopics", "TIME-WAIT"), QStringLiteral("TIME-WAIT"));
    const QString synAck = translate("ui::StateMachineLayout", "rcv SYN / snd SYN,ACK");
    EXPECT_TRUE(synAck.contains(QStringLiteral("SYN,ACK"))) << synAck.toStdString();
    const QString title = app::scenarioText("The third segment of the handshake is lost");
    EXPECT_FALSE(title.contains(QStringLiteral("third"))); // translated
}

// Qt's own strings (standard buttons) come from the qt6-translations-l10n package.
TEST_F(ChineseTest, standardButtons_areChinese) {
    const QString qtbase =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
    if (!QFile::exists(qtbase))
        GTEST_SKIP() << "qt6-translations-l10n is not installed (scripts/dev.sh setup)";
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
}

TEST(LanguageMenu, choosingALanguage_savesItForTheNextStart) {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    app::MainWindow window(app::ScenarioLibrary::builtIn());
    int prompts = 0;
    window.setRestartPrompt([&prompts] {
        ++prompts;
        return false; // "Later": no restart in a test
    });
    const auto action = [&window](const QString& text) -> QAction* {
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text() == text)
                return a;
        return nullptr;
    };
    QAction* chinese = action(QStringLiteral("简体中文")); // named in itself
    QAction* system = action(QStringLiteral("&System Default"));
    ASSERT_TRUE(chinese && system && action(QStringLiteral("English")));
    EXPECT_TRUE(system->isChecked());
    chinese->trigger();
    EXPECT_EQ(app::savedLanguage(), QStringLiteral("zh_CN"));
    EXPECT_EQ(prompts, 1);
    EXPECT_TRUE(chinese->isChecked());
    system->trigger();
    EXPECT_EQ(app::savedLanguage(), QString());
    EXPECT_EQ(prompts, 2);
    QSettings().clear();
}
