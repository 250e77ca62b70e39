#include "ui/segment_fields_model.h"

#include "core/checksum.h"
#include "ui/segment_fate.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <tuple>

namespace ui {
namespace {

using core::Flag;
using core::SegId;
using Row = SegmentFieldsModel::Row;

// The table shows the start of the payload; the header drawing shows more text.
constexpr qsizetype kShownTextBytes = 32;
constexpr qsizetype kShownHexBytes = 16;

// An endpoint as the sequence layout tells lanes apart.
using EndpointKey = std::tuple<core::HostId, std::uint32_t, core::Port>;
EndpointKey sender(const core::SegmentRecord& r) {
    return {r.fromHost, r.fromHost == core::kNone ? r.src.v4 : 0u, r.header.srcPort};
}
EndpointKey receiver(const core::SegmentRecord& r) {
    return {r.toHost, r.toHost == core::kNone ? r.dst.v4 : 0u, r.header.dstPort};
}

QString hex16(std::uint16_t v) {
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}

// The rows of one segment, in the translation context of the model.
class FieldRows {
    Q_DECLARE_TR_FUNCTIONS(ui::SegmentFieldsModel)

public:
    FieldRows(const core::Trace& trace, SegId seg)
        : m_trace(trace), m_seg(seg), m_record(trace.segments.at(static_cast<std::size_t>(seg))),
          m_fate(segmentFate(trace, seg)) {}

    std::vector<Row> build() {
        add(tr("Segment"), QStringLiteral("#%1").arg(m_seg), describeOrigin(m_fate), false);
        addEndpoints();
        if (m_record.protocol == core::Protocol::Udp) {
            addUdpHeader();
        } else {
            addNumbers();
            addFlags();
            addRestOfHeader();
            addOptions();
        }
        addPayload();
        addTimes();
        return std::move(m_rows);
    }

private:
    void add(QString field, QString value, QString note = {}, bool monospace = true) {
        m_rows.push_back({std::move(field), std::move(value), std::move(note), monospace});
    }
    QString hostNote(core::HostId host) const {
        return host == core::kNone
                   ? tr("no host has this address")
                   : QString::fromStdString(m_trace.hosts[static_cast<std::size_t>(host)].name);
    }

    void addEndpoints() {
        const core::Segment& h = m_record.header;
        const QString src = QString::fromStdString(core::toString(m_record.src));
        const QString dst = QString::fromStdString(core::toString(m_record.dst));
        add(tr("Source"), QStringLiteral("%1:%2").arg(src).arg(h.srcPort),
            m_fate.spoofed ? tr("spoofed: sent by %1").arg(hostNote(m_record.fromHost))
                           : hostNote(m_record.fromHost));
        add(tr("Destination"), QStringLiteral("%1:%2").arg(dst).arg(h.dstPort),
            hostNote(m_record.toHost));
    }

    QString relative(std::uint32_t value, bool reverse) const {
        const std::optional<std::uint32_t> isn = isnBefore(m_trace, m_seg, reverse);
        if (!isn)
            return tr("no SYN seen in this direction yet");
        return tr("relative %1 (ISN %2)").arg(value - *isn).arg(*isn);
    }

    void addNumbers() {
        const core::Segment& h = m_record.header;
        add(tr("Sequence number"), QString::number(h.seq.value()), relative(h.seq.value(), false));
        add(tr("Acknowledgment number"), QString::number(h.ack.value()),
            h.flags.has(Flag::Ack) ? relative(h.ack.value(), true)
                                   : tr("not significant: ACK is not set"));
        add(tr("Data offset"), QString::number(h.dataOffset),
            tr("%1-byte header: 20 fixed, %2 of options")
                .arg(h.dataOffset * 4)
                .arg(h.options.wireLength()));
        add(tr("Reserved"), QStringLiteral("0"));
    }

    static QString flagMeaning(Flag f) {
        switch (f) {
        case Flag::Cwr:
            return tr("congestion window reduced (RFC 3168)");
        case Flag::Ece:
            return tr("ECN-Echo (RFC 3168)");
        case Flag::Urg:
            return tr("urgent pointer field is significant");
        case Flag::Ack:
            return tr("acknowledgment field is significant");
        case Flag::Psh:
            return tr("push function");
        case Flag::Rst:
            return tr("reset the connection");
        case Flag::Syn:
            return tr("synchronize sequence numbers");
        case Flag::Fin:
            return tr("no more data from sender");
        }
        return {};
    }

    // One row per bit, in header order (RFC 9293 3.1).
    void addFlags() {
        for (Flag f : core::kAllFlags)
            add(QString::fromUtf8(core::flagName(f)),
                m_record.header.flags.has(f) ? QStringLiteral("1") : QStringLiteral("0"),
                flagMeaning(f));
    }

