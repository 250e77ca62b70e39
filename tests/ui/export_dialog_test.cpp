#include "core/scenario_json.h"
#include "core/simulate.h"
#include "ui/export_dialog.h"
#include "ui/export_preview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

std::shared_ptr<const core::Trace> scenarioTrace(const std::string& id) {
    return std::make_shared<const core::Trace>(core::simulate(core::loadScenarioFile(
        std::string(HL_SOURCE_DIR) + "/resources/scenarios/" + id + ".json")));
}

// The window at 0.2 s of the default scenario (client:49152 connects to
// server:80, ISNs 100 and 300), its state machine with the client lit.
ui::ExportSource defaultSource() {
    ui::ExportSource source;
    source.trace = scenarioTrace("default");
    source.time = core::Micros{200000};
    source.visible = QRectF(0, 0, 500, 300);
    source.endpoints = {{QStringLiteral("client:49152"), QColor(0x1f, 0x77, 0xb4),
                         core::State::Established, std::nullopt}};
    source.suggestedName = QStringLiteral("default");
    return source;
}

class ExportDialogTest : public ::testing::Test {
protected:
    ExportDialogTest() {
        // Settings go to a test location, under a name of their own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Handshake Lab Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("export-dialog-test"));
        QSettings().clear();
    }
    ~ExportDialogTest() override { QSettings().clear(); }

    QString file(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    // Exports with `change` applied to the dialog's choices.
    template <typename Change>
    ui::ExportResult exportWith(ui::ExportDialog& dialog, const char* name, Change change) {
        ui::ExportChoices c = dialog.choices();
        change(c);
        dialog.setChoices(c);
        dialog.setPath(file(name));
        return dialog.exportNow();
    }

    QTemporaryDir dir;
};

QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool waitForPreview(const ui::ExportDialog& dialog, int after) {
    return QTest::qWaitFor([&] { return dialog.previewGeneration() > after; }, 5000);
}

} // namespace

TEST_F(ExportDialogTest, png2xTransparentWithTitle_writesThatSizeWithAlpha) {
    ui::ExportDialog dialog(defaultSource());
    ASSERT_TRUE(exportWith(dialog, "plain.png", [](ui::ExportChoices& c) {
                    c.format = ui::ImageFormat::Png;
                    c.scaleFactor = 1;
                }).ok());
    const ui::ExportResult result = exportWith(dialog, "slide.png", [](ui::ExportChoices& c) {
        c.scaleFactor = 2;
        c.transparent = true;
        c.title = QStringLiteral("The three-way handshake");
    });
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.files, QStringList{file("slide.png")});
    const QImage plain(file("plain.png"));
    const QImage slide(file("slide.png"));
    ASSERT_FALSE(slide.isNull());
    EXPECT_NEAR(slide.width(), 2 * plain.width(), 1);
    EXPECT_GT(slide.height(), 2 * plain.height() + 40) << "the title adds a line";
    EXPECT_TRUE(slide.hasAlphaChannel());
    EXPECT_EQ(qAlpha(slide.pixel(2, 2)), 0);
    const QString size = QStringLiteral("%1 × %2 px").arg(slide.width()).arg(slide.height());
    EXPECT_EQ(dialog.sizeText(), size);
    EXPECT_EQ(dialog.statusLabel()->text(), QStringLiteral("Wrote slide.png (%1).").arg(size));
}

TEST_F(ExportDialogTest, printTheme_keepsEveryLayer_onAWhiteBackground) {
    ui::ExportDialog dialog(defaultSource());
    ASSERT_TRUE(exportWith(dialog, "dark.png", [](ui::ExportChoices& c) {
                    c.theme = ui::ExportTheme::Dark;
                }).ok());
    ASSERT_TRUE(exportWith(dialog, "print.png", [](ui::ExportChoices& c) {
                    c.theme = ui::ExportTheme::Print;
                }).ok());
    EXPECT_EQ(dialog.choices().layers, ui::DiagramLayers{});
    for (const char* name : {"State bands", "Timers", "Application calls", "Arrow labels"}) {
        const auto boxes = dialog.findChildren<QCheckBox*>();
        const auto box = std::find_if(boxes.begin(), boxes.end(), [&](const QCheckBox* b) {
            return b->text() == QLatin1String(name);
        });
        ASSERT_NE(box, boxes.end()) << name;
        EXPECT_TRUE((*box)->isEnabled() && (*box)->isChecked()) << name;
    }
    EXPECT_EQ(QImage(file("print.png")).pixel(2, 2), qRgb(255, 255, 255));
    EXPECT_LT(qGray(QImage(file("dark.png")).pixel(2, 2)), 80);
}

