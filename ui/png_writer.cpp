#include "ui/png_writer.h"

#include "ui/row_bands.h"

#include <QIODevice>
#include <QImage>
#include <QtEndian>
#include <array>
#include <future>
#include <string>
#include <vector>
#include <zlib.h>

namespace ui {

namespace {

// A big-endian 32-bit number, as PNG stores every length and size.
void appendUint32(std::string& out, quint32 value) {
    const quint32 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char*>(&big), sizeof big);
}

// One PNG chunk: length, type, data, CRC of type and data (PNG 5.3).
std::string chunk(const char (&type)[5], const std::string& data) {
    std::string out;
    appendUint32(out, static_cast<quint32>(data.size()));
    out.append(type, 4);
    out += data;
    uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(type), 4);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()));
    appendUint32(out, static_cast<quint32>(crc));
    return out;
}

std::string header(QSize size, int dotsPerMeterX, int dotsPerMeterY, bool alpha) {
    std::string ihdr;
    appendUint32(ihdr, static_cast<quint32>(size.width()));
    appendUint32(ihdr, static_cast<quint32>(size.height()));
    // 8 bits per channel, RGB (2) or RGBA (6), deflate, filters of method 0, no interlace.
    ihdr += std::string{8, static_cast<char>(alpha ? 6 : 2), 0, 0, 0};
    std::string out = "\x89PNG\r\n\x1a\n" + chunk("IHDR", ihdr);
    if (dotsPerMeterX > 0 && dotsPerMeterY > 0) {
        std::string phys;
        appendUint32(phys, static_cast<quint32>(dotsPerMeterX));
        appendUint32(phys, static_cast<quint32>(dotsPerMeterY));
        phys += '\x01'; // unit: the metre
        out += chunk("pHYs", phys);
    }
    return out;
}

// Rows [first, last) as PNG scanlines (filter type 0, "None", then R, G, B[, A]),
// compressed as one part of a raw deflate stream that ends on a byte boundary
// (a sync flush), so that the next part's blocks can follow it.
struct Part {
    std::string deflated;
    uLong adler = 1; // of the uncompressed scanlines
    uLong length = 0;
    bool ok = false;
};

struct Pixels {
    const uchar* bits;
    qsizetype bytesPerLine;
    int width;
    bool alpha;
};

Part deflateRows(Pixels image, int first, int last) {
    Part part;
    z_stream z{};
    // Level 1: a diagram of flat colour compresses about as well as at the
    // default level, several times faster. -15: raw deflate, no zlib header.
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return part;
    const int channels = image.alpha ? 4 : 3;
    std::vector<Bytef> row(1 + static_cast<std::size_t>(image.width * channels));
    std::array<Bytef, 1 << 16> buffer{};
    bool ok = true;
    for (int y = first; y < last && ok; ++y) {
        const auto* pixels = reinterpret_cast<const QRgb*>(image.bits + y * image.bytesPerLine);
        Bytef* out = row.data() + 1; // row[0] = 0: no filter
        for (int x = 0; x < image.width; ++x) {
            *out++ = static_cast<Bytef>(qRed(pixels[x]));
            *out++ = static_cast<Bytef>(qGreen(pixels[x]));
            *out++ = static_cast<Bytef>(qBlue(pixels[x]));
            if (image.alpha)
                *out++ = static_cast<Bytef>(qAlpha(pixels[x]));
        }
        part.adler = adler32(part.adler, row.data(), static_cast<uInt>(row.size()));
        part.length += row.size();
        z.next_in = row.data();
        z.avail_in = static_cast<uInt>(row.size());
        const int flush = y + 1 == last ? Z_SYNC_FLUSH : Z_NO_FLUSH;
        do {
            z.next_out = buffer.data();
            z.avail_out = static_cast<uInt>(buffer.size());
            const int status = deflate(&z, flush);
            ok = status == Z_OK || status == Z_BUF_ERROR;
            part.deflated.append(reinterpret_cast<const char*>(buffer.data()),
                                 buffer.size() - z.avail_out);
        } while (ok && z.avail_out == 0);
    }
    deflateEnd(&z);
    part.ok = ok;
    return part;
}

// The scanlines as one zlib stream (RFC 1950): a band of rows compressed per
// thread, the bands joined, an empty final block after them.
std::string compressedRows(Pixels pixels, int height) {
    std::vector<std::future<Part>> parts;
    for (const RowBand band : rowBands(height, 64))
        parts.push_back(std::async(std::launch::async, deflateRows, pixels, band.first, band.last));
    std::string zlib = "\x78\x01"; // deflate, 32 KB window, fastest level
    uLong adler = 1;
    bool ok = true;
    for (std::future<Part>& f : parts) {
        const Part part = f.get();
        ok = ok && part.ok;
        zlib += part.deflated;
        adler = adler32_combine(adler, part.adler, static_cast<z_off_t>(part.length));
    }
    if (!ok)
        return {};
    zlib += std::string("\x03\x00", 2); // an empty final block (RFC 1951 3.2.6)
    appendUint32(zlib, static_cast<quint32>(adler));
    return zlib;
}

} // namespace

QString writePng(const QImage& image, QIODevice& out, bool alpha) {
    // Opaque pixels read the same premultiplied or not; 32-bit formats need no copy.
    const bool direct = image.format() == QImage::Format_RGB32 ||
                        image.format() == QImage::Format_ARGB32 ||
                        (!alpha && image.format() == QImage::Format_ARGB32_Premultiplied);
    const QImage pixels = direct ? image : image.convertToFormat(QImage::Format_ARGB32);
    if (pixels.isNull())
        return QStringLiteral("the image is empty");
    const std::string zlib = compressedRows(
        {pixels.constBits(), pixels.bytesPerLine(), pixels.width(), alpha}, pixels.height());
    if (zlib.empty())
        return QStringLiteral("zlib could not compress the image");
    std::string png = header(pixels.size(), pixels.dotsPerMeterX(), pixels.dotsPerMeterY(), alpha);
    // IDAT chunks of at most 1 MiB, as common writers make them.
    constexpr std::size_t kChunk = 1 << 20;
    for (std::size_t at = 0; at < zlib.size(); at += kChunk)
        png += chunk("IDAT", zlib.substr(at, kChunk));
    png += chunk("IEND", {});
    const auto size = static_cast<qint64>(png.size());
    if (out.write(png.data(), size) != size)
        return out.errorString().isEmpty() ? QStringLiteral("cannot write") : out.errorString();
    return {};
}

} // namespace ui