    void addRestOfHeader() {
        const core::Segment& h = m_record.header;
        add(tr("Window"), QString::number(h.window),
            h.flags.has(Flag::Syn) ? tr("never scaled in a SYN (RFC 7323)") : QString());
        core::Segment whole = h;
        whole.payload = std::string(m_trace.payloadOf(m_seg));
        addChecksum(core::tcpChecksum(m_record.src, m_record.dst, whole));
        add(tr("Urgent pointer"), QString::number(h.urgentPointer),
            h.flags.has(Flag::Urg) ? QString() : tr("not significant: URG is not set"));
    }

    void addChecksum(std::uint16_t expected) {
        const std::uint16_t sent = m_record.header.checksum;
        add(tr("Checksum"), hex16(sent),
            sent == expected ? tr("correct: over the IPv4 pseudo-header, header and data")
                             : tr("wrong: should be %1").arg(hex16(expected)));
    }

    void addOptions() {
        const core::Options& o = m_record.header.options;
        if (o.empty()) {
            add(tr("Options"), tr("none"), {}, false);
            return;
        }
        if (o.mss)
            add(tr("MSS"), QString::number(*o.mss), tr("maximum segment size the sender accepts"));
        if (o.windowScale)
            add(tr("Window scale"), QString::number(*o.windowScale),
                tr("windows are shifted left by this many bits (RFC 7323)"));
        if (o.sackPermitted)
            add(tr("SACK permitted"), tr("yes"), tr("selective acknowledgments (RFC 2018)"), false);
        if (o.timestamps)
            add(tr("Timestamps"),
                QStringLiteral("TSval=%1 TSecr=%2")
                    .arg(o.timestamps->value)
                    .arg(o.timestamps->echoReply),
                tr("RFC 7323"));
    }

    void addUdpHeader() {
        add(tr("Length"), QString::number(8 + m_record.payloadLength),
            tr("8-byte header and the data"));
        core::Segment whole = m_record.header;
        whole.payload = std::string(m_trace.payloadOf(m_seg));
        addChecksum(core::udpChecksum(m_record.src, m_record.dst, whole));
    }

    void addPayload() {
        const QByteArray bytes = QByteArray::fromStdString(std::string(m_trace.payloadOf(m_seg)));
        add(tr("Payload length"), formatBytes(static_cast<std::uint64_t>(bytes.size())), {}, false);
        if (bytes.isEmpty())
            return;
        QString text;
        for (char c : bytes.left(kShownTextBytes))
            text += c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : QChar(u'.');
        add(tr("Payload (text)"), text, shownPart(bytes.size(), kShownTextBytes));
        add(tr("Payload (hex)"), QString::fromLatin1(bytes.left(kShownHexBytes).toHex(' ')),
            shownPart(bytes.size(), kShownHexBytes));
    }

    static QString shownPart(qsizetype size, qsizetype shown) {
        return size > shown ? tr("the first %1 of %2 bytes").arg(shown).arg(size) : QString();
    }

    void addTimes() {
        add(tr("Sent"), formatSeconds(m_fate.sentAt), {});
        switch (m_fate.end) {
        case SegmentEnd::Delivered:
            add(tr("Arrived"), formatSeconds(m_fate.endedAt), describeEnd(m_trace, m_fate));
            break;
        case SegmentEnd::Dropped:
            add(tr("Dropped"), formatSeconds(m_fate.endedAt), describeEnd(m_trace, m_fate));
            break;
        case SegmentEnd::InFlight:
            add(tr("Arrived"), tr("never"), describeEnd(m_trace, m_fate), false);
            break;
        }
    }

    const core::Trace& m_trace;
    SegId m_seg;
    const core::SegmentRecord& m_record;
    SegmentFate m_fate;
    std::vector<Row> m_rows;
};

} // namespace

std::optional<std::uint32_t> isnBefore(const core::Trace& trace, SegId seg, bool reverse) {
    const core::SegmentRecord& r = trace.segments.at(static_cast<std::size_t>(seg));
    const EndpointKey from = reverse ? receiver(r) : sender(r);
    const EndpointKey to = reverse ? sender(r) : receiver(r);
    for (SegId s = seg; s >= 0; --s) {
        const core::SegmentRecord& c = trace.segments[static_cast<std::size_t>(s)];
        const bool newSyn =
            c.header.flags.has(Flag::Syn) &&
            (c.origin == core::SegmentOrigin::Normal || c.origin == core::SegmentOrigin::SynCookie);
        if (newSyn && c.protocol == core::Protocol::Tcp && sender(c) == from && receiver(c) == to)
            return c.header.seq.value();
    }
    return std::nullopt;
}

SegmentFieldsModel::SegmentFieldsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentFieldsModel::setSegment(const core::Trace& trace, SegId seg) {
    beginResetModel();
    m_rows = FieldRows(trace, seg).build();
    endResetModel();
}

void SegmentFieldsModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SegmentFieldsModel::rowOf(const QString& field) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].field == field)
            return static_cast<int>(i);
    }
    return -1;
}

int SegmentFieldsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SegmentFieldsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentFieldsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FieldColumn:
            return row.field;
        case ValueColumn:
            return row.value;
        case NoteColumn:
            return row.note;
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == ValueColumn && row.monospace)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant SegmentFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace ui