TEST_F(ExportDialogTest, timeOrEventRange_givesAShorterPictureThanTheWhole) {
    ui::ExportDialog dialog(defaultSource());
    ASSERT_TRUE(exportWith(dialog, "whole.png", [](ui::ExportChoices&) {}).ok());
    dialog.setTimeRange(core::Micros{0}, core::Micros{300000});
    ASSERT_TRUE(exportWith(dialog, "time.png", [](ui::ExportChoices& c) {
                    c.subject = ui::ExportSubject::TimeRange;
                }).ok());
    dialog.setEventRange(0, 5);
    ASSERT_TRUE(exportWith(dialog, "events.png", [](ui::ExportChoices& c) {
                    c.subject = ui::ExportSubject::EventRange;
                }).ok());
    const QImage whole(file("whole.png"));
    EXPECT_LT(QImage(file("time.png")).height(), whole.height());
    EXPECT_LT(QImage(file("events.png")).height(), QImage(file("time.png")).height());
    EXPECT_EQ(QImage(file("time.png")).width(), whole.width());
}

TEST_F(ExportDialogTest, stateMachine_writesTheStateMachine) {
    const ui::ExportSource source = defaultSource();
    ui::ExportDialog dialog(source);
    const ui::ExportResult result = exportWith(dialog, "states.png", [](ui::ExportChoices& c) {
        c.subject = ui::ExportSubject::StateMachine;
        c.scaleFactor = 1;
    });
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ui::ImageExportOptions options;
    ASSERT_TRUE(ui::exportStateMachine(source.endpoints, options, file("direct.png")).ok());
    EXPECT_EQ(QImage(file("states.png")), QImage(file("direct.png")));
}

TEST_F(ExportDialogTest, stateMachine_disablesTheDiagramsLayers) {
    ui::ExportDialog dialog(defaultSource());
    ui::ExportChoices c = dialog.choices();
    c.subject = ui::ExportSubject::StateMachine;
    dialog.setChoices(c);
    for (const QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
        if (box->text() == QLatin1String("Timers")) {
            EXPECT_FALSE(box->isEnabled());
        }
    }
    EXPECT_TRUE(dialog.transparentBox()->isEnabled());
    EXPECT_TRUE(dialog.pathEdit()->text().endsWith(QLatin1String("default-states.png")))
        << dialog.pathEdit()->text().toStdString();
}

TEST_F(ExportDialogTest, transparentBox_isForPngOnly) {
    ui::ExportDialog dialog(defaultSource());
    ui::ExportChoices c = dialog.choices();
    for (const auto format : {ui::ImageFormat::Svg, ui::ImageFormat::Pdf, ui::ImageFormat::Png}) {
        c.format = format;
        dialog.setChoices(c);
        EXPECT_EQ(dialog.transparentBox()->isEnabled(), format == ui::ImageFormat::Png);
    }
}

TEST_F(ExportDialogTest, typingSvgExtension_switchesTheFormat) {
    ui::ExportDialog dialog(defaultSource());
    dialog.pathEdit()->clear();
    QTest::keyClicks(dialog.pathEdit(), file("typed.svg"));
    EXPECT_EQ(dialog.choices().format, ui::ImageFormat::Svg);
    EXPECT_FALSE(dialog.transparentBox()->isEnabled());
    ASSERT_TRUE(dialog.exportNow().ok());
    EXPECT_TRUE(contents(file("typed.svg")).contains("<svg"));
}

TEST_F(ExportDialogTest, choosingAFormat_changesTheExtension) {
    ui::ExportDialog dialog(defaultSource());
    dialog.setPath(file("figure.png"));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(static_cast<int>(ui::ImageFormat::Pdf)));
    EXPECT_EQ(dialog.path(), file("figure.pdf"));
}

TEST_F(ExportDialogTest, preview_isDrawnAgainAfterAChange) {
    ui::ExportDialog dialog(defaultSource());
    dialog.resize(900, 700);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const int before = dialog.previewGeneration();
    const QImage light = dialog.preview()->image();
    ui::ExportChoices c = dialog.choices();
    c.theme = ui::ExportTheme::Dark;
    dialog.setChoices(c);
    ASSERT_TRUE(waitForPreview(dialog, before));
    const QImage dark = dialog.preview()->image();
    EXPECT_NE(light, dark);
    const QPoint centre(dark.width() / 2, dark.height() / 2);
    EXPECT_LT(qGray(dark.pixel(centre)), qGray(light.pixel(centre)));
}

TEST_F(ExportDialogTest, typingATitle_redrawsOnceItSettles) {
    ui::ExportDialog dialog(defaultSource());
    const int before = dialog.previewGeneration();
    const QSize size = dialog.preview()->picture()->pageSize(0).toSize();
    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Handshake"));
    EXPECT_EQ(dialog.previewGeneration(), before) << "not on every key";
    ASSERT_TRUE(waitForPreview(dialog, before));
    EXPECT_EQ(dialog.previewGeneration(), before + 1);
    EXPECT_GT(dialog.preview()->picture()->pageSize(0).height(), size.height());
}

