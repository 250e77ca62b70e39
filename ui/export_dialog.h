#pragma once

// File > Export: the sequence diagram (all of it, the part in the window, a
// time or event range) or the state machine at the current moment, as PNG,
// SVG or PDF, with a live preview drawn by the code that writes the file.

#include "ui/export_settings.h"
#include "ui/sequence_layout.h"
#include "ui/state_machine_view.h"

#include <QDialog>
#include <QTimer>
#include <array>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace ui {

class ExportPreview;

// What the window shows, as the dialog needs it: nothing from app/.
struct ExportSource {
    std::shared_ptr<const core::Trace> trace;
    SequenceOptions options; // the window's layout options
    std::optional<core::Micros> time; // the playhead; none: nothing to show as the moment
    core::SegId selected = core::kNone;
    QRectF visible; // the logical body rectangle the window shows; empty: none
    std::vector<EndpointStatus> endpoints; // the state machine at the current moment
    QString suggestedName;                 // the file's base name, e.g. "default"
};

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportDialog(ExportSource source, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // All the choices at once (the controls show them); the range is separate.
    ExportChoices choices() const;
    void setChoices(const ExportChoices& choices);
    void setTimeRange(core::Micros from, core::Micros to);
    // Events by their index in the trace, both included.
    void setEventRange(int first, int last);

    QString path() const;
    // Sets the file; a known extension selects the format.
    void setPath(const QString& path);
    // Writes the file as the controls say, shows what it wrote or why not,
    // and remembers the choices.
    ExportResult exportNow();

    // For tests and the window.
    QComboBox* subjectBox() const { return m_subject; }
    QComboBox* formatBox() const { return m_format; }
    QCheckBox* transparentBox() const { return m_transparent; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* captionEdit() const { return m_caption; }
    QLineEdit* pathEdit() const { return m_path; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* exportButton() const { return m_export; }
    // "2860 × 1930 px" and the like, for the current choices.
    QString sizeText() const;
    ExportPreview* preview() const { return m_preview; }
    // How many previews have been drawn; grows after each change settles.
    int previewGeneration() const;

protected:
    void done(int result) override;

private:
    QWidget* makeSubjectPart();
    QWidget* makeImagePart();
    QWidget* makeContentPart();
    QWidget* makeFilePart();
    QLayout* makePreviewPart();
    QWidget* makeButtons();
    void connectControls();
    void addRangeControls(QFormLayout* form);

    void changed();        // any option: update the controls now, the preview soon
    void updateControls(); // what is enabled, the range hint
    void refreshPreview();
    void formatChosen();
    void pathEdited(const QString& text);
    void browse();
    void noteExistingFile();
    void showResult(const ExportResult& result);
    void showStatus(const QString& text, bool error);

    const SequenceDiagram& diagram(bool relative);
    SequencePaintOptions paintOptions(const ExportChoices& choices, const SequenceDiagram& d) const;
    std::shared_ptr<const ExportPicture> makePicture(const ExportChoices& choices,
                                                     const ImageExportOptions& image);
    QString defaultPath(const ExportChoices& choices) const;
    int lastEvent() const;
    core::Micros eventTime(int number) const; // events counted from 1

    ExportSource m_source;
    std::array<std::unique_ptr<SequenceDiagram>, 2> m_diagrams; // absolute, relative numbers
    QString m_folder;
    QTimer m_refresh;
    std::shared_ptr<const ExportPicture> m_picture; // as the preview shows it
    ImageExportOptions m_pictureOptions;            // what m_picture was made with
    bool m_updating = false;   // setting controls: no reaction until done
    bool m_pathChosen = false; // typed or browsed: no longer follows the choices

    QComboBox* m_subject = nullptr;
    QStackedWidget* m_range = nullptr;
    QDoubleSpinBox* m_fromTime = nullptr;
    QDoubleSpinBox* m_toTime = nullptr;
    QSpinBox* m_fromEvent = nullptr;
    QSpinBox* m_toEvent = nullptr;
    QLabel* m_rangeHint = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_scale = nullptr;
    QSpinBox* m_dpi = nullptr;
    QLabel* m_size = nullptr;
    QComboBox* m_theme = nullptr;
    QCheckBox* m_transparent = nullptr;
    QCheckBox* m_bands = nullptr;
    QCheckBox* m_timers = nullptr;
    QCheckBox* m_notes = nullptr;
    QCheckBox* m_labels = nullptr;
    QComboBox* m_numbers = nullptr;
    QCheckBox* m_moment = nullptr;
    QCheckBox* m_selection = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_caption = nullptr;
    ExportPreview* m_preview = nullptr;
    QSpinBox* m_page = nullptr;
    QLabel* m_pageCaption = nullptr;
    QLabel* m_pageLabel = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace ui
