#pragma once

#include "ui/narration.h"

#include <QWidget>
#include <memory>

class QTextBrowser;

namespace ui {

// Learn mode's side panel: the narration of the event at the playhead, as
// rich text (title in bold, the RFC section small and muted).
class NarrationPanel : public QWidget {
    Q_OBJECT

public:
    explicit NarrationPanel(QWidget* parent = nullptr);

    // Keeps `trace` alive while it is narrated; shows the introduction (-1)
    // until setEventIndex() says otherwise.
    void setTrace(std::shared_ptr<const core::Trace> trace);
    // Cheap when the index has not changed, so playback may call it every frame.
    void setEventIndex(int eventIndex);
    int eventIndex() const { return m_index; }
    // The classroom / presentation mode enlarges the text.
    void setFontScale(double scale);
    double fontScale() const { return m_scale; }

    // For tests.
    const Narration& narration() const { return m_narration; }
    QString html() const;
    QString plainText() const;
    int renderCount() const { return m_renders; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    std::shared_ptr<const core::Trace> m_trace;
    int m_index = -1;
    double m_scale = 1.0;
    double m_basePointSize = 0.0;
    Narration m_narration;
    QTextBrowser* m_text = nullptr;
    int m_renders = 0;
};

} // namespace ui
