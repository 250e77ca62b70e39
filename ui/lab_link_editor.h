#pragma once

#include "core/scenario.h"

#include <QWidget>
#include <functional>
#include <vector>

class QSlider;
class QSpinBox;

namespace ui {

// One direction of a link in the lab panel: delay, jitter and loss, each a
// slider with a spin box showing its value. Releasing a slider, or changing a
// spin box (Enter, its arrows), asks once for the new parameters; dragging
// asks nothing until the slider is let go.
class LabLinkEditor : public QWidget {
    Q_OBJECT

public:
    LabLinkEditor(const QString& from, const QString& to, QWidget* parent = nullptr);

    const QString& from() const { return m_from; }
    const QString& to() const { return m_to; }
    // Shows `params`, the values in force now. Emits nothing.
    void setParams(const core::LinkParams& params);
    const core::LinkParams& params() const { return m_params; }

    QSlider* delaySlider() const { return m_rows[0].slider; }
    QSlider* jitterSlider() const { return m_rows[1].slider; }
    QSlider* lossSlider() const { return m_rows[2].slider; }
    QSpinBox* delaySpinBox() const { return m_rows[0].spin; }

signals:
    void changeRequested(const QString& from, const QString& to, const core::LinkParams& params);

private:
    // One value of the link: how a whole number from the controls goes into
    // the parameters and comes out of them.
    struct Row {
        QSlider* slider = nullptr;
        QSpinBox* spin = nullptr;
        std::function<void(core::LinkParams&, int)> store;
        std::function<int(const core::LinkParams&)> load;
    };
    void addRow(const QString& name, const QString& suffix, int sliderMax, int spinMax,
                const QString& toolTip, Row row);
    void commit(const Row& row, int value);

    QString m_from;
    QString m_to;
    core::LinkParams m_params;
    std::vector<Row> m_rows;
};

} // namespace ui
