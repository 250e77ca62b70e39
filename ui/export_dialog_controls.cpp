// The export dialog's controls: how they are laid out, and the choices they
// show, read and written as one ExportChoices.

#include "ui/event_text.h"
#include "ui/export_dialog.h"
#include "ui/export_preview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <cmath>

namespace ui {

namespace {

// Selects the item whose data is `value`; leaves the box as it is if none.
void selectData(QComboBox* box, int value) {
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

template <typename E>
E currentEnum(const QComboBox* box) {
    return static_cast<E>(box->currentData().toInt());
}

void setItemEnabled(QComboBox* box, int value, bool enabled) {
    auto* model = qobject_cast<QStandardItemModel*>(box->model());
    if (QStandardItem* item = model ? model->item(box->findData(value)) : nullptr)
        item->setEnabled(enabled);
}

// Two spin boxes side by side: "from [ ] to [ ]".
QWidget* fromTo(QWidget* from, QWidget* to) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(from, 1);
    layout->addWidget(new QLabel(QCoreApplication::translate("ui::ExportDialog", "to")));
    layout->addWidget(to, 1);
    return row;
}

} // namespace

QWidget* ExportDialog::makeSubjectPart() {
    auto* box = new QGroupBox(tr("What"));
    auto* form = new QFormLayout(box);
    m_subject = new QComboBox;
    m_subject->addItem(tr("The whole sequence diagram"), static_cast<int>(ExportSubject::Whole));
    m_subject->addItem(tr("The part shown in the window"), static_cast<int>(ExportSubject::Visible));
    m_subject->addItem(tr("A time range"), static_cast<int>(ExportSubject::TimeRange));
    m_subject->addItem(tr("A range of events"), static_cast<int>(ExportSubject::EventRange));
    m_subject->addItem(tr("The state machine at the current moment"),
                       static_cast<int>(ExportSubject::StateMachine));
    setItemEnabled(m_subject, static_cast<int>(ExportSubject::Visible), !m_source.visible.isEmpty());
    form->addRow(tr("E&xport:"), m_subject);
    addRangeControls(form);
    return box;
}

void ExportDialog::addRangeControls(QFormLayout* form) {
    const core::Micros end = m_source.trace->events.empty() ? core::Micros{0}
                                                            : m_source.trace->events.back().t;
    const auto seconds = [end] {
        auto* spin = new QDoubleSpinBox;
        spin->setDecimals(3);
        spin->setRange(0.0, std::ceil(static_cast<double>(end.count()) / 1e3) / 1e3); // whole ms
        spin->setSingleStep(0.01);
        spin->setSuffix(tr(" s"));
        return spin;
    };
    m_fromTime = seconds();
    m_toTime = seconds();
    m_toTime->setValue(m_toTime->maximum());
    const auto event = [this] {
        auto* spin = new QSpinBox;
        spin->setRange(1, std::max(1, lastEvent() + 1));
        spin->setToolTip(tr("Events are counted from 1, as the event log lists them."));
        return spin;
    };
    m_fromEvent = event();
    m_toEvent = event();
    m_toEvent->setValue(m_toEvent->maximum());
    m_range = new QStackedWidget;
    m_range->addWidget(fromTo(m_fromTime, m_toTime));
    m_range->addWidget(fromTo(m_fromEvent, m_toEvent));
    form->addRow(tr("From:"), m_range);
    m_rangeHint = new QLabel;
    m_rangeHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_rangeHint);
}

QWidget* ExportDialog::makeImagePart() {
    auto* box = new QGroupBox(tr("Image"));
    auto* form = new QFormLayout(box);
    m_format = new QComboBox;
    m_format->addItem(tr("PNG image"), static_cast<int>(ImageFormat::Png));
    m_format->addItem(tr("SVG drawing"), static_cast<int>(ImageFormat::Svg));
    m_format->addItem(tr("PDF document"), static_cast<int>(ImageFormat::Pdf));
    form->addRow(tr("&Format:"), m_format);

    m_scale = new QComboBox;
    for (int factor = 1; factor <= 4; ++factor)
        m_scale->addItem(tr("%1x").arg(factor), factor);
    m_scale->addItem(tr("By resolution"), 0);
    m_dpi = new QSpinBox;
    m_dpi->setRange(24, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("96 dpi is 1x: one pixel for each pixel on a normal screen."));
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale, 1);
    scaleRow->addWidget(m_dpi, 1);
    auto* scaleLabel = new QLabel(tr("&Size:"));
    scaleLabel->setBuddy(m_scale);
    form->addRow(scaleLabel, scaleRow);
    m_size = new QLabel;
    m_size->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_size);

    m_theme = new QComboBox;
    m_theme->addItem(tr("Light"), static_cast<int>(ExportTheme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(ExportTheme::Dark));
    m_theme->addItem(tr("Print: black on white, no fills"), static_cast<int>(ExportTheme::Print));
    form->addRow(tr("&Theme:"), m_theme);
    m_transparent = new QCheckBox(tr("Transparent background (PNG)"));
    form->addRow(QString(), m_transparent);
    return box;
}

