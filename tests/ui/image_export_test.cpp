#include "core/scenario_json.h"
#include "core/simulate.h"
#include "ui/image_export.h"
#include "ui/sequence_layout.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct Exported {
    core::Trace trace;
    ui::SequenceDiagram diagram;
};

Exported scenario(const std::string& id) {
    Exported e;
    e.trace = core::simulate(core::loadScenarioFile(std::string(HL_SOURCE_DIR) +
                                                    "/resources/scenarios/" + id + ".json"));
    e.diagram = ui::layoutSequence(e.trace, ui::SequenceOptions{});
    return e;
}

ui::ExportResult exportAs(const Exported& e, const QString& path, ui::ImageExportOptions options,
                          ui::SequencePaintOptions paint = {}) {
    options.format = *ui::imageFormatFor(path);
    return ui::exportSequence(e.diagram, e.trace, paint, options, path);
}

// True when some pixel differs from the first one.
bool hasContent(const QImage& image) {
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

class ImageExport : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString file(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

} // namespace

TEST_F(ImageExport, png_decodes_andScaleTwoDoublesItsSize) {
    const Exported e = scenario("default");
    ui::ImageExportOptions options;
    ASSERT_TRUE(exportAs(e, file("one.png"), options).ok());
    options.scale = 2.0;
    ASSERT_TRUE(exportAs(e, file("two.png"), options).ok());
    const QImage one(file("one.png"));
    const QImage two(file("two.png"));
    ASSERT_FALSE(one.isNull());
    ASSERT_FALSE(two.isNull());
    EXPECT_NEAR(two.width(), 2 * one.width(), 1);
    EXPECT_NEAR(two.height(), 2 * one.height(), 1);
    EXPECT_TRUE(hasContent(one));
}

TEST_F(ImageExport, transparentPng_hasAlpha_otherwiseOpaque) {
    const Exported e = scenario("default");
    ui::ImageExportOptions options;
    ASSERT_TRUE(exportAs(e, file("opaque.png"), options).ok());
    options.transparent = true;
    ASSERT_TRUE(exportAs(e, file("clear.png"), options).ok());
    const QImage clear(file("clear.png"));
    EXPECT_TRUE(clear.hasAlphaChannel());
    EXPECT_EQ(qAlpha(clear.pixel(2, 2)), 0);
    EXPECT_TRUE(hasContent(clear));
    EXPECT_EQ(qAlpha(QImage(file("opaque.png")).pixel(2, 2)), 255);
}

TEST_F(ImageExport, svg_parses_andCarriesTheSegmentLabelsAsText) {
    const Exported e = scenario("default");
    ASSERT_TRUE(exportAs(e, file("d.svg"), {}).ok());
    const QSvgRenderer renderer(file("d.svg"));
    EXPECT_TRUE(renderer.isValid());
    QFile svg(file("d.svg"));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    EXPECT_TRUE(text.contains("SYN, ACK seq=300 ack=101"));
    EXPECT_TRUE(text.contains("server:80"));
}

TEST_F(ImageExport, pdf_startsAsPdf_andRendersToANonBlankPage) {
    const Exported e = scenario("default");
    ASSERT_TRUE(exportAs(e, file("d.pdf"), {}).ok());
    QFile pdf(file("d.pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("48"),
                    QStringLiteral("-singlefile"), file("d.pdf"), file("page")});
    ASSERT_TRUE(pdftoppm.waitForFinished(60000)) << "pdftoppm (poppler-utils) did not run";
    ASSERT_EQ(pdftoppm.exitCode(), 0) << pdftoppm.readAllStandardError().toStdString();
    const QImage page(file("page.png"));
    ASSERT_FALSE(page.isNull());
    EXPECT_TRUE(hasContent(page));
}

TEST_F(ImageExport, veryTallPng_isSplitIntoNumberedPages_eachWithinTheLimit) {
    const Exported e = scenario("syn-flood");
    ui::ImageExportOptions options;
    options.scale = 2.0;
    options.maxPngHeight = 3000; // 32767 by default: the same splitting, smaller files
    ui::SequenceOptions rows;
    rows.axis = ui::TimeAxisMode::EventRows; // one row per event
    const ui::SequenceDiagram tall = ui::layoutSequence(e.trace, rows);
    ASSERT_GT(tall.height * options.scale, 2.0 * options.maxPngHeight);
    const ui::ExportResult result =
        ui::exportSequence(tall, e.trace, {}, options, file("flood.png"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_GE(result.files.size(), 3);
    EXPECT_EQ(result.files[0], file("flood-1.png"));
    for (const QString& page : result.files) {
        const QImage image(page);
        ASSERT_FALSE(image.isNull()) << page.toStdString();
        EXPECT_LE(image.height(), options.maxPngHeight);
        EXPECT_GT(image.height(), options.maxPngHeight / 10);
    }
    // Whatever the limit and the rounding of page sizes, no page is over it.
    for (const int limit : {2999, 3000, 3001, 3002}) {
        options.maxPngHeight = limit;
        const auto picture = ui::sequencePicture(tall, e.trace, {}, options);
        for (int i = 0; i < picture->pageCount(); ++i)
            EXPECT_LE(ui::pngPixelSize(picture->pageSize(i), options.scale).height(), limit)
                << "limit " << limit << " page " << i;
    }
}

TEST_F(ImageExport, timeRange_drawsOnlyThatPart) {
    const Exported e = scenario("default");
    ASSERT_TRUE(exportAs(e, file("all.png"), {}).ok());
    ui::SequencePaintOptions paint;
    paint.visible = ui::sequenceRange(e.diagram, core::Micros{0}, core::Micros{300000});
    ASSERT_TRUE(exportAs(e, file("part.png"), {}, paint).ok());
    EXPECT_LT(QImage(file("part.png")).height(), QImage(file("all.png")).height());
    EXPECT_EQ(QImage(file("part.png")).width(), QImage(file("all.png")).width());
}

TEST_F(ImageExport, stateMachine_pngHasTheCanvasSize) {
    ui::ImageExportOptions options;
    options.theme = ui::ExportTheme::Dark;
    const ui::ExportResult result = ui::exportStateMachine(
        {{QStringLiteral("client:49152"), Qt::red, core::State::Established, std::nullopt}},
        options, file("states.png"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const QImage image(file("states.png"));
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 900);
    EXPECT_TRUE(hasContent(image));
}

TEST_F(ImageExport, unwritablePlace_saysWhere) {
    const Exported e = scenario("default");
    const ui::ExportResult result = exportAs(e, QStringLiteral("/nonexistent-dir/x.png"), {});
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("/nonexistent-dir/x.png")));
}

TEST_F(ImageExport, opaquePng_isFilledToItsEdges_atWholeAndFractionalScales) {
    const Exported e = scenario("default");
    for (const double scale : {1.0, 1.5, 2.0, 96.0 / 72.0}) {
        ui::ImageExportOptions options;
        options.scale = scale;
        options.caption = QStringLiteral("A caption that makes the height uneven");
        ASSERT_TRUE(exportAs(e, file("edge.png"), options).ok());
        const QImage image(file("edge.png"));
        ASSERT_FALSE(image.isNull());
        const int right = image.width() - 1;
        const int bottom = image.height() - 1;
        for (int x = 0; x < image.width(); ++x)
            ASSERT_EQ(qAlpha(image.pixel(x, bottom)), 255) << "scale " << scale << " x " << x;
        for (int y = 0; y < image.height(); ++y)
            ASSERT_EQ(qAlpha(image.pixel(right, y)), 255) << "scale " << scale << " y " << y;
    }
}

TEST_F(ImageExport, timeRange_reachesTheArrivalOfSegmentsSentInIt) {
    const Exported e = scenario("default"); // the SYN leaves at 100 ms, arrives at 150 ms
    const QRectF range = ui::sequenceRange(e.diagram, core::Micros{0}, core::Micros{120000});
    EXPECT_GT(range.bottom(), e.diagram.axis.y(core::Micros{150000}));
    EXPECT_LT(range.bottom(), e.diagram.axis.y(core::Micros{200000}));
}

TEST_F(ImageExport, picture_drawsWhatTheFileHolds) {
    const Exported e = scenario("default");
    ui::ImageExportOptions options;
    options.title = QStringLiteral("Title");
    const auto picture = ui::sequencePicture(e.diagram, e.trace, {}, options);
    ASSERT_EQ(picture->pageCount(), 1);
    const QImage drawn = ui::pageImage(*picture, 0, 1.0, false);
    EXPECT_EQ(drawn.size(), ui::pngPixelSize(picture->pageSize(0), 1.0));
    ASSERT_TRUE(ui::writePicture(*picture, options, file("file.png")).ok());
    EXPECT_EQ(QImage(file("file.png")).convertToFormat(drawn.format()), drawn);
}

// What the preview relies on: inside the area a page is drawn as in full,
// and far outside it hardly anything is drawn.
TEST_F(ImageExport, picture_area_drawsThatPartAsInFull) {
    const Exported e = scenario("default");
    const auto picture = ui::sequencePicture(e.diagram, e.trace, {}, {});
    const QSize size = ui::pngPixelSize(picture->pageSize(0), 1.0);
    const auto draw = [&](const QRectF& area) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        picture->paintPage(p, 0, area);
        return image;
    };
    const QImage full = draw({});
    const QRect area(0, 300, size.width(), 150);
    const QImage part = draw(area);
    EXPECT_EQ(part.copy(area), full.copy(area));
    const auto drawn = [&](const QImage& image, int top, int bottom) {
        int count = 0;
        for (int y = top; y < bottom; ++y)
            for (int x = 0; x < size.width(); ++x)
                count += image.pixel(x, y) != image.pixel(2, 2) ? 1 : 0;
        return count;
    };
    const int below = area.bottom() + 300;
    EXPECT_LT(drawn(part, below, size.height()), drawn(full, below, size.height()) / 4);
}

TEST_F(ImageExport, longTitle_wrapsWithinThePictureWidth) {
    const Exported e = scenario("default");
    ui::ImageExportOptions options;
    options.title = QStringLiteral("Short");
    const QSizeF one = ui::sequencePicture(e.diagram, e.trace, {}, options)->pageSize(0);
    options.title = QStringLiteral("A title much too long for one line: ").repeated(6);
    const QSizeF wrapped = ui::sequencePicture(e.diagram, e.trace, {}, options)->pageSize(0);
    EXPECT_EQ(wrapped.width(), one.width());
    EXPECT_GT(wrapped.height(), one.height() + 40);
}

TEST_F(ImageExport, unwritableFile_saysWhyAsTheSystemDoes) {
    const Exported e = scenario("default");
    const QString path = file("missing/x.svg");
    QFile probe(path);
    ASSERT_FALSE(probe.open(QIODevice::WriteOnly));
    const ui::ExportResult result = exportAs(e, path, {});
    EXPECT_TRUE(result.error.endsWith(probe.errorString())) << result.error.toStdString();
}
