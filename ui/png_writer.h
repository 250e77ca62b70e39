#pragma once

// Writes a QImage as PNG (ISO/IEC 15948), tuned for diagrams and for more
// than one core: rows are stored unfiltered and compressed at zlib's fastest
// level, a band of rows per thread, the bands joined into the one deflate
// stream PNG wants. A picture of flat colour, lines and text compresses about
// as well that way as with QImage::save(), which tries every filter on every
// row on one thread, several times faster.

#include <QString>

class QImage;
class QIODevice;

namespace ui {

// Writes `image` to `out`, as RGBA with `alpha`, else as RGB: then every
// pixel must be opaque, as in a Format_RGB32 image or a premultiplied one
// filled with an opaque colour first. The image's dots per metre become the
// PNG's pHYs chunk. Returns an empty string, or what went wrong (the device's
// error).
QString writePng(const QImage& image, QIODevice& out, bool alpha);

} // namespace ui
