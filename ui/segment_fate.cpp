#include "ui/segment_fate.h"

#include <QCoreApplication>
#include <QStringList>

namespace ui {
namespace {

using core::SegId;

QString endpoint(const core::Trace& trace, core::HostId host, core::Address address,
                 core::Port port) {
    if (host == core::kNone)
        return QString::fromStdString(core::toString(address) + ':' + std::to_string(port));
    return QString::fromStdString(trace.endpointName(host, port));
}

// The sentences, in the translation context "ui::SegmentFate".
class FateText {
    Q_DECLARE_TR_FUNCTIONS(ui::SegmentFate)

public:
    static QString origin(const SegmentFate& f) {
        switch (f.origin) {
        case core::SegmentOrigin::Normal:
            return {};
        case core::SegmentOrigin::Retransmission:
            return tr("a retransmission of #%1").arg(f.original);
        case core::SegmentOrigin::Duplicate:
            return tr("a duplicate of #%1, made by a fault").arg(f.original);
        case core::SegmentOrigin::Injected:
            return f.spoofed ? tr("injected by a fault, with a spoofed source address")
                             : tr("injected by a fault");
        case core::SegmentOrigin::ResetNoSocket:
            return tr("a RST from the host: the segment it answers matched no socket");
        case core::SegmentOrigin::ChallengeAck:
            return tr("a challenge ACK (RFC 5961)");
        case core::SegmentOrigin::KeepaliveProbe:
            return tr("a keep-alive probe");
        case core::SegmentOrigin::SynCookie:
            return tr("a SYN-ACK carrying a SYN cookie: the listener keeps no state");
        }
        return {};
    }

    static QString bytes(std::uint64_t count) {
        return count == 1 ? tr("1 byte") : tr("%1 bytes").arg(count);
    }

    static QString dropped(core::DropReason reason, const QString& at) {
        switch (reason) {
        case core::DropReason::LinkLoss:
            return tr("lost on the link at %1").arg(at);
        case core::DropReason::NoRoute:
            return tr("dropped at %1: no host has the destination address").arg(at);
        case core::DropReason::NoSocket:
            return tr("dropped at %1: no socket is bound to the destination port").arg(at);
        case core::DropReason::HostDown:
            return tr("dropped at %1: the destination host is down").arg(at);
        case core::DropReason::Fault:
            return tr("dropped by a fault of the scenario at %1").arg(at);
        case core::DropReason::QueueFull:
            return tr("dropped at %1: the listener's queue was full").arg(at);
        }
        return {};
    }

    static QString end(const core::Trace& trace, const SegmentFate& f) {
        const QString at = formatSeconds(f.endedAt);
        switch (f.end) {
        case SegmentEnd::Delivered: {
            const core::SegmentRecord& r = trace.segments.at(static_cast<std::size_t>(f.seg));
            return tr("delivered to %1 at %2")
                .arg(endpoint(trace, r.toHost, r.dst, r.header.dstPort), at);
        }
        case SegmentEnd::Dropped:
            return dropped(f.dropReason.value_or(core::DropReason::LinkLoss), at);
        case SegmentEnd::InFlight:
            return tr("still in flight when the trace ends");
        }
        return {};
    }

