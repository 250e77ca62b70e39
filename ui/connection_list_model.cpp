#include "connection_list_model.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace ui {

namespace {

constexpr double kMicrosPerSecond = 1e6;

QString endpointText(const core::IpEndpoint& endpoint) {
    return QString::fromStdString(core::toString(endpoint));
}

// "0.053753": seconds with microsecond digits, as the capture has them.
QString secondsText(std::int64_t micros) {
    return QLocale().toString(static_cast<double>(micros) / kMicrosPerSecond, 'f', 6);
}

QString countText(std::uint64_t count) {
    return QLocale().toString(static_cast<qulonglong>(count));
}

// "2024-03-01 14:02:07.123456 (local time)": when a packet was captured.
QString wallClockText(std::int64_t micros) {
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(micros / 1000);
    const QString fraction = QString::number(micros % 1'000'000).rightJustified(6, u'0');
    return ConnectionListModel::tr("%1.%2 (local time)")
        .arg(time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), fraction);
}

bool isNumeric(int column) {
    return column != ConnectionListModel::AColumn && column != ConnectionListModel::BColumn &&
           column != ConnectionListModel::EndColumn;
}

} // namespace

ConnectionListModel::ConnectionListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConnectionListModel::setListing(const core::CaptureListing& listing) {
    beginResetModel();
    m_connections = listing.connections;
    m_origin = 0;
    if (!m_connections.empty()) {
        m_origin = m_connections.front().startMicros;
        for (const core::ConnectionSummary& c : m_connections)
            m_origin = std::min(m_origin, c.startMicros);
    }
    endResetModel();
}

const core::ConnectionSummary* ConnectionListModel::connection(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= m_connections.size())
        return nullptr;
    return &m_connections[static_cast<std::size_t>(row)];
}

QString ConnectionListModel::endText(core::ConnectionEnd end) {
    switch (end) {
    case core::ConnectionEnd::Fin:
        return tr("FIN");
    case core::ConnectionEnd::Reset:
        return tr("RST");
    case core::ConnectionEnd::Open:
        return tr("open");
    case core::ConnectionEnd::HandshakeOnly:
        return tr("handshake only");
    case core::ConnectionEnd::Incomplete:
        return tr("incomplete");
    }
    return {};
}

int ConnectionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_connections.size());
}

int ConnectionListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionListModel::data(const QModelIndex& index, int role) const {
    const core::ConnectionSummary* c = connection(index.row());
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*c, index.row(), index.column());
    case SortRole:
        return sortData(*c, index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTipData(*c, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    case FilterRole:
        return endpointText(c->a) + u' ' + endpointText(c->b);
    case ConnectionRole:
        return index.row();
    default:
        return {};
    }
}

QVariant ConnectionListModel::displayData(const core::ConnectionSummary& c, int row,
                                          int column) const {
    switch (column) {
    case NumberColumn:
        return row + 1;
    case AColumn:
        return endpointText(c.a);
    case BColumn:
        return endpointText(c.b);
    case StartColumn:
        return secondsText(c.startMicros - m_origin);
    case DurationColumn:
        return secondsText(c.duration().count());
    case PacketsColumn:
        return countText(c.packets[0] + c.packets[1]);
    case BytesAToBColumn:
        return countText(c.bytes[0]);
    case BytesBToAColumn:
        return countText(c.bytes[1]);
    case EndColumn:
        return endText(c.end());
    default:
        return {};
    }
}

QVariant ConnectionListModel::sortData(const core::ConnectionSummary& c, int row,
                                       int column) const {
    switch (column) {
    case NumberColumn:
        return row + 1;
    case StartColumn:
        return static_cast<qlonglong>(c.startMicros - m_origin);
    case DurationColumn:
        return static_cast<qlonglong>(c.duration().count());
    case PacketsColumn:
        return static_cast<qulonglong>(c.packets[0] + c.packets[1]);
    case BytesAToBColumn:
        return static_cast<qulonglong>(c.bytes[0]);
    case BytesBToAColumn:
        return static_cast<qulonglong>(c.bytes[1]);
    default:
        return displayData(c, row, column);
    }
}

QVariant ConnectionListModel::toolTipData(const core::ConnectionSummary& c, int column) const {
    switch (column) {
    case StartColumn:
        return tr("First packet: %1").arg(wallClockText(c.startMicros));
    case DurationColumn:
        return tr("Last packet: %1").arg(wallClockText(c.endMicros));
    case PacketsColumn:
        return tr("A→B: %1, B→A: %2").arg(countText(c.packets[0]), countText(c.packets[1]));
    case EndColumn:
        return endToolTip(c.end());
    default:
        return {};
    }
}

QString ConnectionListModel::endToolTip(core::ConnectionEnd end) {
    switch (end) {
    case core::ConnectionEnd::Fin:
        return tr("Both sides sent a FIN");
    case core::ConnectionEnd::Reset:
        return tr("A RST was seen");
    case core::ConnectionEnd::Open:
        return tr("Still open when the capture ends (at most one side sent a FIN)");
    case core::ConnectionEnd::HandshakeOnly:
        return tr("The handshake, then no data, FIN or RST");
    case core::ConnectionEnd::Incomplete:
        return tr("A SYN that was never answered");
    }
    return {};
}

QString ConnectionListModel::headerToolTip(int section) {
    switch (section) {
    case AColumn:
        return tr("The side that sent the first SYN (without one: the first sender)");
    case BColumn:
        return tr("The other side");
    case StartColumn:
        return tr("Seconds from the capture's first connection");
    case DurationColumn:
        return tr("Seconds from the first packet to the last");
    case BytesAToBColumn:
    case BytesBToAColumn:
        return tr("TCP payload, retransmissions included");
    case EndColumn:
        return tr("How the connection ended, as far as the capture shows");
    default:
        return {};
    }
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft));
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case AColumn:
        return tr("A");
    case BColumn:
        return tr("B");
    case StartColumn:
        return tr("Start (s)");
    case DurationColumn:
        return tr("Duration (s)");
    case PacketsColumn:
        return tr("Packets");
    case BytesAToBColumn:
        return tr("Bytes A→B");
    case BytesBToAColumn:
        return tr("Bytes B→A");
    case EndColumn:
        return tr("End");
    default:
        return {};
    }
}

} // namespace ui