QWidget* ExportDialog::makeContentPart() {
    auto* box = new QGroupBox(tr("Content"));
    auto* form = new QFormLayout(box);
    m_bands = new QCheckBox(tr("State bands"));
    m_timers = new QCheckBox(tr("Timers"));
    m_notes = new QCheckBox(tr("Application calls"));
    m_labels = new QCheckBox(tr("Arrow labels"));
    auto* layers = new QGridLayout;
    layers->addWidget(m_bands, 0, 0);
    layers->addWidget(m_timers, 0, 1);
    layers->addWidget(m_notes, 1, 0);
    layers->addWidget(m_labels, 1, 1);
    form->addRow(tr("Draw:"), layers);

    m_numbers = new QComboBox;
    m_numbers->addItem(tr("Absolute"), 0);
    m_numbers->addItem(tr("Relative: each side's ISN is 0"), 1);
    form->addRow(tr("Sequence &numbers:"), m_numbers);

    m_moment = new QCheckBox(m_source.time ? tr("The moment at %1, with the playhead")
                                                 .arg(eventTimeText(*m_source.time))
                                           : tr("The moment (the window has no playhead)"));
    m_moment->setToolTip(tr("Off: the finished diagram, everything drawn as it happened."));
    m_moment->setEnabled(m_source.time.has_value());
    m_selection = new QCheckBox(tr("Highlight the selected segment"));
    m_selection->setEnabled(m_source.selected != core::kNone);
    form->addRow(QString(), m_moment);
    form->addRow(QString(), m_selection);

    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("None"));
    m_caption = new QLineEdit;
    m_caption->setPlaceholderText(tr("None"));
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Caption:"), m_caption);
    return box;
}

QWidget* ExportDialog::makeFilePart() {
    auto* part = new QWidget;
    auto* layout = new QHBoxLayout(part);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("F&ile:"));
    m_path = new QLineEdit;
    label->setBuddy(m_path);
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    layout->addWidget(label);
    layout->addWidget(m_path, 1);
    layout->addWidget(browse);
    return part;
}

QLayout* ExportDialog::makePreviewPart() {
    m_preview = new ExportPreview;
    m_pageCaption = new QLabel(tr("Page"));
    m_page = new QSpinBox;
    m_page->setRange(1, 1);
    m_pageLabel = new QLabel;
    auto* pageRow = new QHBoxLayout;
    pageRow->addStretch(1);
    pageRow->addWidget(m_pageCaption);
    pageRow->addWidget(m_page);
    pageRow->addWidget(m_pageLabel);
    auto* column = new QVBoxLayout;
    column->addWidget(m_preview, 1);
    column->addLayout(pageRow);
    return column;
}

// The status line above the buttons says what Export wrote or why it could not.
QWidget* ExportDialog::makeButtons() {
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void ExportDialog::connectControls() {
    for (QComboBox* box : {m_subject, m_scale, m_theme, m_numbers})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    for (QCheckBox* box : {m_transparent, m_bands, m_timers, m_notes, m_labels, m_moment, m_selection})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::changed);
    for (QDoubleSpinBox* spin : {m_fromTime, m_toTime})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ExportDialog::changed);
    for (QSpinBox* spin : {m_fromEvent, m_toEvent, m_dpi})
        connect(spin, &QSpinBox::valueChanged, this, &ExportDialog::changed);
    for (QLineEdit* edit : {m_title, m_caption})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::changed);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::pathEdited);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) {
        if (m_picture)
            m_preview->setPicture(m_picture, page - 1, m_pictureOptions.transparent);
    });
}

ExportChoices ExportDialog::choices() const {
    ExportChoices c;
    c.subject = currentEnum<ExportSubject>(m_subject);
    c.format = currentEnum<ImageFormat>(m_format);
    c.scaleFactor = m_scale->currentData().toInt();
    c.dpi = m_dpi->value();
    c.theme = currentEnum<ExportTheme>(m_theme);
    c.transparent = m_transparent->isChecked();
    c.layers = {m_bands->isChecked(), m_timers->isChecked(), m_notes->isChecked(),
                m_labels->isChecked()};
    c.relativeNumbers = m_numbers->currentData().toInt() != 0;
    c.showMoment = m_moment->isChecked();
    c.showSelection = m_selection->isChecked();
    c.title = m_title->text();
    c.caption = m_caption->text();
    c.folder = m_folder;
    return c;
}

void ExportDialog::setChoices(const ExportChoices& c) {
    m_updating = true;
    const bool visible = c.subject != ExportSubject::Visible || !m_source.visible.isEmpty();
    selectData(m_subject, static_cast<int>(visible ? c.subject : ExportSubject::Whole));
    selectData(m_format, static_cast<int>(c.format));
    selectData(m_scale, c.scaleFactor);
    m_dpi->setValue(c.dpi);
    selectData(m_theme, static_cast<int>(c.theme));
    m_transparent->setChecked(c.transparent);
    m_bands->setChecked(c.layers.stateBands);
    m_timers->setChecked(c.layers.timers);
    m_notes->setChecked(c.layers.appNotes);
    m_labels->setChecked(c.layers.labels);
    selectData(m_numbers, c.relativeNumbers ? 1 : 0);
    m_moment->setChecked(c.showMoment && m_moment->isEnabled());
    m_selection->setChecked(c.showSelection && m_selection->isEnabled());
    m_title->setText(c.title);
    m_caption->setText(c.caption);
    m_folder = c.folder;
    m_updating = false;
    formatChosen();
}

void ExportDialog::setTimeRange(core::Micros from, core::Micros to) {
    m_fromTime->setValue(static_cast<double>(from.count()) / 1e6);
    m_toTime->setValue(static_cast<double>(to.count()) / 1e6);
}

void ExportDialog::setEventRange(int first, int last) {
    m_fromEvent->setValue(first + 1);
    m_toEvent->setValue(last + 1);
}

} // namespace ui
