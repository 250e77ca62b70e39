#include "ui/export_dialog.h"

#include "ui/diagram_theme.h"
#include "ui/event_text.h"
#include "ui/export_preview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace ui {

namespace {

// Long enough that typing a title redraws once, short enough to feel live.
constexpr int kPreviewDelayMs = 150;

core::Micros fromSeconds(double seconds) {
    return core::Micros{std::llround(seconds * 1e6)};
}

} // namespace

ExportDialog::ExportDialog(ExportSource source, QWidget* parent)
    : QDialog(parent), m_source(std::move(source)) {
    if (!m_source.trace)
        m_source.trace = std::make_shared<const core::Trace>();
    if (m_source.suggestedName.isEmpty())
        m_source.suggestedName = QStringLiteral("handshake");
    setWindowTitle(tr("Export"));

    auto* controls = new QVBoxLayout;
    controls->addWidget(makeSubjectPart());
    controls->addWidget(makeImagePart());
    controls->addWidget(makeContentPart());
    controls->addStretch(1);

    auto* top = new QHBoxLayout;
    top->addLayout(controls);
    top->addLayout(makePreviewPart(), 1);
    QWidget* buttons = makeButtons(); // and the status line
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(makeFilePart());
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kPreviewDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    connectControls();
    setChoices(loadExportChoices(m_source.options.relativeSequenceNumbers));
    m_path->setText(defaultPath(choices()));
    refreshPreview();
}

ExportDialog::~ExportDialog() = default;

int ExportDialog::lastEvent() const {
    return static_cast<int>(m_source.trace->events.size()) - 1;
}

core::Micros ExportDialog::eventTime(int number) const {
    const auto& events = m_source.trace->events;
    if (events.empty())
        return core::Micros{0};
    const auto index = static_cast<std::size_t>(std::clamp(number - 1, 0, lastEvent()));
    return events[index].t;
}

QString ExportDialog::path() const {
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString& path) {
    m_pathChosen = true;
    m_path->setText(path);
    pathEdited(path);
}

int ExportDialog::previewGeneration() const {
    return m_preview->generation();
}

void ExportDialog::done(int result) {
    saveExportChoices(choices());
    QDialog::done(result);
}

void ExportDialog::changed() {
    if (m_updating)
        return;
    updateControls();
    if (!m_pathChosen)
        m_path->setText(defaultPath(choices()));
    m_refresh.start();
}

void ExportDialog::updateControls() {
    const ExportChoices c = choices();
    const bool sequence = c.subject != ExportSubject::StateMachine;
    const bool png = c.format == ImageFormat::Png;
    const bool events = c.subject == ExportSubject::EventRange;
    m_range->setEnabled(c.subject == ExportSubject::TimeRange || events);
    m_range->setCurrentIndex(events ? 1 : 0);
    m_rangeHint->setText(events ? tr("%1 to %2").arg(eventTimeText(eventTime(m_fromEvent->value())),
                                                     eventTimeText(eventTime(m_toEvent->value())))
                                : QString());
    m_rangeHint->setVisible(events);
    for (QWidget* w : std::initializer_list<QWidget*>{m_bands, m_timers, m_notes, m_labels, m_numbers})
        w->setEnabled(sequence);
    m_moment->setEnabled(sequence && m_source.time.has_value());
    m_selection->setEnabled(sequence && m_source.selected != core::kNone);
    m_scale->setEnabled(png);
    m_dpi->setEnabled(png && c.scaleFactor == 0);
    m_transparent->setEnabled(png);
}

void ExportDialog::refreshPreview() {
    m_refresh.stop();
    const ExportChoices c = choices();
    m_pictureOptions = c.imageOptions();
    m_picture = makePicture(c, m_pictureOptions);
    const int pages = m_picture->pageCount();
    {
        const QSignalBlocker blocker(m_page);
        m_page->setRange(1, pages);
    }
    m_pageLabel->setText(tr("of %1").arg(pages));
    for (QWidget* w : std::initializer_list<QWidget*>{m_page, m_pageLabel, m_pageCaption})
        w->setVisible(pages > 1);
    m_preview->setPicture(m_picture, m_page->value() - 1, m_pictureOptions.transparent);
    m_size->setText(sizeText());
}

QString ExportDialog::sizeText() const {
    if (!m_picture)
        return {};
    const QSizeF page = m_picture->pageSize(0);
    const int pages = m_picture->pageCount();
    const auto round = [](double v) { return QString::number(std::lround(v)); };
    QString size;
    switch (m_pictureOptions.format) {
    case ImageFormat::Png: {
        const QSize pixels = pngPixelSize(page, m_pictureOptions.scale);
        size = tr("%1 × %2 px").arg(pixels.width()).arg(pixels.height());
        break;
    }
    case ImageFormat::Svg:
        size = tr("%1 × %2 px, vector").arg(round(page.width()), round(page.height()));
        break;
    case ImageFormat::Pdf: // a PDF measures in points, 72 to the inch
        size = tr("%1 × %2 pt, vector").arg(round(page.width() * 0.75), round(page.height() * 0.75));
        break;
    }
    return pages == 1 ? size : tr("%1 pages, the first %2").arg(pages).arg(size);
}

const SequenceDiagram& ExportDialog::diagram(bool relative) {
    std::unique_ptr<SequenceDiagram>& d = m_diagrams[relative ? 1 : 0];
    if (!d) {
        SequenceOptions options = m_source.options;
        options.relativeSequenceNumbers = relative;
        d = std::make_unique<SequenceDiagram>(layoutSequence(*m_source.trace, options));
    }
    return *d;
}

