#pragma once

// The export dialog's live preview: one page of an ExportPicture scaled to
// fit, drawn by the same code that writes the file. A page too tall or too
// wide to be legible when fitted is shown at a readable scale with scroll
// bars instead, and only the part in view is drawn: a long diagram costs
// what the preview shows, not what the file will hold.

#include "ui/image_export.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <memory>

namespace ui {

class ExportPreview : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit ExportPreview(QWidget* parent = nullptr);

    // Shows page `page` of `picture`; `checkerboard` shows through where the
    // page is transparent. Draws at once and counts one generation.
    void setPicture(std::shared_ptr<const ExportPicture> picture, int page, bool checkerboard);
    const ExportPicture* picture() const { return m_picture.get(); }
    int page() const { return m_page; }
    // How many times a new picture has been drawn: tests wait on it.
    int generation() const { return m_generation; }
    // Preview pixels per logical pixel of the page.
    double scale() const { return m_scale; }
    // What the viewport shows, as last drawn.
    const QImage& image() const { return m_image; }

    // Fitted, but never smaller than this: below it a diagram is a smear.
    static constexpr double kMinScale = 0.3;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;

private:
    void updateScale();
    void render();
    QRectF pageRect() const; // the page in viewport coordinates
    void paintCheckerboard(QPainter& p, const QRectF& rect) const;

    std::shared_ptr<const ExportPicture> m_picture;
    int m_page = 0;
    bool m_checkerboard = false;
    double m_scale = 1.0;
    int m_generation = 0;
    QImage m_image;
};

} // namespace ui
