#include "ui/lab_link_editor.h"

#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <cmath>

namespace ui {
namespace {

using namespace std::chrono_literals;

int toMillis(core::Micros d) {
    return static_cast<int>(std::lround(static_cast<double>(d.count()) / 1000.0));
}

int toPercent(double loss) {
    return static_cast<int>(std::lround(loss * 100.0));
}

} // namespace

LabLinkEditor::LabLinkEditor(const QString& from, const QString& to, QWidget* parent)
    : QWidget(parent), m_from(from), m_to(to) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    auto* caption = new QLabel(tr("%1 → %2").arg(from, to), this);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    grid->addWidget(caption, 0, 0, 1, 3);
    addRow(tr("Delay"), tr(" ms"), 2000, 60000, tr("Time from sending a segment to its arrival"),
           {nullptr, nullptr, [](core::LinkParams& p, int v) { p.delay = v * 1ms; },
            [](const core::LinkParams& p) { return toMillis(p.delay); }});
    addRow(tr("Jitter"), tr(" ms"), 500, 60000,
           tr("Each segment waits a further random time up to this: segments can overtake "
              "each other"),
           {nullptr, nullptr, [](core::LinkParams& p, int v) { p.jitter = v * 1ms; },
            [](const core::LinkParams& p) { return toMillis(p.jitter); }});
    addRow(tr("Loss"), tr(" %"), 100, 100, tr("The chance that a segment is lost on the way"),
           {nullptr, nullptr, [](core::LinkParams& p, int v) { p.loss = v / 100.0; },
            [](const core::LinkParams& p) { return toPercent(p.loss); }});
}

void LabLinkEditor::addRow(const QString& name, const QString& suffix, int sliderMax, int spinMax,
                           const QString& toolTip, Row row) {
    auto* grid = static_cast<QGridLayout*>(layout());
    const int line = static_cast<int>(m_rows.size()) + 1; // below the caption
    row.slider = new QSlider(Qt::Horizontal, this);
    row.slider->setRange(0, sliderMax);
    row.slider->setPageStep(std::max(1, sliderMax / 20));
    row.slider->setAccessibleName(name);
    row.spin = new QSpinBox(this);
    row.spin->setRange(0, spinMax);
    row.spin->setSuffix(suffix);
    row.spin->setKeyboardTracking(false); // typing 250 is one change, not three
    row.spin->setAccessibleName(name);
    auto* label = new QLabel(name, this);
    label->setBuddy(row.spin);
    for (QWidget* w : {static_cast<QWidget*>(label), static_cast<QWidget*>(row.slider),
                       static_cast<QWidget*>(row.spin)})
        w->setToolTip(toolTip);
    grid->addWidget(label, line, 0);
    grid->addWidget(row.slider, line, 1);
    grid->addWidget(row.spin, line, 2);
    m_rows.push_back(row);

    // While dragging, only the number follows; letting go asks for the change.
    // The rows are looked up by index: m_rows may move when it grows.
    const auto index = m_rows.size() - 1;
    connect(row.slider, &QSlider::valueChanged, this, [this, index](int value) {
        const Row& r = m_rows[index];
        const QSignalBlocker block(r.spin);
        r.spin->setValue(value);
        if (!r.slider->isSliderDown())
            commit(r, value); // a click on the groove or a key: one step, one change
    });
    connect(row.slider, &QSlider::sliderReleased, this,
            [this, index] { commit(m_rows[index], m_rows[index].slider->value()); });
    connect(row.spin, &QSpinBox::valueChanged, this, [this, index](int value) {
        const Row& r = m_rows[index];
        const QSignalBlocker block(r.slider);
        r.slider->setValue(value);
        commit(r, value);
    });
}

void LabLinkEditor::setParams(const core::LinkParams& params) {
    m_params = params;
    for (const Row& r : m_rows) {
        const QSignalBlocker blockSlider(r.slider);
        const QSignalBlocker blockSpin(r.spin);
        r.slider->setValue(r.load(params));
        r.spin->setValue(r.load(params));
    }
}

// Only the value that moved changes; the others keep their exact values
// (a loss of 12.5 % is not rounded to 13 % by moving the delay).
void LabLinkEditor::commit(const Row& row, int value) {
    if (row.load(m_params) == value)
        return;
    core::LinkParams params = m_params;
    row.store(params, value);
    m_params = params;
    emit changeRequested(m_from, m_to, params);
}

} // namespace ui