TEST_F(ExportDialogTest, relativeNumbers_changeTheSvgText) {
    ui::ExportDialog dialog(defaultSource());
    ASSERT_TRUE(exportWith(dialog, "absolute.svg", [](ui::ExportChoices& c) {
                    c.format = ui::ImageFormat::Svg;
                    c.relativeNumbers = false;
                }).ok());
    ASSERT_TRUE(exportWith(dialog, "relative.svg", [](ui::ExportChoices& c) {
                    c.relativeNumbers = true;
                }).ok());
    EXPECT_TRUE(contents(file("absolute.svg")).contains("SYN seq=100"));
    EXPECT_FALSE(contents(file("absolute.svg")).contains("seq=0"));
    EXPECT_TRUE(contents(file("relative.svg")).contains("SYN seq=0"));
}

TEST_F(ExportDialogTest, dpi_scalesAs96IsOneX) {
    ui::ExportDialog dialog(defaultSource());
    ASSERT_TRUE(exportWith(dialog, "2x.png", [](ui::ExportChoices& c) { c.scaleFactor = 2; }).ok());
    ASSERT_TRUE(exportWith(dialog, "192.png", [](ui::ExportChoices& c) {
                    c.scaleFactor = 0;
                    c.dpi = 192;
                }).ok());
    EXPECT_EQ(QImage(file("192.png")).size(), QImage(file("2x.png")).size());
}

TEST_F(ExportDialogTest, missingFolder_saysSoInRed_andWritesNothing) {
    ui::ExportDialog dialog(defaultSource());
    dialog.setPath(file("no/such/folder/x.png"));
    const ui::ExportResult result = dialog.exportNow();
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(dialog.statusLabel()->text().contains(QLatin1String("does not exist")))
        << dialog.statusLabel()->text().toStdString();
    EXPECT_NE(dialog.statusLabel()->palette().color(QPalette::WindowText),
              dialog.palette().color(QPalette::WindowText));
}

TEST_F(ExportDialogTest, choices_areRememberedForTheNextDialog) {
    ui::ExportChoices chosen;
    {
        ui::ExportDialog dialog(defaultSource());
        ASSERT_TRUE(exportWith(dialog, "kept.pdf", [](ui::ExportChoices& c) {
                        c.subject = ui::ExportSubject::Visible;
                        c.format = ui::ImageFormat::Pdf;
                        c.scaleFactor = 3;
                        c.theme = ui::ExportTheme::Print;
                        c.layers.timers = false;
                        c.relativeNumbers = true;
                        c.showMoment = true;
                        c.title = QStringLiteral("Title");
                        c.caption = QStringLiteral("Caption");
                    }).ok());
        chosen = dialog.choices();
        dialog.reject();
    }
    const ui::ExportDialog again(defaultSource());
    const ui::ExportChoices c = again.choices();
    EXPECT_EQ(c.subject, ui::ExportSubject::Visible);
    EXPECT_EQ(c.format, ui::ImageFormat::Pdf);
    EXPECT_EQ(c.scaleFactor, 3);
    EXPECT_EQ(c.theme, ui::ExportTheme::Print);
    EXPECT_FALSE(c.layers.timers);
    EXPECT_TRUE(c.relativeNumbers);
    EXPECT_TRUE(c.showMoment);
    EXPECT_EQ(c.title, QStringLiteral("Title"));
    EXPECT_EQ(c.caption, QStringLiteral("Caption"));
    EXPECT_EQ(again.path(), file("default.pdf")) << "in the folder written to last";
}

TEST_F(ExportDialogTest, visiblePart_followsTheWindowsHeight) {
    const auto exportVisible = [&](double height, const char* name) {
        ui::ExportSource source = defaultSource();
        source.visible = QRectF(0, 50, 500, height);
        ui::ExportDialog dialog(source);
        EXPECT_TRUE(exportWith(dialog, name, [](ui::ExportChoices& c) {
                        c.subject = ui::ExportSubject::Visible;
                        c.scaleFactor = 1;
                    }).ok());
        return QImage(file(name)).height();
    };
    EXPECT_NEAR(exportVisible(500, "tall.png") - exportVisible(300, "short.png"), 200, 1);
}

TEST_F(ExportDialogTest, theMoment_drawsThePlayhead_theFinishedDiagramDoesNot) {
    ui::ExportDialog dialog(defaultSource());
    ASSERT_TRUE(exportWith(dialog, "finished.png", [](ui::ExportChoices& c) {
                    c.scaleFactor = 1;
                    c.showMoment = false;
                }).ok());
    ASSERT_TRUE(exportWith(dialog, "moment.png", [](ui::ExportChoices& c) {
                    c.showMoment = true;
                }).ok());
    EXPECT_NE(QImage(file("moment.png")), QImage(file("finished.png")));
    EXPECT_EQ(QImage(file("moment.png")).size(), QImage(file("finished.png")).size());
}

TEST_F(ExportDialogTest, tallDiagram_isPreviewedLegibly_withAScrollBar) {
    ui::ExportSource source = defaultSource();
    source.trace = scenarioTrace("syn-flood");
    source.options.axis = ui::TimeAxisMode::EventRows; // one row per event: very tall
    ui::ExportDialog dialog(source);
    dialog.resize(900, 700);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_GE(dialog.preview()->scale(), ui::ExportPreview::kMinScale);
    EXPECT_GT(dialog.preview()->verticalScrollBar()->maximum(), 1000);
}