    static QString story(const core::Trace& trace, const SegmentFate& f) {
        QString text = segmentTitle(trace, f.seg);
        const QString from = origin(f);
        text += from.isEmpty() ? QStringLiteral(".") : QStringLiteral(": %1.").arg(from);
        text +=
            QLatin1Char(' ') + tr("Sent at %1, %2.").arg(formatSeconds(f.sentAt), end(trace, f));
        for (const core::StateChanged& c : f.caused)
            text += QLatin1Char(' ') + tr("It moved %1 from %2 to %3.")
                                           .arg(QString::fromStdString(trace.endpointName(c.conn)),
                                                QString::fromUtf8(core::toString(c.from)),
                                                QString::fromUtf8(core::toString(c.to)));
        if (!f.retransmittedAs.empty()) {
            QStringList ids;
            for (SegId s : f.retransmittedAs)
                ids << QStringLiteral("#%1").arg(s);
            text +=
                QLatin1Char(' ') + tr("Retransmitted as %1.").arg(ids.join(QLatin1String(", ")));
        }
        return text;
    }
};

// Fills in what the trace's events say about the segment, in one pass.
void readEvents(const core::Trace& trace, SegmentFate& f) {
    for (const core::TraceEvent& e : trace.events) {
        if (const auto* sent = std::get_if<core::SegmentSent>(&e.body);
            sent && sent->seg == f.seg) {
            f.sentAt = e.t;
        } else if (const auto* in = std::get_if<core::SegmentArrived>(&e.body);
                   in && in->seg == f.seg) {
            f.end = SegmentEnd::Delivered;
            f.endedAt = e.t;
        } else if (const auto* lost = std::get_if<core::SegmentDropped>(&e.body);
                   lost && lost->seg == f.seg) {
            f.end = SegmentEnd::Dropped;
            f.endedAt = e.t;
            f.dropReason = lost->reason;
        } else if (const auto* fault = std::get_if<core::FaultApplied>(&e.body);
                   fault && fault->seg == f.seg) {
            f.faults.push_back(fault->action);
        } else if (const auto* changed = std::get_if<core::StateChanged>(&e.body);
                   changed && changed->cause == f.seg) {
            f.caused.push_back(*changed);
        }
    }
}

} // namespace

SegmentFate segmentFate(const core::Trace& trace, SegId seg) {
    const core::SegmentRecord& r = trace.segments.at(static_cast<std::size_t>(seg));
    SegmentFate f;
    f.seg = seg;
    f.origin = r.origin;
    f.original = r.original;
    f.spoofed = r.fromHost != core::kNone &&
                trace.hosts.at(static_cast<std::size_t>(r.fromHost)).address != r.src;
    readEvents(trace, f);
    for (std::size_t s = static_cast<std::size_t>(seg) + 1; s < trace.segments.size(); ++s) {
        const core::SegmentRecord& later = trace.segments[s];
        if (later.origin == core::SegmentOrigin::Retransmission && later.original == seg)
            f.retransmittedAs.push_back(static_cast<SegId>(s));
    }
    return f;
}

QString formatSeconds(core::Micros t) {
    const long long us = t.count();
    return QStringLiteral("%1.%2 s").arg(us / 1000000).arg(us % 1000000, 6, 10, QLatin1Char('0'));
}

QString formatBytes(std::uint64_t count) {
    return FateText::bytes(count);
}

QString flagList(core::Flags flags) {
    // SYN, FIN, RST, PSH, ACK, then the rest, as ui/sequence_layout.cpp labels arrows.
    constexpr core::Flag kOrder[] = {core::Flag::Syn, core::Flag::Fin, core::Flag::Rst,
                                     core::Flag::Psh, core::Flag::Ack, core::Flag::Urg,
                                     core::Flag::Ece, core::Flag::Cwr};
    QStringList names;
    for (core::Flag f : kOrder) {
        if (flags.has(f))
            names << QString::fromUtf8(core::flagName(f));
    }
    return names.join(QLatin1String(", "));
}

QString segmentTitle(const core::Trace& trace, SegId seg) {
    const core::SegmentRecord& r = trace.segments.at(static_cast<std::size_t>(seg));
    QString title =
        QStringLiteral("#%1 %2 → %3")
            .arg(QString::number(seg), endpoint(trace, r.fromHost, r.src, r.header.srcPort),
                 endpoint(trace, r.toHost, r.dst, r.header.dstPort));
    if (r.protocol == core::Protocol::Udp)
        return title + QStringLiteral(" (UDP)");
    const QString flags = flagList(r.header.flags);
    return flags.isEmpty() ? title : title + QStringLiteral(" (%1)").arg(flags);
}

QString describeOrigin(const SegmentFate& fate) {
    return FateText::origin(fate);
}

QString describeEnd(const core::Trace& trace, const SegmentFate& fate) {
    return FateText::end(trace, fate);
}

QString describeFate(const core::Trace& trace, const SegmentFate& fate) {
    return FateText::story(trace, fate);
}

} // namespace ui
