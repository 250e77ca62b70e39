#pragma once

// The frame around an exported picture: margins, the title above and the
// caption below, both wrapped to the picture's width. Shared by the
// exporters in image_export.cpp; not a public interface.

#include "ui/diagram_theme.h"
#include "ui/image_export.h"

#include <QPointF>
#include <QSizeF>

class QPainter;

namespace ui {

class ExportFrame {
public:
    ExportFrame(const ImageExportOptions& options, const DiagramTheme& theme, double pictureWidth);

    // The page for a picture `pictureHeight` high.
    QSizeF pageSize(double pictureHeight) const;
    // Where the picture's top left is on the page.
    QPointF pictureOrigin() const;
    // Fills the page (unless transparent), draws the title and caption, and
    // moves the painter's origin to the picture's top left.
    void begin(QPainter& p, double pictureHeight) const;

private:
    QString m_title;
    QString m_caption;
    bool m_transparent = false;
    DiagramTheme m_theme;
    double m_width = 0.0;
    double m_titleHeight = 0.0;   // with the space below it
    double m_captionHeight = 0.0; // with the space above it
};

} // namespace ui
