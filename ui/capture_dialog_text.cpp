// The words of the capture dialog: the summary line and the details.
#include "capture_dialog.h"
#include "capture_worker.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ui {

namespace {

QString count(std::uint64_t n) {
    return QLocale().toString(static_cast<qulonglong>(n));
}

QString packets(std::uint64_t n) {
    return n == 1 ? CaptureDialog::tr("1 packet") : CaptureDialog::tr("%1 packets").arg(count(n));
}

QString skippedKindName(core::SkippedKind kind) {
    switch (kind) {
    case core::SkippedKind::Udp:
        return CaptureDialog::tr("UDP");
    case core::SkippedKind::Icmp:
        return CaptureDialog::tr("ICMP");
    case core::SkippedKind::Arp:
        return CaptureDialog::tr("ARP");
    case core::SkippedKind::Fragment:
        return CaptureDialog::tr("IP fragment");
    case core::SkippedKind::OtherIp:
        return CaptureDialog::tr("other IP protocol");
    case core::SkippedKind::OtherLink:
        return CaptureDialog::tr("other link-layer protocol");
    }
    return {};
}

// "UDP 10, ARP 2"
QString skippedByKind(const std::array<std::uint64_t, core::kSkippedKindCount>& skipped) {
    QStringList parts;
    for (std::size_t k = 0; k < skipped.size(); ++k)
        if (skipped[k] > 0)
            parts << CaptureDialog::tr("%1 %2").arg(
                skippedKindName(static_cast<core::SkippedKind>(k)), count(skipped[k]));
    return parts.join(CaptureDialog::tr(", "));
}

// The files' counts added up.
core::CaptureFileStats totals(const core::CaptureListing& listing) {
    core::CaptureFileStats sum;
    for (const core::CaptureFileStats& f : listing.files) {
        sum.packets += f.packets;
        sum.tcpPackets += f.tcpPackets;
        sum.malformed += f.malformed;
        for (std::size_t k = 0; k < sum.skipped.size(); ++k)
            sum.skipped[k] += f.skipped[k];
    }
    return sum;
}

QString fileDetails(const core::CaptureFileStats& f) {
    QStringList lines;
    lines << CaptureDialog::tr("%1: %2, %3 TCP")
                 .arg(QFileInfo(QString::fromStdString(f.file)).fileName(), packets(f.packets),
                      count(f.tcpPackets));
    if (f.skippedTotal() > 0)
        lines << CaptureDialog::tr("  Skipped (not TCP): %1").arg(skippedByKind(f.skipped));
    if (f.malformed > 0)
        lines << CaptureDialog::tr("  Could not be decoded: %1").arg(count(f.malformed));
    for (const core::DecodeProblem& p : f.problems)
        lines << CaptureDialog::tr("    packet %1, byte %2: %3")
                     .arg(count(p.packet))
                     .arg(p.offset)
                     .arg(QString::fromStdString(p.what));
    if (f.malformed > f.problems.size())
        lines << CaptureDialog::tr("    … and %1 more (only the first %2 are listed)")
                     .arg(count(f.malformed - f.problems.size()))
                     .arg(core::kMaxListedProblems);
    return lines.join(u'\n');
}

} // namespace

QString CaptureDialog::summaryText(const core::CaptureListing& listing) {
    const core::CaptureFileStats sum = totals(listing);
    const std::size_t connections = listing.connections.size();
    QString text = tr("%1, %2").arg(
        packets(sum.packets), connections == 1 ? tr("1 TCP connection")
                                               : tr("%1 TCP connections").arg(count(connections)));
    if (sum.skippedTotal() > 0)
        text +=
            tr("; %1 skipped (%2)").arg(packets(sum.skippedTotal()), skippedByKind(sum.skipped));
    if (sum.malformed > 0)
        text += sum.malformed == 1
                    ? tr("; 1 packet could not be decoded")
                    : tr("; %1 packets could not be decoded").arg(count(sum.malformed));
    return text;
}

QString CaptureDialog::detailsText(const core::CaptureListing& listing) {
    QStringList parts;
    for (const core::CaptureFileStats& f : listing.files)
        parts << fileDetails(f);
    return parts.join(QStringLiteral("\n\n"));
}

void CaptureDialog::showDetails() {
    if (!m_listing)
        return;
    auto* details = new QDialog(this);
    details->setAttribute(Qt::WA_DeleteOnClose);
    details->setWindowTitle(tr("Capture Details — %1").arg(windowTitle()));
    auto* text = new QPlainTextEdit(detailsText(*m_listing));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, details, &QDialog::reject);
    auto* layout = new QVBoxLayout(details);
    layout->addWidget(text);
    layout->addWidget(buttons);
    details->resize(640, 360);
    details->open();
}

} // namespace ui