SequencePaintOptions ExportDialog::paintOptions(const ExportChoices& c,
                                                const SequenceDiagram& d) const {
    SequencePaintOptions o;
    o.time = c.showMoment ? m_source.time : std::nullopt;
    o.selected = c.showSelection ? m_source.selected : core::kNone;
    o.layers = c.layers;
    switch (c.subject) {
    case ExportSubject::Visible:
        o.visible = m_source.visible;
        break;
    case ExportSubject::TimeRange:
        o.visible = sequenceRange(d, fromSeconds(m_fromTime->value()), fromSeconds(m_toTime->value()));
        break;
    case ExportSubject::EventRange:
        o.visible = sequenceRange(d, eventTime(m_fromEvent->value()), eventTime(m_toEvent->value()));
        break;
    case ExportSubject::Whole:
    case ExportSubject::StateMachine:
        break;
    }
    return o;
}

std::shared_ptr<const ExportPicture> ExportDialog::makePicture(const ExportChoices& c,
                                                               const ImageExportOptions& image) {
    if (c.subject == ExportSubject::StateMachine)
        return stateMachinePicture(m_source.endpoints, image);
    const SequenceDiagram& d = diagram(c.relativeNumbers);
    return sequencePicture(d, *m_source.trace, paintOptions(c, d), image);
}

// The last folder written to (else Pictures), the window's name for the
// trace, "-states" for the state machine, the format's extension.
QString ExportDialog::defaultPath(const ExportChoices& c) const {
    QString folder = c.folder;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString name = m_source.suggestedName;
    if (c.subject == ExportSubject::StateMachine)
        name += QStringLiteral("-states");
    return QDir(folder).filePath(name + QLatin1Char('.') + formatSuffix(c.format));
}

// A format picked in the box: the file name's extension follows, if it has
// one of ours or none.
void ExportDialog::formatChosen() {
    if (m_updating)
        return;
    const QString file = path();
    const QFileInfo info(file);
    if (!file.isEmpty() && (info.suffix().isEmpty() || imageFormatFor(file))) {
        const QString base = info.suffix().isEmpty() ? file : file.chopped(info.suffix().size() + 1);
        m_path->setText(base + QLatin1Char('.') + formatSuffix(choices().format));
    }
    changed();
    noteExistingFile();
}

// A file name typed: its extension picks the format.
void ExportDialog::pathEdited(const QString& text) {
    m_pathChosen = true;
    if (const std::optional<ImageFormat> format = imageFormatFor(text.trimmed())) {
        m_updating = true;
        m_format->setCurrentIndex(m_format->findData(static_cast<int>(*format)));
        m_updating = false;
        changed();
    }
    noteExistingFile();
}

void ExportDialog::noteExistingFile() {
    const QFileInfo info(path());
    if (info.exists())
        showStatus(tr("%1 exists: Export replaces it.").arg(info.fileName()), false);
    else
        showStatus(QString(), false);
}

void ExportDialog::browse() {
    const QStringList filters = {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"),
                                 tr("PDF document (*.pdf)")};
    const int current = m_format->currentIndex();
    QString filter = filters.value(current);
    QString file = QFileDialog::getSaveFileName(this, tr("Export To"), path(),
                                                filters.join(QStringLiteral(";;")), &filter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty()) {
        const int chosen = std::max(0, static_cast<int>(filters.indexOf(filter)));
        file += QLatin1Char('.') +
                formatSuffix(static_cast<ImageFormat>(m_format->itemData(chosen).toInt()));
    }
    setPath(file);
}

ExportResult ExportDialog::exportNow() {
    const ExportChoices c = choices();
    const QString file = path();
    const QFileInfo info(file);
    QString problem;
    if (file.isEmpty())
        problem = tr("Choose a file to write.");
    else if (!info.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    else if (imageFormatFor(file) != c.format)
        problem = tr("The file name should end in .%1.").arg(formatSuffix(c.format));
    if (!problem.isEmpty()) {
        showStatus(problem, true);
        return {{}, problem};
    }
    const ImageExportOptions image = c.imageOptions();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    ExportResult result;
    if (c.subject == ExportSubject::StateMachine) {
        result = exportStateMachine(m_source.endpoints, image, file);
    } else {
        const SequenceDiagram& d = diagram(c.relativeNumbers);
        result = exportSequence(d, *m_source.trace, paintOptions(c, d), image, file);
    }
    QGuiApplication::restoreOverrideCursor();
    if (result.ok())
        m_folder = info.absolutePath();
    saveExportChoices(choices());
    showResult(result);
    return result;
}

void ExportDialog::showResult(const ExportResult& result) {
    if (!result.ok()) {
        showStatus(result.error, true);
        return;
    }
    const auto name = [](const QString& f) { return QFileInfo(f).fileName(); };
    if (result.files.size() == 1) {
        refreshPreview(); // the size said is the one written
        showStatus(tr("Wrote %1 (%2).").arg(name(result.files.front()), sizeText()), false);
    } else {
        showStatus(tr("Wrote %1 pages: %2 … %3")
                       .arg(result.files.size())
                       .arg(name(result.files.front()), name(result.files.back())),
                   false);
    }
    m_status->setToolTip(QDir::toNativeSeparators(result.files.join(QLatin1Char('\n'))));
}

void ExportDialog::showStatus(const QString& text, bool error) {
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, DiagramTheme::forPalette(palette).error);
    m_status->setPalette(palette);
    m_status->setText(text);
    m_status->setToolTip(QString());
}

} // namespace ui
