#include "ui/png_writer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

namespace {

// Lines, text-like detail and flat colour: what a diagram is made of.
QImage drawing(QImage::Format format, const QColor& background) {
    QImage image(301, 203, format);
    image.fill(background);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x2f, 0x6f, 0xb5, 200), 3));
    p.drawLine(10, 10, 290, 190);
    p.fillRect(QRect(40, 120, 60, 30), QColor(0xff, 0xe4, 0x9a));
    p.drawText(QRect(120, 20, 170, 40), QStringLiteral("SYN, ACK seq=300 ack=101"));
    return image;
}

QImage readBack(const QByteArray& png) {
    QImage image;
    EXPECT_TRUE(image.loadFromData(png, "PNG"));
    return image;
}

} // namespace

TEST(PngWriter, opaqueImage_readsBackPixelForPixel_withoutAlpha) {
    QImage image = drawing(QImage::Format_RGB32, Qt::white);
    image.setDotsPerMeterX(7559); // 192 dpi
    image.setDotsPerMeterY(7559);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_EQ(ui::writePng(image, buffer, false), QString());

    const QImage back = readBack(buffer.data());
    EXPECT_FALSE(back.hasAlphaChannel());
    EXPECT_EQ(back.convertToFormat(QImage::Format_RGB32), image);
    EXPECT_EQ(back.dotsPerMeterX(), 7559);
}

TEST(PngWriter, transparentImage_keepsItsAlpha) {
    const QImage image = drawing(QImage::Format_ARGB32_Premultiplied, Qt::transparent);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_EQ(ui::writePng(image, buffer, true), QString());

    const QImage back = readBack(buffer.data());
    EXPECT_TRUE(back.hasAlphaChannel());
    EXPECT_EQ(qAlpha(back.pixel(0, 0)), 0);
    EXPECT_EQ(back.convertToFormat(QImage::Format_ARGB32),
              image.convertToFormat(QImage::Format_ARGB32));
}

TEST(PngWriter, opaquePremultipliedImage_isWrittenAsRgb) {
    const QImage image = drawing(QImage::Format_ARGB32_Premultiplied, Qt::white);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_EQ(ui::writePng(image, buffer, false), QString());

    const QImage back = readBack(buffer.data());
    EXPECT_FALSE(back.hasAlphaChannel());
    EXPECT_EQ(back.convertToFormat(QImage::Format_RGB32),
              image.convertToFormat(QImage::Format_RGB32));
}

// Tall enough for every thread to compress a band of its own.
TEST(PngWriter, tallImage_bandsJoinIntoOneStream) {
    QImage image(97, 4001, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 2, y % 256, (x * y) % 251));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_EQ(ui::writePng(image, buffer, false), QString());
    EXPECT_EQ(readBack(buffer.data()).convertToFormat(QImage::Format_RGB32), image);
}

TEST(PngWriter, deviceThatRefusesToWrite_saysWhy) {
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    EXPECT_FALSE(ui::writePng(drawing(QImage::Format_RGB32, Qt::white), readOnly, false).isEmpty());
}
